import Crypto

#if canImport(FoundationEssentials)
    import FoundationEssentials  // DataProtocol conformance of UnsafeRawBufferPointer, used by HMAC.update
#else
    import Foundation
#endif

/// A prepared HMAC-SHA256 for one key: the keyed state is computed once and copied per frame.
///
/// `@unchecked Sendable`: `HMAC<SHA256>` is a value type whose digest state lives in a box that
/// swift-crypto copies before every mutation (copy-on-write), so copies on different threads never
/// share mutable state; swift-crypto 3.12 simply does not declare the conformance.
struct FrameAuthenticator: @unchecked Sendable {
    /// The MAC size in bytes.
    static let macSize = 32

    private let keyed: HMAC<SHA256>

    init(key: SessionKey) {
        keyed = HMAC<SHA256>(key: SymmetricKey(data: key.bytes))
    }

    /// Computes the MAC of frame number `sequence` whose signed bytes are `frame`, and passes it to `body`.
    func withMAC<R>(sequence: UInt64, frame: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        var hmac = keyed
        withUnsafeBytes(of: sequence.littleEndian) { hmac.update(data: $0) }
        hmac.update(data: frame)
        let code = hmac.finalize()
        return code.withUnsafeBytes(body)
    }

    /// Starts an incremental MAC of frame number `sequence`, fed with ``Running/update(_:)`` as bytes become available.
    func begin(sequence: UInt64) -> Running {
        var hmac = keyed
        withUnsafeBytes(of: sequence.littleEndian) { hmac.update(data: $0) }
        return Running(hmac: hmac)
    }

    /// A MAC being computed piece by piece (for large frames, while they are still arriving or being written).
    ///
    /// `@unchecked Sendable` for the same reason as ``FrameAuthenticator``: the HMAC state is copied on write.
    struct Running: @unchecked Sendable {
        fileprivate var hmac: HMAC<SHA256>

        mutating func update(_ bytes: UnsafeRawBufferPointer) {
            hmac.update(data: bytes)
        }

        /// Passes the finished MAC to `body`.
        func finalize<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
            hmac.finalize().withUnsafeBytes(body)
        }

        /// Whether the finished MAC equals `mac`, compared in constant time.
        func matches(_ mac: UnsafeRawBufferPointer) -> Bool {
            finalize { expected in
                guard expected.count == mac.count else { return false }
                var difference: UInt8 = 0
                for index in 0..<expected.count { difference |= expected[index] ^ mac[index] }
                return difference == 0
            }
        }
    }
}
