import Crypto

#if canImport(FoundationEssentials)
    import FoundationEssentials  // DataProtocol conformance of UnsafeRawBufferPointer, used by SHA256.update
#else
    import Foundation
#endif

/// What stands for a large payload in its frame's MAC: its SHA-256 digest (``Header/Flags/digestedPayload``,
/// 1.3), or its AES-GMAC tag under the cluster's ``PayloadKey`` (``Header/Flags/taggedPayload``, 1.4). Both
/// take a 32-byte slot after the payload; a tag's slot holds the 12-byte nonce, the 16-byte tag and 4 zero bytes.
///
/// The frame's MAC covers the slot, so it is as authentic as the frame; the payload's bytes are authentic when
/// they hash (or tag) to it. The controller forwards a routed payload with the slot it arrived with, and only
/// the receiver that reads the payload checks it. A tag is keyed, so it runs at the speed of GHASH (carry-less
/// multiplication, several GB/s a core) where SHA-256 runs at under 2 GB/s.
public struct PayloadDigest: Hashable, Sendable {
    /// How the slot was computed.
    public enum Kind: Hashable, Sendable {
        /// SHA-256 of the bytes (protocol 1.3).
        case sha256
        /// AES-GMAC of the bytes under the cluster's payload key, with a random nonce (protocol 1.4).
        case tag
    }

    /// The slot size in bytes.
    public static let size = 32
    static let nonceSize = 12
    static let tagSize = 16

    /// The 32 bytes (a slice of the frame they arrived in, or their own array).
    public let bytes: ArraySlice<UInt8>
    /// How they were computed.
    public let kind: Kind

    /// Wraps 32 bytes read from a frame.
    init(bytes: ArraySlice<UInt8>, kind: Kind) {
        self.bytes = bytes
        self.kind = kind
    }

    /// Computes the SHA-256 digest of `payload`.
    /// - Parameter payload: the bytes to hash.
    public init(of payload: ArraySlice<UInt8>) {
        var hasher = SHA256()
        payload.withUnsafeBytes { hasher.update(data: $0) }
        bytes = hasher.finalize().withUnsafeBytes { Array($0) }[...]
        kind = .sha256
    }

    /// Computes the tag of `payload` under `key` with a fresh random nonce.
    /// - Parameters:
    ///   - payload: the bytes to authenticate.
    ///   - key: the cluster's payload key.
    /// - Returns: `nil` if the cipher failed (it does not, for a 32-byte key and a 12-byte nonce).
    public init?(tagging payload: ArraySlice<UInt8>, key: PayloadKey) {
        let nonce = AES.GCM.Nonce()
        guard let tag = payload.withUnsafeBytes({ key.tag(of: $0, nonce: nonce) }), tag.count == Self.tagSize else {
            return nil
        }
        var slot = Array(nonce)
        slot += tag
        slot += [0, 0, 0, 0]
        bytes = slot[...]
        kind = .tag
    }

    /// A digest being computed piece by piece (while a payload is written out).
    ///
    /// `@unchecked Sendable`: `SHA256` is a value type whose state swift-crypto copies before every mutation
    /// (copy-on-write); swift-crypto 3.12 simply does not declare the conformance.
    struct Running: @unchecked Sendable {
        private var hasher = SHA256()

        mutating func update(_ bytes: UnsafeRawBufferPointer) {
            hasher.update(data: bytes)
        }

        /// Passes the finished digest to `body`.
        func finalize<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
            hasher.finalize().withUnsafeBytes(body)
        }
    }

    /// Whether `payload` hashes (or tags, under `key`) to this slot, compared in constant time.
    /// - Parameters:
    ///   - payload: the bytes received.
    ///   - key: the cluster's payload key (used for tags).
    public func matches(_ payload: ArraySlice<UInt8>, key: PayloadKey) -> Bool {
        guard bytes.count == Self.size else { return false }
        let expected: [UInt8]
        switch kind {
        case .sha256:
            expected = Array(PayloadDigest(of: payload).bytes)
        case .tag:
            let start = bytes.startIndex
            guard bytes[(start + Self.nonceSize + Self.tagSize)...].allSatisfy({ $0 == 0 }),
                let nonce = try? AES.GCM.Nonce(data: bytes[start..<start + Self.nonceSize]),
                let tag = payload.withUnsafeBytes({ key.tag(of: $0, nonce: nonce) })
            else { return false }
            expected = Array(bytes[start..<start + Self.nonceSize]) + tag + [0, 0, 0, 0]
        }
        var difference: UInt8 = 0
        for (a, b) in zip(expected, bytes) { difference |= a ^ b }
        return difference == 0 && expected.count == Self.size
    }
}
