import CArrayKernels
import Testing

@testable import PXNumeric

/// `np.dot` of two float64 vectors against numpy 2.4.6 on 10,000 generated pairs (`Oracle/dot.txt`, written by
/// `Oracle/dot.py`): contiguous and strided, lengths 0 to 20,299. The kernel adds in the order of the `ddot` that
/// numpy bundles, so every result is bit for bit numpy's, at every instruction-set level.
@Suite("np.dot of vectors against numpy")
struct DotOracleTests {
    struct Case {
        let index: Int
        let length: Int
        let xStep: Int
        let yStep: Int
        let expected: Double
    }

    static let cases: [Case] = OracleFile.lines("dot.txt").compactMap { line in
        let f = line.split(separator: "\t").map(String.init)
        guard !line.hasPrefix("#"), f.count == 5, let i = Int(f[0]), let n = Int(f[1]), let sx = Int(f[2]),
              let sy = Int(f[3]), let value = Double(f[4]) else { return nil }
        return Case(index: i, length: n, xStep: sx, yStep: sy, expected: value)
    }

    /// Every case's vectors, drawn as `dot.py` draws them, and what `np.dot` and `@` give (the first goes
    /// straight to the kernel, the second through matmul's 2-D views).
    static func results() throws -> [(Case, dot: Double, matmul: Double)] {
        var stream = try RandomState(seed: 2026)
        return try cases.map { c in
            let x = NDArray(doubles: stream.randomSample(c.length * c.xStep).map { $0 - 0.5 })
            let y = NDArray(doubles: stream.randomSample(c.length * c.yStep).map { $0 - 0.5 })
            let xs = try x.basicView([.slice(start: nil, stop: nil, step: c.xStep)])
            let ys = try y.basicView([.slice(start: nil, stop: nil, step: c.yStep)])
            return (c, try NDArray.dot(xs, ys).doubles()[0], try NDArray.matmul(xs, ys).doubles()[0])
        }
    }

    @Test("10,000 contiguous and strided pairs give numpy's exact bits at every instruction-set level")
    func matchesNumpy() throws {
        #expect(Self.cases.count == 10_000)
        let widest = pxk_use_level(2)
        defer { _ = pxk_use_level(widest) }
        for level in stride(from: widest, through: 0, by: -1) {
            #expect(pxk_use_level(level) == level)
            var differing: [Int] = []
            for (c, dot, matmul) in try Self.results()
            where dot.bitPattern != c.expected.bitPattern || matmul.bitPattern != c.expected.bitPattern {
                differing.append(c.index)
            }
            #expect(differing.isEmpty, "level \(level): cases \(differing.prefix(10)) of \(differing.count) differ")
        }
    }

    @Test("empty, one-element, zero-stride, reversed and integer vectors")
    func edges() throws {
        let empty = NDArray(doubles: [])
        #expect(try NDArray.dot(empty, empty).doubles() == [0])
        #expect(try NDArray.dot(NDArray(doubles: [-2]), NDArray(doubles: [0])).doubles()[0].sign == .plus)
        let v = NDArray(doubles: (0..<40).map { Double($0) - 19.5 })
        let reversed = try v.basicView([.slice(start: nil, stop: nil, step: -1)])
        let copy = NDArray(doubles: try reversed.doubles())
        #expect(try NDArray.dot(reversed, v).doubles() == NDArray.dot(copy, v).doubles())
        let repeated = try NDArray(doubles: [3]).broadcast(to: [40])
        #expect(try NDArray.dot(repeated, v).doubles() == NDArray.dot(NDArray(doubles: Array(repeating: 3, count: 40)), v).doubles())
        #expect(throws: NumericError.self) { try NDArray.dot(v, NDArray(doubles: [1, 2])) }
        let ints = NDArray(int64s: [1, 2, 3])
        let product = try NDArray.dot(ints, ints)
        #expect(product.dtype == .int64)
        #expect(try product.doubles() == [14])
        #expect(pxk_dot_f64(0, nil, 1, nil, 1) == 0)
    }
}
