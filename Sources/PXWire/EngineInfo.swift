/// What an engine tells the controller when it registers (`registerEngine` body).
public struct EngineInfo: ControlBody {
    /// A random identity chosen by the engine process; an engine that reconnects with the same
    /// UUID within the heartbeat limit gets its old ``EngineID`` back.
    public var uuid: String
    /// The engine's host name.
    public var host: String
    /// The engine's process ID.
    public var pid: Int32
    /// The engine's wall clock when it sent the message, for the clock offset estimate.
    public var clock: Timestamp

    /// Creates the registration data.
    /// - Parameters:
    ///   - uuid: the engine's identity.
    ///   - host: its host name.
    ///   - pid: its process ID.
    ///   - clock: its wall clock now.
    public init(uuid: String, host: String, pid: Int32, clock: Timestamp) {
        self.uuid = uuid
        self.host = host
        self.pid = pid
        self.clock = clock
    }

    /// Appends the encoding: uuid, host (strings), pid i32, clock i64.
    public func encode(into writer: inout ByteWriter) {
        writer.write(string: uuid)
        writer.write(string: host)
        writer.write(pid)
        writer.write(clock.rawValue)
    }

    /// Reads the encoding.
    public init(from reader: inout ByteReader) throws(WireError) {
        uuid = try reader.readString()
        host = try reader.readString()
        pid = try reader.readInt32()
        clock = Timestamp(rawValue: try reader.readInt64())
    }
}
