import PXWire

/// The logic behind a ``FramedServer``: it is told about connections and frames and answers
/// through ``ServerIO``. Every method runs on the server's single event-loop thread, one at a
/// time, so a hub needs no locks.
public protocol ServerHub: AnyObject, SendableMetatype {
    /// A peer completed the handshake.
    /// - Parameters:
    ///   - connection: its ID.
    ///   - role: what it declared itself to be.
    ///   - io: the way to answer.
    func connectionOpened(_ connection: ConnectionID, role: PeerRole, io: ServerIO)

    /// A verified frame arrived; `envelopes` are all of its messages, in order.
    func received(_ envelopes: [Envelope], from connection: ConnectionID, io: ServerIO)

    /// A connection that had completed the handshake ended; `error` says why when it was not a clean EOF.
    func connectionClosed(_ connection: ConnectionID, error: TransportError?, io: ServerIO)

    /// Called every ``ServerSettings/tickInterval``.
    func tick(io: ServerIO)

    /// A peer failed the handshake (wrong key, bad magic, incompatible version) and was sent away; it never
    /// became a connection. The default does nothing.
    /// - Parameters:
    ///   - address: where it came from, e.g. `[IPv4]10.0.0.7/10.0.0.7:51234`.
    ///   - reason: why it was refused.
    func connectionRefused(from address: String, reason: String)
}

extension ServerHub {
    /// Does nothing.
    public func connectionRefused(from address: String, reason: String) {}
}
