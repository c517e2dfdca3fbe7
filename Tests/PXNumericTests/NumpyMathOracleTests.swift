import CArrayKernels
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@testable import PXNumeric

/// float32 `exp`, `log`, `sin`, `cos`, `tanh` and float64 `tanh` against numpy 2.4.6 on 2,097,152 generated inputs
/// each (`Oracle/numpy_math.txt`, written by `Oracle/numpy_math.py`: a hash of numpy's result bits per chunk of
/// 65,536). On x86-64 processors with AVX2 and FMA3 numpy computes these with its own routines, and so does
/// swiftpx, bit for bit; elsewhere both call the C library.
@Suite("numpy's own float routines: exp, log, sin, cos, tanh")
struct NumpyMathOracleTests {
    static let chunk = 65536
    static let float32: [(name: String, op: UnaryOperation, function: pxk_float_function,
                          library: @Sendable (Float) -> Float)] = [
        ("exp", .exp, PXK_EXP, { expf($0) }), ("log", .log, PXK_LOG, { logf($0) }),
        ("sin", .sin, PXK_SIN, { sinf($0) }), ("cos", .cos, PXK_COS, { cosf($0) }),
        ("tanh", .tanh, PXK_TANH, { tanhf($0) }),
    ]

    /// The hashes by function, in chunk order.
    static let hashes: [String: [String]] = {
        var result: [String: [String]] = [:]
        for line in OracleFile.lines("numpy_math.txt") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 3, let chunk = Int(f[1]), chunk == result[f[0], default: []].count else { continue }
            result[f[0], default: []].append(f[2])
        }
        return result
    }()

    /// `numpy_math.py`'s float32 inputs: 2^20 spread bit patterns, then every multiple of 1/4096 in [-128, 128).
    static let inputs32: [Float] = (0..<(1 << 20)).map { k in Float(bitPattern: UInt32(truncatingIfNeeded: k &* 0x9E37_79B1)) }
        + (0..<(1 << 20)).map { k in Float(k - 524_288) / 4096 }

    /// Its float64 inputs: 2^20 spread bit patterns, then every multiple of 1/16384 in [-32, 32).
    static let inputs64: [Double] = (0..<(1 << 20)).map { k in Double(bitPattern: UInt64(k) &* 0x9E37_79B9_7F4A_7C15) }
        + (0..<(1 << 20)).map { k in Double(k - 524_288) / 16384 }

    /// The elements' bits, in order, widened to 64 bits.
    static func bits(_ a: NDArray) throws -> [UInt64] {
        if a.dtype == .float32 { return try a.withUnsafeElements(as: UInt32.self) { $0.map(UInt64.init) } }
        return try a.withUnsafeElements(as: UInt64.self) { Array($0) }
    }

    /// `numpy_math.py`'s hash: 64-bit FNV-1a over whole elements, in hex.
    static func hash(_ values: ArraySlice<UInt64>) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in values { h = (h ^ v) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Each chunk's hash against the oracle's.
    static func expectHashes(_ name: String, _ result: [UInt64], level: Int32) {
        let expected = hashes[name] ?? []
        #expect(expected.count * chunk == result.count, "\(name): chunks in the oracle")
        for (i, h) in expected.enumerated() where (i + 1) * chunk <= result.count {
            #expect(Self.hash(result[(i * chunk)..<((i + 1) * chunk)]) == h, "\(name) chunk \(i), level \(level)")
        }
    }

    @Test("numpy's bits at the widest and the baseline kernel level (the C library's without AVX2 and FMA3)")
    func matchesNumpy() throws {
        let widest = pxk_use_level(2)
        defer { _ = pxk_use_level(widest) }
        for level in [widest, 0] {
            let used = pxk_use_level(level)
            let a = NDArray(floats: Self.inputs32)
            for f in Self.float32 {
                let result = try Self.bits(a.unary(f.op))
                if pxk_numpy_routines() != 0 {
                    Self.expectHashes(f.name, result, level: used)
                } else {
                    #expect(result == Self.inputs32.map { UInt64(f.library($0).bitPattern) }, "\(f.name)")
                }
            }
            let result = try Self.bits(NDArray(doubles: Self.inputs64).unary(.tanh))
            if pxk_numpy_routines() != 0 {
                Self.expectHashes("tanh64", result, level: used)
            } else {
                #expect(result == Self.inputs64.map { tanh($0).bitPattern }, "float64 tanh")
            }
        }
    }

    @Test("without numpy's routines the loops give the C library's bits")
    func libraryFallback() {
        let x = Array(Self.inputs32[((1 << 20) - 20000)..<((1 << 20) + 20000)]) + Array(Self.inputs32[0..<20000])
        for f in Self.float32 {
            var y = [Float](repeating: 0, count: x.count)
            x.withUnsafeBytes { s in y.withUnsafeMutableBytes { d in
                pxk_float_f32(f.function, 0, x.count, s.baseAddress, 4, d.baseAddress, 4)
            } }
            #expect(y.map(\.bitPattern) == x.map { f.library($0).bitPattern }, "\(f.name)")
        }
        let z = Array(Self.inputs64[((1 << 20) - 20000)..<((1 << 20) + 20000)]) + Array(Self.inputs64[0..<20000])
        var t = [Double](repeating: 0, count: z.count)
        z.withUnsafeBytes { s in t.withUnsafeMutableBytes { d in
            pxk_float_tanh_f64(0, z.count, s.baseAddress, 8, d.baseAddress, 8)
        } }
        #expect(t.map(\.bitPattern) == z.map { tanh($0).bitPattern }, "float64 tanh")
    }

    @Test("strided, reversed and in-place runs give the contiguous run's bits at every kernel level")
    func layouts() throws {
        let widest = pxk_use_level(2)
        defer { _ = pxk_use_level(widest) }
        let x = Array(Self.inputs32[((1 << 20) - 1500)..<((1 << 20) + 1500)]) + Array(Self.inputs32[0..<1537])
        let y = Array(Self.inputs64[((1 << 20) - 1500)..<((1 << 20) + 1500)]) + Array(Self.inputs64[0..<1537])
        var first: [String: [UInt64]] = [:]
        for level in 0...widest {
            _ = pxk_use_level(level)
            let arrays: [(String, UnaryOperation, NDArray, NDArray)] = Self.float32.map {
                ($0.name, $0.op, NDArray(floats: x), NDArray(floats: x.flatMap { [$0, 0] }))
            } + [("tanh64", .tanh, NDArray(doubles: y), NDArray(doubles: y.flatMap { [$0, 0] }))]
            for (name, op, a, wide) in arrays {
                let n = a.count, size = a.itemSize
                let expected = try Self.bits(a.unary(op))
                if let earlier = first[name] { #expect(expected == earlier, "\(name) at level \(level)") }
                first[name] = expected
                let reversed = a.view(shape: [n], strides: [-size], offset: a.offset + (n - 1) * size)
                #expect(try Self.bits(reversed.unary(op)) == expected.reversed(), "\(name) reversed, level \(level)")
                let strided = try wide.basicView([.slice(start: nil, stop: nil, step: 2)])
                #expect(try Self.bits(strided.unary(op)) == expected, "\(name) strided, level \(level)")
                #expect(try a.unary(op, out: a) === a)
                #expect(try Self.bits(a) == expected, "\(name) in place, level \(level)")
            }
        }
    }
}
