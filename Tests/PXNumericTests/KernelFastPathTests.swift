import Testing

@testable import PXNumeric

/// The vectorised fast paths (eight-lane comparisons, in-place loops, byte-block counting, branch-free mask
/// compression) agree with plain element-by-element arithmetic, on lengths around their block sizes and on
/// strided and reversed views that take the general loops.
@Suite("Kernel fast paths")
struct KernelFastPathTests {
    static let lengths = [0, 1, 7, 8, 9, 15, 16, 17, 254, 255, 256, 257, 511, 1000, 1031]

    /// Deterministic values in [0, 1) with repeats, so equality comparisons see equal pairs.
    static func values(_ n: Int, seed: Int) -> [Double] {
        (0..<n).map { Double(($0 &* 7919 &+ seed &* 104_729) % 37) / 37 }
    }

    @Test("comparisons against a scalar and between arrays match the scalar rule", arguments: lengths)
    func comparisons(n: Int) throws {
        let x = Self.values(n, seed: 1), y = Self.values(n, seed: 2)
        let a = NDArray(doubles: x), b = NDArray(doubles: y)
        let threshold = 0.5
        let cases: [(BinaryOperation, (Double, Double) -> Bool)] = [
            (.greater, { $0 > $1 }), (.less, { $0 < $1 }), (.equal, { $0 == $1 }),
            (.notEqual, { $0 != $1 }), (.lessEqual, { $0 <= $1 }), (.greaterEqual, { $0 >= $1 }),
        ]
        for (op, rule) in cases {
            let scalar = try NDArray.binary(op, .array(a), .scalar(ArrayScalar(threshold), isWeak: true))
            #expect(try scalar.int64s() == x.map { rule($0, threshold) ? 1 : 0 }, "\(op) scalar, n=\(n)")
            let left = try NDArray.binary(op, .scalar(ArrayScalar(threshold), isWeak: true), .array(a))
            #expect(try left.int64s() == x.map { rule(threshold, $0) ? 1 : 0 }, "scalar \(op), n=\(n)")
            let pair = try NDArray.binary(op, .array(a), .array(b))
            #expect(try pair.int64s() == zip(x, y).map { rule($0, $1) ? 1 : 0 }, "\(op) arrays, n=\(n)")
        }
        let nan = try NDArray.binary(.notEqual, .array(NDArray(doubles: [Double](repeating: .nan, count: n))),
                                     .scalar(ArrayScalar(Double.nan), isWeak: true))
        #expect(try nan.int64s() == [Int64](repeating: 1, count: n))
    }

    @Test("comparisons of reversed views take the strided loop and agree", arguments: [9, 257])
    func reversedComparison(n: Int) throws {
        let x = Self.values(n, seed: 3)
        let a = NDArray(doubles: x)
        let reversed = a.view(shape: [n], strides: [-8], offset: a.offset + (n - 1) * 8)
        let r = try NDArray.binary(.greater, .array(reversed), .scalar(ArrayScalar(0.5), isWeak: true))
        #expect(try r.int64s() == x.reversed().map { $0 > 0.5 ? 1 : 0 })
    }

    @Test("in-place arithmetic through one pointer matches a fresh result", arguments: lengths)
    func inPlace(n: Int) throws {
        let x = Self.values(n, seed: 4), y = Self.values(n, seed: 5)
        let a = NDArray(doubles: x), b = NDArray(doubles: y)
        _ = try NDArray.binary(.add, .array(a), .array(b), out: a)
        #expect(try a.doubles() == zip(x, y).map { $0 + $1 })
        _ = try NDArray.binary(.multiply, .array(a), .scalar(ArrayScalar(3.0), isWeak: true), out: a)
        #expect(try a.doubles() == zip(x, y).map { ($0 + $1) * 3 })
        _ = try NDArray.binary(.subtract, .array(b), .array(a), out: a)
        #expect(try a.doubles() == zip(x, y).map { $1 - ($0 + $1) * 3 })
    }

    @Test("count_nonzero and boolean-mask selection agree with a filter", arguments: lengths)
    func masks(n: Int) throws {
        let x = Self.values(n, seed: 6)
        let a = NDArray(doubles: x)
        let mask = try NDArray.binary(.greater, .array(a), .scalar(ArrayScalar(0.5), isWeak: true))
        #expect(try mask.countNonzero() == x.filter { $0 > 0.5 }.count)
        #expect(try a.compress(mask).doubles() == x.filter { $0 > 0.5 })
        let last = NDArray(bools: (0..<n).map { $0 == n - 1 })
        #expect(try a.compress(last).doubles() == Array(x.suffix(1)))
        let none = NDArray(bools: [Bool](repeating: false, count: n))
        #expect(try a.compress(none).count == 0)
    }

    @Test("np.sqrt of negatives, NaN and infinity keeps numpy's values")
    func squareRoot() throws {
        let a = NDArray(doubles: [4, -1, .nan, .infinity, 0, -0.0, 2, 9, 16])
        let r = try a.unary(.sqrt)
        let values = try r.doubles()
        #expect(values[0] == 2 && values[1].isNaN && values[2].isNaN && values[3] == .infinity)
        #expect(values[4] == 0 && values[5].sign == .minus && values[6] == 2.0.squareRoot() && values[8] == 4)
    }
}
