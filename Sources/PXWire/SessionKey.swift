import Crypto

#if canImport(FoundationEssentials)
    import FoundationEssentials  // DataProtocol conformance of [UInt8], used by HMAC
#else
    import Foundation
#endif

/// A key that signs the frames of one direction of one connection, derived in the handshake.
public struct SessionKey: Hashable, Sendable {
    /// The key bytes (32 when derived by the handshake).
    public let bytes: [UInt8]

    /// Creates a session key from bytes (tests use fixed keys).
    /// - Parameter bytes: the key.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// `HMAC-SHA256(key, label)`: a proof that a side holds this key, bound to what `label` names (the descriptor
    /// channel of protocol 1.4 uses it to join its connection).
    /// - Parameter label: what the proof is for.
    /// - Returns: 32 bytes.
    public func proof(_ label: String) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Array(label.utf8), using: SymmetricKey(data: bytes)))
    }

    /// Whether `candidate` is ``proof(_:)`` of `label` (compared in constant time).
    public func verifies(_ candidate: [UInt8], for label: String) -> Bool {
        HandshakeCrypto.constantTimeEqual(candidate, proof(label))
    }
}
