/// An engine's or client's side of the handshake (see the diagram in `Envelope.swift`).
///
/// Read ``serverHelloSize`` bytes and pass them to ``receive(serverHello:)``; send the bytes it
/// returns (frames may follow at once). Read ``welcomeHeaderSize`` bytes, then
/// ``reasonLength(welcomeHeader:)`` more, and pass all of them to ``receive(welcome:)``.
public struct PeerHandshake: Sendable {
    /// The size of the controller's hello: 44 bytes.
    public static let serverHelloSize = HandshakeCrypto.serverHelloSize
    /// The fixed part of the controller's welcome: 40 bytes.
    public static let welcomeHeaderSize = HandshakeCrypto.welcomeHeaderSize

    private let key: ClusterKey
    private let role: PeerRole
    private let version: ProtocolVersion
    private let nonce: [UInt8]
    private var serverHello: [UInt8] = []
    private var peerHello: [UInt8] = []
    /// The version the controller announced, once its hello has been received.
    public private(set) var controllerVersion: ProtocolVersion?

    /// Prepares a handshake.
    /// - Parameters:
    ///   - key: the cluster key.
    ///   - role: what this peer is.
    ///   - version: the version to announce. Default: ``ProtocolVersion/current``.
    ///   - nonce: 32 bytes; default: random.
    public init(key: ClusterKey, role: PeerRole, version: ProtocolVersion = .current, nonce: [UInt8]? = nil) {
        self.key = key
        self.role = role
        self.version = version
        self.nonce = nonce ?? HandshakeCrypto.randomNonce()
    }

    /// Checks the controller's hello and returns this peer's hello (76 bytes) to send.
    /// - Parameter serverHello: the controller's first ``serverHelloSize`` bytes.
    /// - Throws: ``WireError/badMagic`` or ``WireError/unsupportedVersion(peer:local:)``.
    public mutating func receive<Bytes: Collection<UInt8>>(serverHello: Bytes) throws(WireError) -> [UInt8] {
        let bytes = Array(serverHello)
        guard bytes.count == Self.serverHelloSize, Array(bytes[0..<4]) == HandshakeCrypto.magic else {
            throw WireError.badMagic
        }
        let serverVersion = HandshakeCrypto.readVersion(bytes, at: 4)
        guard serverVersion.isCompatible(with: version) else {
            throw WireError.unsupportedVersion(peer: serverVersion, local: version)
        }
        var writer = ByteWriter(capacity: HandshakeCrypto.peerHelloSize)
        writer.write(contentsOf: HandshakeCrypto.magic)
        writer.write(version.major)
        writer.write(version.minor)
        writer.write(role.rawValue)
        writer.write(contentsOf: [UInt8](repeating: 0, count: 3))
        writer.write(contentsOf: nonce.prefix(HandshakeCrypto.nonceSize))
        writer.write(contentsOf: repeatElement(UInt8(0), count: max(0, HandshakeCrypto.nonceSize - nonce.count)))
        writer.write(contentsOf: HandshakeCrypto.mac(key, label: "SWPX/peer", bytes, writer.bytes))
        self.serverHello = bytes
        self.peerHello = writer.bytes
        self.controllerVersion = serverVersion
        return peerHello
    }

    /// The length of the reason text that follows a welcome header.
    /// - Parameter welcomeHeader: the first ``welcomeHeaderSize`` bytes of the welcome.
    /// - Returns: how many more bytes to read (0 when the header is short).
    public static func reasonLength<Bytes: Collection<UInt8>>(welcomeHeader: Bytes) -> Int {
        let bytes = Array(welcomeHeader)
        guard bytes.count >= 8 else { return 0 }
        return Int(bytes[6]) | Int(bytes[7]) << 8
    }

    /// Checks the controller's welcome.
    /// - Parameter welcome: the header and the reason text.
    /// - Returns: the frame keys for this side.
    /// - Throws: ``WireError/refused(_:)`` with the controller's reason, ``WireError/badMagic``, or
    ///   ``WireError/authenticationFailed`` if the controller does not hold the key.
    public func receive<Bytes: Collection<UInt8>>(welcome: Bytes) throws(WireError) -> SessionKeys {
        let bytes = Array(welcome)
        guard bytes.count >= Self.welcomeHeaderSize, Array(bytes[0..<4]) == HandshakeCrypto.magic else {
            throw WireError.badMagic
        }
        guard serverHello.count == Self.serverHelloSize else {
            throw WireError.malformedFrame("welcome received before the controller's hello")
        }
        let status = HandshakeStatus(rawValue: bytes[4])
        guard status == .accepted else {
            let reason = String(decoding: bytes[Self.welcomeHeaderSize...], as: UTF8.self)
            throw WireError.refused(reason.isEmpty ? "status \(bytes[4])" : reason)
        }
        let expected = HandshakeCrypto.mac(key, label: "SWPX/controller", serverHello, peerHello)
        guard HandshakeCrypto.constantTimeEqual(Array(bytes[8..<40]), expected) else {
            throw WireError.authenticationFailed
        }
        let derived = HandshakeCrypto.sessionKeys(
            key, serverNonce: Array(serverHello[12..<44]), peerNonce: Array(peerHello[12..<44]))
        return SessionKeys(inbound: derived.serverToPeer, outbound: derived.peerToServer, payload: derived.payload)
    }
}
