/// The controller's answer to a registering client (`registerClientReply` body); the assigned
/// ``ClientID`` is in the header.
public struct EngineTable: ControlBody {
    /// Every engine the controller knows, alive or not, in ID order.
    public var engines: [EngineRecord]
    /// The load-balancing scheme's name (ipyparallel's `task_scheme`), e.g. `leastload`.
    public var schemeName: String

    /// Creates the reply.
    /// - Parameters:
    ///   - engines: the engine rows.
    ///   - schemeName: the scheduler's scheme name.
    public init(engines: [EngineRecord], schemeName: String) {
        self.engines = engines
        self.schemeName = schemeName
    }

    /// Appends the encoding: scheme name, count u32, then each ``EngineRecord``.
    public func encode(into writer: inout ByteWriter) {
        writer.write(string: schemeName)
        writer.write(UInt32(engines.count))
        for engine in engines { engine.encode(into: &writer) }
    }

    /// Reads the encoding.
    public init(from reader: inout ByteReader) throws(WireError) {
        schemeName = try reader.readString()
        let count = try reader.readCount(itemSize: 23)
        var engines: [EngineRecord] = []
        engines.reserveCapacity(count)
        for _ in 0..<count { engines.append(try EngineRecord(from: &reader)) }
        self.engines = engines
    }
}
