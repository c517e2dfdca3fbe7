import Crypto

#if canImport(FoundationEssentials)
    import FoundationEssentials  // DataProtocol conformances used by HMAC
#else
    import Foundation
#endif

/// The handshake's constants and keyed hashes, shared by ``ServerHandshake`` and ``PeerHandshake``.
enum HandshakeCrypto {
    static let magic: [UInt8] = Array("SWPX".utf8)
    static let nonceSize = 32
    static let serverHelloSize = 44
    static let peerHelloSize = 76
    static let welcomeHeaderSize = 40

    /// HMAC-SHA256 of the concatenated `parts` under the cluster key, after a domain label.
    static func mac(_ key: ClusterKey, label: String, _ parts: [UInt8]...) -> [UInt8] {
        var hmac = HMAC<SHA256>(key: SymmetricKey(data: key.bytes))
        hmac.update(data: Array(label.utf8))
        for part in parts { hmac.update(data: part) }
        return Array(hmac.finalize())
    }

    /// The frame keys derived from both nonces, and the cluster's payload key.
    static func sessionKeys(_ key: ClusterKey, serverNonce: [UInt8], peerNonce: [UInt8]) -> (
        peerToServer: SessionKey, serverToPeer: SessionKey, payload: PayloadKey
    ) {
        (
            SessionKey(bytes: mac(key, label: "SWPX/frames/peer", serverNonce, peerNonce)),
            SessionKey(bytes: mac(key, label: "SWPX/frames/controller", serverNonce, peerNonce)),
            PayloadKey(cluster: key)
        )
    }

    /// Compares in time independent of where the first difference is.
    static func constantTimeEqual(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.indices { difference |= lhs[index] ^ rhs[index] }
        return difference == 0
    }

    static func randomNonce() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<nonceSize).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    static func readVersion(_ bytes: [UInt8], at offset: Int) -> ProtocolVersion {
        ProtocolVersion(
            major: UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8,
            minor: UInt16(bytes[offset + 2]) | UInt16(bytes[offset + 3]) << 8
        )
    }
}
