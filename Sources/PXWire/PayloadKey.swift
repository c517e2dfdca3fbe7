import Crypto

#if canImport(FoundationEssentials)
    import FoundationEssentials  // DataProtocol conformances used by HKDF and AES.GCM
#else
    import Foundation
#endif

/// The key of payload tags (``Header/Flags/taggedPayload``, protocol 1.4): derived from the cluster key with
/// HKDF-SHA256, so it is the same on every connection of a cluster. A payload tagged by an engine is checked by
/// the client it is routed to, while the controller forwards it unread; the frame that carries the tag is
/// signed with the connection's own key, which binds the tag to its place in the stream.
public struct PayloadKey: Hashable, Sendable {
    /// The 32 key bytes.
    let bytes: [UInt8]

    /// The payload key of a cluster.
    /// - Parameter cluster: the cluster key.
    public init(cluster: ClusterKey) {
        self.init(derivingFrom: cluster.bytes)
    }

    /// A payload key derived from a frame key (an encoder or decoder made without the cluster's payload key: its
    /// tags are only understood by the other end of that connection).
    /// - Parameter frameKey: the key of one direction of a connection.
    public init(frameKey: SessionKey) {
        self.init(derivingFrom: frameKey.bytes)
    }

    private init(derivingFrom secret: [UInt8]) {
        let key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: secret), salt: Array("SWPX".utf8), info: Array("SWPX/payload tags".utf8),
            outputByteCount: 32)
        bytes = key.withUnsafeBytes { Array($0) }
    }

    /// The AES-GCM tag of `payload` (as authenticated data, with nothing encrypted: GMAC) under `nonce`.
    func tag(of payload: UnsafeRawBufferPointer, nonce: AES.GCM.Nonce) -> [UInt8]? {
        let empty: [UInt8] = []
        guard let sealed = try? AES.GCM.seal(empty, using: SymmetricKey(data: bytes), nonce: nonce, authenticating: payload)
        else { return nil }
        return Array(sealed.tag)
    }
}
