import PXRuntime
import PXWire

/// An engine-side exception as data: the fields of ipyparallel's `RemoteError`.
public struct RemoteErrorInfo: Sendable, Equatable {
    /// The exception class name (`ZeroDivisionError`).
    public var name: String
    /// `str()` of the exception (`division by zero`).
    public var message: String
    /// The formatted traceback lines, ending with `name: message`.
    public var traceback: [String]

    /// Creates error data.
    public init(name: String, message: String, traceback: [String]) {
        self.name = name
        self.message = message
        self.traceback = traceback
    }
}

/// What an engine replies: the opaque payload of `taskReply`.
public enum TaskResult {
    /// The value computed (a list for map chunks and multi-name pulls).
    case value(Value)
    /// `execute`: the engine's execution count, and the repr of the final expression when not silent.
    case executed(count: Int, result: String?)
    /// The task raised.
    case error(RemoteErrorInfo)

    enum Tag: UInt8 { case value = 1, executed, error }

    /// Encodes the result on an engine.
    /// - Throws: `CodecError.notShippable` when the value cannot travel back.
    public func encoded() throws(CodecError) -> [UInt8] {
        var w = ByteWriter(capacity: 32)
        try encode(into: &w)
        return w.bytes
    }

    /// Encodes the result into the memory of the last large result when it is free (see `SpareBuffer`), and keeps
    /// the new bytes for the next one.
    /// - Parameter spare: the buffer kept between results.
    /// - Throws: `CodecError.notShippable` when the value cannot travel back.
    public func encoded(reusing spare: inout SpareBuffer) throws(CodecError) -> [UInt8] {
        var w = ByteWriter(appendingTo: spare.takeAny())
        try encode(into: &w)
        spare.keep(w.bytes)
        return w.bytes
    }

    /// Appends the result's encoding to `w`.
    /// - Throws: `CodecError.notShippable` when the value cannot travel back.
    func encode(into w: inout ByteWriter) throws(CodecError) {
        switch self {
        case .value(let v):
            w.write(Tag.value.rawValue)
            try ValueCodec.encode(v, into: &w)
        case .executed(let count, let result):
            w.write(Tag.executed.rawValue)
            w.writeCount(count)
            w.write(UInt8(result == nil ? 0 : 1))
            w.writeText(result ?? "")
        case .error(let info):
            w.write(Tag.error.rawValue)
            w.writeText(info.name)
            w.writeText(info.message)
            w.writeCount(info.traceback.count)
            for line in info.traceback { w.writeText(line) }
        }
    }

    /// Encodes the result on an engine, its large arrays into `segments` (sealed here) when given.
    /// - Parameters:
    ///   - spare: the buffer kept between results.
    ///   - segments: where large array buffers go (a link that carries memory segments), or `nil`.
    /// - Throws: `CodecError.notShippable` when the value cannot travel back.
    public func encoded(reusing spare: inout SpareBuffer, segments: SegmentWriter?) throws(CodecError) -> Payload {
        guard let segments else { return Payload(try encoded(reusing: &spare)) }
        var w = ByteWriter(capacity: 64)
        w.segmentWriter = segments
        try encode(into: &w)
        do { try segments.seal() } catch { return Payload(try encoded(reusing: &spare)) }
        return w.payload
    }

    /// Decodes a result in the client.
    public static func decode(_ bytes: ArraySlice<UInt8>, interpreter vm: Interpreter) throws(CodecError) -> TaskResult {
        try decode(Payload(bytes), interpreter: vm)
    }

    /// Decodes a result in the client; arrays that arrived as memory segments wrap the mapped segment.
    public static func decode(_ payload: Payload, interpreter vm: Interpreter) throws(CodecError) -> TaskResult {
        var r = ByteReader(payload)
        guard let tag = Tag(rawValue: try r.readByte()) else { throw CodecError.malformed("result kind") }
        let result: TaskResult
        switch tag {
        case .value:
            result = .value(try ValueCodec.decode(from: &r, interpreter: vm))
        case .executed:
            let count = try r.readCount(minimumItemSize: 0)
            let has = try r.readByte() == 1
            let text = try r.readText()
            result = .executed(count: count, result: has ? text : nil)
        case .error:
            let name = try r.readText()
            let message = try r.readText()
            var lines: [String] = []
            for _ in 0..<(try r.readCount()) { lines.append(try r.readText()) }
            result = .error(RemoteErrorInfo(name: name, message: message, traceback: lines))
        }
        do { try r.expectEnd() } catch { throw CodecError.wrap(error) }
        return result
    }
}
