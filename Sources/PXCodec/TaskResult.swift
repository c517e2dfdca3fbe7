import PXRuntime
import PXWire

/// An engine-side exception as data: the fields of ipyparallel's `RemoteError`.
public struct RemoteErrorInfo: Sendable, Equatable {
    /// The exception class name (`ZeroDivisionError`).
    public var name: String
    /// `str()` of the exception (`division by zero`).
    public var message: String
    /// The formatted traceback lines, ending with `name: message` (Python's form, for errors without frames).
    public var traceback: [String]
    /// The frames of the traceback, outermost first, with the source lines the engine knew.
    public var frames: [RemoteFrame]
    /// For a map task, the index in the task's chunk of the element whose call raised.
    public var element: Int?

    /// Creates error data.
    public init(name: String, message: String, traceback: [String], frames: [RemoteFrame] = [], element: Int? = nil) {
        self.name = name
        self.message = message
        self.traceback = traceback
        self.frames = frames
        self.element = element
    }
}

/// One frame of an engine's traceback: where it was, and the lines around it that the engine had (none for code
/// the shell defined, whose source the client has).
public struct RemoteFrame: Sendable, Equatable {
    /// The frame.
    public var entry: TracebackEntry
    /// The number of the first line of `source`.
    public var firstLine: Int
    /// Source lines from `firstLine` on.
    public var source: [String]

    /// Creates a frame.
    public init(entry: TracebackEntry, firstLine: Int, source: [String]) {
        self.entry = entry
        self.firstLine = firstLine
        self.source = source
    }

    /// Line `line` of the frame's file when it is among the lines sent.
    public func line(_ line: Int) -> String? {
        let index = line - firstLine
        return index >= 0 && index < source.count ? source[index] : nil
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
            w.writeCount(info.frames.count)
            for frame in info.frames {
                w.writeText(frame.entry.file)
                w.writeCount(frame.entry.line)
                w.writeText(frame.entry.function)
                w.writeText(frame.entry.signature ?? "")
                w.writeCount(frame.entry.scopeStart ?? 0)
                w.writeCount(frame.firstLine)
                w.writeCount(frame.source.count)
                for line in frame.source { w.writeText(line) }
            }
            w.writeCount(info.element.map { $0 + 1 } ?? 0)
        }
    }

    /// Encodes the result on an engine, its large arrays into `segments` (sealed here, and shared by the arrays
    /// copied into it whole, ``SegmentBacking``) when given.
    /// - Parameters:
    ///   - spare: the buffer kept between results.
    ///   - segments: where large array buffers go (a link that carries memory segments), or `nil`.
    /// - Throws: `CodecError.notShippable` when the value cannot travel back.
    public func encoded(reusing spare: inout SpareBuffer, segments: SegmentWriter?) throws(CodecError) -> Payload {
        guard let segments else { return Payload(try encoded(reusing: &spare)) }
        var w = ByteWriter(capacity: 64)
        w.segmentWriter = segments
        try encode(into: &w)
        do { SegmentBacking.share(try segments.seal()) } catch { return Payload(try encoded(reusing: &spare)) }
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
            var frames: [RemoteFrame] = []
            for _ in 0..<(try r.readCount()) {
                let file = try r.readText()
                let line = try r.readCount(minimumItemSize: 0)
                let function = try r.readText()
                let signature = try r.readText()
                let scope = try r.readCount(minimumItemSize: 0)
                let first = try r.readCount(minimumItemSize: 0)
                var source: [String] = []
                for _ in 0..<(try r.readCount()) { source.append(try r.readText()) }
                let entry = TracebackEntry(file: file, line: line, function: function,
                                           signature: signature.isEmpty ? nil : signature,
                                           scopeStart: scope == 0 ? nil : scope)
                frames.append(RemoteFrame(entry: entry, firstLine: first, source: source))
            }
            let element = try r.readCount(minimumItemSize: 0)
            result = .error(RemoteErrorInfo(name: name, message: message, traceback: lines, frames: frames,
                                            element: element == 0 ? nil : element - 1))
        }
        do { try r.expectEnd() } catch { throw CodecError.wrap(error) }
        return result
    }
}
