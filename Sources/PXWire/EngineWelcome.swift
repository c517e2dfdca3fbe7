/// The controller's answer to a registering engine (`registerEngineReply` body); the
/// assigned ID is in the header.
public struct EngineWelcome: ControlBody {
    /// How often the controller sends heartbeats.
    public var heartbeatPeriod: Duration
    /// After this many periods without hearing from the controller, an engine may assume it is gone.
    public var heartbeatMisses: UInt32

    /// Creates the reply.
    /// - Parameters:
    ///   - heartbeatPeriod: the controller's heartbeat period.
    ///   - heartbeatMisses: the controller's miss limit.
    public init(heartbeatPeriod: Duration, heartbeatMisses: UInt32) {
        self.heartbeatPeriod = heartbeatPeriod
        self.heartbeatMisses = heartbeatMisses
    }

    /// Appends the encoding: period in nanoseconds u64, misses u32.
    public func encode(into writer: inout ByteWriter) {
        writer.write(TaskHeader.nanoseconds(heartbeatPeriod))
        writer.write(heartbeatMisses)
    }

    /// Reads the encoding.
    public init(from reader: inout ByteReader) throws(WireError) {
        heartbeatPeriod = .nanoseconds(Int64(clamping: try reader.readUInt64()))
        heartbeatMisses = try reader.readUInt32()
    }
}
