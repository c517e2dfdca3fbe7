import PXWire

/// Where and how a ``FramedServer`` listens; every field has a documented default.
public struct ServerSettings: Hashable, Sendable {
    /// The Unix domain socket path to listen on (local engines and clients), or `nil` for none.
    /// A stale socket file at the path is replaced; the socket is made owner-only (0600).
    /// Default: `nil`.
    public var unixSocketPath: String?
    /// The TCP host to listen on (remote engines), or `nil` for none. Default: `nil`.
    /// Use `127.0.0.1` for loopback only, `0.0.0.0` for all interfaces.
    public var tcpHost: String?
    /// The TCP port; 0 picks a free one (read it back from ``FramedServer/tcpPort``). Default: 0.
    public var tcpPort: Int = 0
    /// The largest frame accepted and sent. Default: 1 GiB.
    public var maximumFrameSize: Int = FrameDecoder.defaultMaximumFrameSize
    /// How long a new connection may take to complete the handshake before it is closed. Default: 10 s.
    public var handshakeTimeout: Duration = .seconds(10)
    /// How often the hub's `tick` runs (heartbeats, queue timeouts). Default: 100 ms.
    public var tickInterval: Duration = .milliseconds(100)

    /// Creates the default settings (no listener configured yet).
    public init() {}

    /// Checks the values.
    /// - Throws: ``TransportError/invalidAddress(_:)`` for a bad listener, ``TransportError/invalidSettings(_:)``
    ///   for a bad limit.
    public func validate() throws(TransportError) {
        guard unixSocketPath != nil || tcpHost != nil else {
            throw TransportError.invalidAddress("the server needs a Unix socket path or a TCP host")
        }
        if let path = unixSocketPath, path.utf8.isEmpty || path.utf8.count > PeerAddress.maximumUnixPathLength {
            throw TransportError.invalidAddress(
                "Unix socket path must be 1 to \(PeerAddress.maximumUnixPathLength) bytes, "
                    + "got \(path.utf8.count): \(path)"
            )
        }
        guard (0...65_535).contains(tcpPort) else {
            throw TransportError.invalidAddress("TCP port \(tcpPort) is out of range")
        }
        guard maximumFrameSize >= FrameDecoder.minimumFrameLength else {
            throw TransportError.invalidSettings("maximumFrameSize must be at least \(FrameDecoder.minimumFrameLength)")
        }
        guard handshakeTimeout > .zero, tickInterval > .zero else {
            throw TransportError.invalidSettings("handshakeTimeout and tickInterval must be positive")
        }
    }
}
