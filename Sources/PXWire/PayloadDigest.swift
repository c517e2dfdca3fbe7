import Crypto

#if canImport(FoundationEssentials)
    import FoundationEssentials  // DataProtocol conformance of UnsafeRawBufferPointer, used by SHA256.update
#else
    import Foundation
#endif

/// The SHA-256 digest that stands for a large payload in its frame's MAC (``Header/Flags/digestedPayload``).
///
/// The frame's MAC covers the digest, so the digest is as authentic as the frame; the payload's bytes are
/// authentic when they hash to it. The controller forwards a routed payload with the digest it arrived with,
/// and only the receiver that reads the payload hashes it.
public struct PayloadDigest: Hashable, Sendable {
    /// The digest size in bytes.
    public static let size = 32

    /// The 32 bytes (a slice of the frame they arrived in, or their own array).
    public let bytes: ArraySlice<UInt8>

    /// Wraps 32 bytes read from a frame.
    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    /// Computes the digest of `payload`.
    /// - Parameter payload: the bytes to hash.
    public init(of payload: ArraySlice<UInt8>) {
        var hasher = SHA256()
        payload.withUnsafeBytes { hasher.update(data: $0) }
        bytes = hasher.finalize().withUnsafeBytes { Array($0) }[...]
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

    /// Whether `payload` hashes to this digest (compared in constant time).
    /// - Parameter payload: the bytes received.
    public func matches(_ payload: ArraySlice<UInt8>) -> Bool {
        let actual = PayloadDigest(of: payload)
        var difference: UInt8 = 0
        for (a, b) in zip(actual.bytes, bytes) { difference |= a ^ b }
        return difference == 0 && bytes.count == Self.size
    }
}
