/// The body of `heartbeat` and `heartbeatReply`: the controller's send time, echoed back with
/// the engine's clock, from which the controller refines the engine's clock offset.
public struct HeartbeatStamp: ControlBody {
    /// The controller's wall clock when it sent the heartbeat.
    public var sent: Timestamp
    /// The engine's wall clock when it answered (`nil` in a `heartbeat`).
    public var engineClock: Timestamp?

    /// Creates a stamp.
    /// - Parameters:
    ///   - sent: the controller's send time.
    ///   - engineClock: the engine's clock when replying. Default: `nil`.
    public init(sent: Timestamp, engineClock: Timestamp? = nil) {
        self.sent = sent
        self.engineClock = engineClock
    }

    /// Appends the encoding: sent i64, then engine clock i64 when present.
    public func encode(into writer: inout ByteWriter) {
        writer.write(sent.rawValue)
        if let engineClock { writer.write(engineClock.rawValue) }
    }

    /// Reads the encoding.
    public init(from reader: inout ByteReader) throws(WireError) {
        sent = Timestamp(rawValue: try reader.readInt64())
        engineClock = reader.remaining >= 8 ? Timestamp(rawValue: try reader.readInt64()) : nil
    }
}
