import CArrayKernels
import Testing

@testable import PXNumeric

/// complex128 `+ - * /` and `abs` against numpy 2.4.6, bit for bit, on 524,288 generated input pairs
/// (`Oracle/numpy_complex.txt`, written by `Oracle/numpy_complex.py`: a hash of numpy's result bits per chunk of
/// 65,536 results; NaNs hashed as one NaN). numpy fuses the multiply-adds of `*` and `abs` on processors of its X86_V3 level and above, as
/// swiftpx does there; `+`, `-` and `/` are the same everywhere.
@Suite("complex128 arithmetic against numpy")
struct ComplexOracleTests {
    static let chunk = 65536
    static let n = 1 << 18

    /// The hashes by operation, in chunk order.
    static let hashes: [String: [String]] = {
        var result: [String: [String]] = [:]
        for line in OracleFile.lines("numpy_complex.txt") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 3, let chunk = Int(f[1]), chunk == result[f[0], default: []].count else { continue }
            result[f[0], default: []].append(f[2])
        }
        return result
    }()

    static func patterns(_ offset: Int) -> [Double] {
        (0..<n).map { k in Double(bitPattern: UInt64(k + offset) &* 0x9E37_79B9_7F4A_7C15) }
    }

    static func moderate(_ first: Int, _ second: Int) -> [Complex128] {
        (0..<n).map { k in
            Complex128(Double((k * first) % n - n / 2) / 1024, Double((k * second) % n - n / 2) / 4096)
        }
    }

    /// `numpy_complex.py`'s inputs.
    static func inputs() throws -> (a: NDArray, b: NDArray) {
        let a = zip(patterns(0), patterns(n)).map { Complex128($0, $1) } + moderate(1, 7919)
        let b = zip(patterns(2 * n), patterns(3 * n)).map { Complex128($0, $1) } + moderate(104_729, 3)
        return (try NDArray.complex(a, shape: [a.count]), try NDArray.complex(b, shape: [b.count]))
    }

    /// The result's bits as 64-bit words, in memory order, every NaN as 0x7ff8000000000000 (as the oracle hashes
    /// them: a NaN result's payload and sign come from the operand order numpy's compiler chose).
    static func words(_ a: NDArray) -> [UInt64] {
        let count = a.count * a.itemSize / 8
        let parts = UnsafeBufferPointer(start: a.pointer.bindMemory(to: Double.self, capacity: count), count: count)
        return parts.map { $0.isNaN ? 0x7ff8_0000_0000_0000 : $0.bitPattern }
    }

    static func hash(_ values: ArraySlice<UInt64>) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in values { h = (h ^ v) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func expectHashes(_ name: String, _ result: NDArray) {
        let expected = hashes[name] ?? []
        let bits = words(result)
        #expect(expected.count * chunk == result.count, "\(name): chunks in the oracle")
        let perChunk = bits.count / max(1, result.count / chunk)
        for (i, h) in expected.enumerated() where (i + 1) * perChunk <= bits.count {
            #expect(hash(bits[(i * perChunk)..<((i + 1) * perChunk)]) == h, "\(name) chunk \(i)")
        }
    }

    @Test("numpy's bits for + - / everywhere, and for * and abs where numpy fuses their multiply-adds")
    func matchesNumpy() throws {
        let (a, b) = try Self.inputs()
        Self.expectHashes("add", try ComplexArithmetic.binary(.add, a, b))
        Self.expectHashes("subtract", try ComplexArithmetic.binary(.subtract, a, b))
        Self.expectHashes("divide", try ComplexArithmetic.binary(.divide, a, b))
        if pxk_numpy_routines() != 0 {
            Self.expectHashes("multiply", try ComplexArithmetic.binary(.multiply, a, b))
            Self.expectHashes("absolute", try ComplexArithmetic.absolute(a))
        }
    }

    @Test("without fused multiply-adds, * and abs round each product as numpy's baseline loops do")
    func unfused() {
        let a = Complex128(0.1, 0.7), b = Complex128(0.3, -0.9)
        let product = ComplexArithmetic.multiply(a, b, fused: false)
        #expect(product == Complex128(0.1 * 0.3 - 0.7 * -0.9, 0.1 * -0.9 + 0.7 * 0.3))
        let ratio = 0.1 / 0.7
        #expect(ComplexArithmetic.absolute(a, fused: false) == (ratio * ratio + 1).squareRoot() * 0.7)
    }
}
