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
    /// The ID the engine asks for, or `nil` to take the next one. Engines started by `mpiexec` or
    /// `srun` ask for their rank, so engine IDs follow rank order whatever order they register in.
    /// The controller grants it when no other engine holds it (protocol 1.1).
    public var requestedID: EngineID?

    /// Creates the registration data.
    /// - Parameters:
    ///   - uuid: the engine's identity.
    ///   - host: its host name.
    ///   - pid: its process ID.
    ///   - clock: its wall clock now.
    ///   - requestedID: the ID it asks for (its MPI rank). Default: `nil`, any ID.
    public init(uuid: String, host: String, pid: Int32, clock: Timestamp, requestedID: EngineID? = nil) {
        self.uuid = uuid
        self.host = host
        self.pid = pid
        self.clock = clock
        self.requestedID = requestedID
    }

    /// Appends the encoding: uuid, host (strings), pid i32, clock i64, then the requested ID u32 only
    /// when there is one (so an engine without a rank sends exactly the 1.0 layout).
    public func encode(into writer: inout ByteWriter) {
        writer.write(string: uuid)
        writer.write(string: host)
        writer.write(pid)
        writer.write(clock.rawValue)
        if let requestedID { writer.write(requestedID.rawValue) }
    }

    /// Reads the encoding (with or without the trailing requested ID).
    public init(from reader: inout ByteReader) throws(WireError) {
        uuid = try reader.readString()
        host = try reader.readString()
        pid = try reader.readInt32()
        clock = Timestamp(rawValue: try reader.readInt64())
        if reader.remaining > 0 {
            let raw = try reader.readUInt32()
            guard raw != EngineID.wireNone else {
                throw WireError.malformedFrame("requested engine ID 0xFFFFFFFF means no engine")
            }
            requestedID = EngineID(rawValue: raw)
        } else {
            requestedID = nil
        }
    }
}
