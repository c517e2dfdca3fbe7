/// The controller's side of the handshake (see the diagram in `Envelope.swift`).
///
/// Send ``hello`` as soon as a connection is accepted, collect ``peerHelloSize`` bytes, pass
/// them to ``receive(peerHello:)`` and send the reply it returns; on `.refused`, close the
/// connection after the reply is written.
public struct ServerHandshake: Sendable {
    /// The size of the peer's hello: 76 bytes.
    public static let peerHelloSize = HandshakeCrypto.peerHelloSize

    /// The bytes to send first (44 bytes).
    public let hello: [UInt8]

    private let key: ClusterKey
    private let version: ProtocolVersion
    private let nonce: [UInt8]

    /// The outcome of a peer's hello.
    public enum Outcome: Sendable {
        /// The peer proved it holds the key. Send `reply`, then exchange frames with `keys`.
        case accepted(role: PeerRole, version: ProtocolVersion, keys: SessionKeys, reply: [UInt8])
        /// The peer was refused. Send `reply` (which tells it why), then close.
        case refused(WireError, reply: [UInt8])
    }

    /// Prepares a handshake.
    /// - Parameters:
    ///   - key: the cluster key.
    ///   - version: the version to announce. Default: ``ProtocolVersion/current``.
    ///   - nonce: 32 bytes; default: random (tests pass fixed ones).
    public init(key: ClusterKey, version: ProtocolVersion = .current, nonce: [UInt8]? = nil) {
        self.key = key
        self.version = version
        let nonce = nonce ?? HandshakeCrypto.randomNonce()
        self.nonce = nonce
        var writer = ByteWriter(capacity: HandshakeCrypto.serverHelloSize)
        writer.write(contentsOf: HandshakeCrypto.magic)
        writer.write(version.major)
        writer.write(version.minor)
        writer.write(UInt32(0))
        writer.write(contentsOf: nonce.prefix(HandshakeCrypto.nonceSize))
        writer.write(contentsOf: repeatElement(UInt8(0), count: max(0, HandshakeCrypto.nonceSize - nonce.count)))
        self.hello = writer.bytes
    }

    /// Checks a peer's hello.
    /// - Parameter peerHello: exactly ``peerHelloSize`` bytes from the peer (fewer count as a bad hello).
    /// - Returns: whether the peer is accepted, and the reply to send either way.
    public func receive<Bytes: Collection<UInt8>>(peerHello: Bytes) -> Outcome {
        let bytes = Array(peerHello)
        guard bytes.count == Self.peerHelloSize, Array(bytes[0..<4]) == HandshakeCrypto.magic else {
            return refuse(.badMagic, status: .badMagic)
        }
        let peerVersion = HandshakeCrypto.readVersion(bytes, at: 4)
        guard peerVersion.isCompatible(with: version) else {
            return refuse(.unsupportedVersion(peer: peerVersion, local: version), status: .unsupportedVersion)
        }
        guard let role = PeerRole(rawValue: bytes[8]) else {
            return refuse(.unknownRole(bytes[8]), status: .unknownRole)
        }
        let signed = Array(bytes[0..<44])
        let proof = Array(bytes[44..<76])
        let expected = HandshakeCrypto.mac(key, label: "SWPX/peer", hello, signed)
        guard HandshakeCrypto.constantTimeEqual(proof, expected) else {
            return refuse(.authenticationFailed, status: .authenticationFailed)
        }
        let peerNonce = Array(bytes[12..<44])
        let derived = HandshakeCrypto.sessionKeys(key, serverNonce: Array(hello[12..<44]), peerNonce: peerNonce)
        let reply = welcome(
            status: .accepted, proof: HandshakeCrypto.mac(key, label: "SWPX/controller", hello, bytes), reason: "")
        return .accepted(
            role: role,
            version: peerVersion,
            keys: SessionKeys(inbound: derived.peerToServer, outbound: derived.serverToPeer, payload: derived.payload),
            reply: reply
        )
    }

    private func refuse(_ error: WireError, status: HandshakeStatus) -> Outcome {
        .refused(
            error, reply: welcome(status: status, proof: [UInt8](repeating: 0, count: 32), reason: error.description))
    }

    private func welcome(status: HandshakeStatus, proof: [UInt8], reason: String) -> [UInt8] {
        var reasonWriter = ByteWriter()
        reasonWriter.write(string: reason)
        var writer = ByteWriter(capacity: HandshakeCrypto.welcomeHeaderSize + reasonWriter.bytes.count)
        writer.write(contentsOf: HandshakeCrypto.magic)
        writer.write(status.rawValue)
        writer.write(UInt8(0))
        writer.write(contentsOf: reasonWriter.bytes[0..<2])
        writer.write(contentsOf: proof)
        writer.write(contentsOf: reasonWriter.bytes[2...])
        return writer.bytes
    }
}
