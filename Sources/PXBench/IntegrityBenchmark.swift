import Crypto
import PXTransport
import PXWire

#if canImport(FoundationEssentials)
    import FoundationEssentials  // DataProtocol conformance of UnsafeRawBufferPointer, used by swift-crypto
#else
    import Foundation
#endif

/// The candidates for authenticating large payloads on the TCP byte path, measured on one core over the same
/// 80 MB buffer in the run of `swiftpx bench transfer`: SHA-256 (the digest of protocol 1.3), HMAC-SHA256,
/// AES-GMAC (the tag of protocol 1.4: AES-GCM with the payload as authenticated data), ChaCha20-Poly1305 with
/// the payload as authenticated data, and AES-GCM encrypting the payload.
enum IntegrityBenchmark {
    /// Median bytes per second of each candidate, by name.
    static func run(bytes: Int = 80_000_000, repetitions: Int = 5) -> [(name: String, bytesPerSecond: Double)] {
        let buffer = [UInt8]((0..<bytes).map { UInt8(truncatingIfNeeded: $0 &* 131) })
        let key = SymmetricKey(size: .bits256)
        let payloadKey = PayloadKey(cluster: ClusterKey.random())
        let empty: [UInt8] = []
        var sink = 0
        func measure(_ name: String, _ body: (UnsafeRawBufferPointer) -> Int) -> (String, Double) {
            var rates: [Double] = []
            buffer.withUnsafeBytes { raw in
                for _ in 0..<repetitions {
                    let t0 = MonotonicClock.nanoseconds()
                    sink &+= body(raw)
                    rates.append(Double(bytes) / (Double(MonotonicClock.nanoseconds() - t0) / 1e9))
                }
            }
            return (name, StreamFloor.median(rates))
        }
        let results = [
            measure("SHA-256 (protocol 1.3 digest)") { _ in PayloadDigest(of: buffer[...]).bytes.count },
            measure("HMAC-SHA256") { Int(HMAC<SHA256>.authenticationCode(for: $0, using: key).withUnsafeBytes { $0[0] }) },
            measure("AES-256-GMAC (protocol 1.4 tag)") { _ in
                PayloadDigest(tagging: buffer[...], key: payloadKey)?.bytes.count ?? 0
            },
            measure("ChaCha20-Poly1305, payload as authenticated data") {
                (try? ChaChaPoly.seal(empty, using: key, authenticating: $0).tag.count) ?? 0
            },
            measure("AES-256-GCM encrypting the payload") { (try? AES.GCM.seal($0, using: key).tag.count) ?? 0 },
        ]
        return sink == Int.min ? [] : results
    }
}
