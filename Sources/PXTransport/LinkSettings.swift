import PXWire

/// Options of a ``PeerLink``; every field has a documented default.
public struct LinkSettings: Hashable, Sendable {
    /// How long connecting and the handshake may take. Default: 10 s.
    public var handshakeTimeout: Duration = .seconds(10)
    /// The largest frame accepted from, and sent to, the controller. Default: 1 GiB.
    public var maximumFrameSize: Int = FrameDecoder.defaultMaximumFrameSize
    /// Whether the reader thread answers `heartbeat` itself (engines), instead of delivering it. Default: `true`.
    public var answersHeartbeats = true
    /// Bytes asked of each `recv` call. Default: 256 KiB.
    public var receiveBufferSize = 256 * 1024
    /// The longest a message given to ``PeerLink/sendHeld(_:)`` waits for company before it is written.
    /// Default: 1 ms.
    public var holdLimit: Duration = .milliseconds(1)
    /// How many messages ``PeerLink/sendHeld(_:)`` lets wait before it writes them. Default: 64.
    public var maximumHeldMessages = 64
    /// Whether a link over a Unix socket to a controller of protocol 1.5 opens a descriptor channel, so that memory
    /// segments travel as descriptors (``PeerLink/carriesMemorySegments``). Default: `true`.
    public var usesMemorySegments = true

    /// Creates the default settings.
    public init() {}

    /// Checks the values.
    /// - Throws: ``TransportError/invalidSettings(_:)`` naming the bad field.
    public func validate() throws(TransportError) {
        guard handshakeTimeout > .zero else {
            throw TransportError.invalidSettings("handshakeTimeout must be positive")
        }
        guard maximumFrameSize >= FrameDecoder.minimumFrameLength else {
            throw TransportError.invalidSettings("maximumFrameSize must be at least \(FrameDecoder.minimumFrameLength)")
        }
        guard holdLimit > .zero, maximumHeldMessages >= 1 else {
            throw TransportError.invalidSettings("holdLimit must be positive and maximumHeldMessages at least 1")
        }
        guard receiveBufferSize >= 1024 else {
            throw TransportError.invalidSettings("receiveBufferSize must be at least 1024")
        }
    }
}
