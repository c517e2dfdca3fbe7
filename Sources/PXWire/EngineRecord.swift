/// One row of the controller's engine table, as clients see it (`engineStatus` body, and
/// the rows of ``EngineTable``).
public struct EngineRecord: ControlBody {
    /// The engine's ID.
    public var id: EngineID
    /// Whether it can take tasks.
    public var state: EngineState
    /// Its host name.
    public var host: String
    /// Its process ID.
    public var pid: Int32
    /// Its random identity (ipyparallel's `engine_uuid`).
    public var uuid: String
    /// Add this many nanoseconds to the engine's timestamps to read them on the controller's clock.
    public var clockOffsetNanoseconds: Int64
    /// Why the engine left, when it did (e.g. `connection closed`); otherwise empty.
    public var note: String

    /// Creates a row.
    /// - Parameters:
    ///   - id: the engine's ID.
    ///   - state: its state.
    ///   - host: host name.
    ///   - pid: process ID.
    ///   - uuid: identity.
    ///   - clockOffsetNanoseconds: controller clock minus engine clock.
    ///   - note: why it left, if it did. Default: empty.
    public init(
        id: EngineID,
        state: EngineState,
        host: String,
        pid: Int32,
        uuid: String,
        clockOffsetNanoseconds: Int64,
        note: String = ""
    ) {
        self.id = id
        self.state = state
        self.host = host
        self.pid = pid
        self.uuid = uuid
        self.clockOffsetNanoseconds = clockOffsetNanoseconds
        self.note = note
    }

    /// Appends the encoding: id u32, state u8, pid i32, offset i64, host, uuid, note (strings).
    public func encode(into writer: inout ByteWriter) {
        writer.write(id.rawValue)
        writer.write(state.rawValue)
        writer.write(pid)
        writer.write(clockOffsetNanoseconds)
        writer.write(string: host)
        writer.write(string: uuid)
        writer.write(string: note)
    }

    /// Reads the encoding.
    public init(from reader: inout ByteReader) throws(WireError) {
        id = EngineID(rawValue: try reader.readUInt32())
        let stateByte = try reader.readUInt8()
        guard let state = EngineState(rawValue: stateByte) else {
            throw WireError.malformedFrame("unknown engine state \(stateByte)")
        }
        self.state = state
        pid = try reader.readInt32()
        clockOffsetNanoseconds = try reader.readInt64()
        host = try reader.readString()
        uuid = try reader.readString()
        note = try reader.readString()
    }
}
