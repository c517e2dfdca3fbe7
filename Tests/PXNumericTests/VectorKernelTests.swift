import CArrayKernels
import Testing

@testable import PXNumeric

/// The C kernels (`CArrayKernels`: comparisons into bools, numpy's pairwise sum, mask selection) agree with the
/// typed Swift loops and with element-by-element rules, for every dtype they take, on contiguous, strided,
/// reversed, empty and 0-d inputs.
@Suite("Vectorised C kernels")
struct VectorKernelTests {
    static let lengths = [0, 1, 3, 7, 8, 9, 31, 32, 33, 127, 128, 129, 255, 256, 257, 1000, 8193]

    /// Deterministic values with repeats, so equality comparisons see equal pairs.
    static func values(_ n: Int, seed: Int) -> [Int64] {
        (0..<n).map { Int64(($0 &* 7919 &+ seed &* 104_729) % 37) - 18 }
    }

    /// Values of very different magnitudes and signs, whose sum depends on the order of the additions.
    static func scattered(_ n: Int) -> [Double] {
        (0..<n).map { i in
            let sign: Double = i % 3 == 0 ? -1 : 1
            let magnitude = Double((i &* 2_654_435_761) % 1_000_003) / 7.0
            return sign * magnitude * Double(1 << ((i * 13) % 40)) / 1e6
        }
    }

    static var comparisons: [(BinaryOperation, (Int64, Int64) -> Bool)] {
        [
            (.equal, { $0 == $1 }), (.notEqual, { $0 != $1 }), (.less, { $0 < $1 }),
            (.lessEqual, { $0 <= $1 }), (.greater, { $0 > $1 }), (.greaterEqual, { $0 >= $1 }),
        ]
    }

    @Test("comparisons of every C dtype match the rule: arrays, scalar on either side", arguments: lengths)
    func comparisonDtypes(n: Int) throws {
        let x = Self.values(n, seed: 1), y = Self.values(n, seed: 2)
        for dtype in [DType.float64, .float32, .int64, .int32] {
            let a = try NDArray(int64s: x).cast(to: dtype), b = try NDArray(int64s: y).cast(to: dtype)
            let three = try NDArray(int64s: [3], shape: []).cast(to: dtype)
            for (op, rule) in Self.comparisons {
                let pair = try NDArray.binary(op, .array(a), .array(b))
                #expect(pair.dtype == .bool)
                #expect(try pair.int64s() == zip(x, y).map { rule($0, $1) ? 1 : 0 }, "\(dtype) \(op) arrays, n=\(n)")
                let right = try NDArray.binary(op, .array(a), .array(three))
                #expect(try right.int64s() == x.map { rule($0, 3) ? 1 : 0 }, "\(dtype) \(op) scalar, n=\(n)")
                let left = try NDArray.binary(op, .array(three), .array(a))
                #expect(try left.int64s() == x.map { rule(3, $0) ? 1 : 0 }, "\(dtype) scalar \(op), n=\(n)")
            }
        }
    }

    @Test("comparisons of strided, reversed and 0-d inputs, and two scalars into a whole output")
    func comparisonLayouts() throws {
        let x = Self.values(40, seed: 3)
        for dtype in [DType.float64, .float32, .int64, .int32] {
            let a = try NDArray(int64s: x).cast(to: dtype)
            let size = dtype.itemSize
            let everyOther = a.view(shape: [20], strides: [2 * size], offset: a.offset)
            let strided = try NDArray.binary(.less, .array(everyOther), .scalar(ArrayScalar(Int64(0)), isWeak: true))
            #expect(try strided.int64s() == stride(from: 0, to: 40, by: 2).map { x[$0] < 0 ? 1 : 0 })
            let reversed = a.view(shape: [40], strides: [-size], offset: a.offset + 39 * size)
            let backwards = try NDArray.binary(.greaterEqual, .array(reversed), .array(a))
            #expect(try backwards.int64s() == zip(x.reversed(), x).map { $0 >= $1 ? 1 : 0 })
            let zero = try NDArray(int64s: [5], shape: []).cast(to: dtype)
            let scalar = try NDArray.binary(.equal, .array(zero), .array(zero))
            #expect(scalar.shape == [])
            #expect(try scalar.int64s() == [1])
            let out = NDArray(bools: [Bool](repeating: false, count: 9))
            _ = try NDArray.binary(.lessEqual, .array(zero), .array(zero), out: out)
            #expect(try out.int64s() == [Int64](repeating: 1, count: 9))
            _ = try NDArray.binary(.notEqual, .array(zero), .array(zero), out: out)
            #expect(try out.int64s() == [Int64](repeating: 0, count: 9))
        }
        let empty = try NDArray.binary(.greater, .array(NDArray(doubles: [])), .scalar(ArrayScalar(0.5), isWeak: true))
        #expect(empty.shape == [0] && empty.dtype == .bool)
        let nan = NDArray(floats: [.nan, 1, .nan])
        let unequal = try NDArray.binary(.notEqual, .array(nan), .array(nan))
        #expect(try unequal.int64s() == [1, 0, 1])
        let ordered = try NDArray.binary(.lessEqual, .array(nan), .array(nan))
        #expect(try ordered.int64s() == [0, 1, 0])
    }

    static var arithmetic: [(BinaryOperation, (Double, Double) -> Double)] {
        [(.add, { $0 + $1 }), (.subtract, { $0 - $1 }), (.multiply, { $0 * $1 }), (.divide, { $0 / $1 })]
    }

    /// Whether two lists hold the same values, NaN equal to NaN.
    static func same(_ x: [Double], _ y: [Double]) -> Bool {
        x.count == y.count && zip(x, y).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    @Test("+ - * / of floats: two arrays, one array twice, in place on either side, a scalar on either side",
          arguments: lengths)
    func arithmeticLayouts(n: Int) throws {
        let x = Self.scattered(n).enumerated().map { $0.offset % 7 == 3 ? 0 : $0.element }
        let y = Self.scattered(n + 5).suffix(n).enumerated().map { $0.offset % 5 == 1 ? 0 : $0.element }
        for dtype in [DType.float64, .float32] {
            let round: (Double) -> Double = dtype == .float32 ? { Double(Float($0)) } : { $0 }
            let xs = x.map(round), ys = y.map(round)
            for (op, rule) in Self.arithmetic {
                let f: (Double, Double) -> Double = { round(rule($0, $1)) }
                let a = try NDArray(doubles: x).cast(to: dtype), b = try NDArray(doubles: y).cast(to: dtype)
                let two = try NDArray(doubles: [2.5], shape: []).cast(to: dtype)
                #expect(Self.same(try NDArray.binary(op, .array(a), .array(b)).doubles(), zip(xs, ys).map(f)), "\(dtype) \(op)")
                #expect(Self.same(try NDArray.binary(op, .array(a), .array(a)).doubles(), xs.map { f($0, $0) }))
                #expect(Self.same(try NDArray.binary(op, .array(a), .array(two)).doubles(), xs.map { f($0, 2.5) }))
                #expect(Self.same(try NDArray.binary(op, .array(two), .array(b)).doubles(), ys.map { f(2.5, $0) }))
                let left = try a.copy(), right = try b.copy(), both = try a.copy(), scaled = try b.copy()
                _ = try NDArray.binary(op, .array(left), .array(b), out: left)
                #expect(Self.same(try left.doubles(), zip(xs, ys).map(f)), "\(dtype) \(op) in place left")
                _ = try NDArray.binary(op, .array(a), .array(right), out: right)
                #expect(Self.same(try right.doubles(), zip(xs, ys).map(f)), "\(dtype) \(op) in place right")
                _ = try NDArray.binary(op, .array(both), .array(both), out: both)
                #expect(Self.same(try both.doubles(), xs.map { f($0, $0) }))
                _ = try NDArray.binary(op, .array(two), .array(scaled), out: scaled)
                #expect(Self.same(try scaled.doubles(), ys.map { f(2.5, $0) }))
            }
        }
    }

    @Test("+ - * / of strided, reversed and 0-d floats, and two scalars into a whole output")
    func arithmeticStrided() throws {
        let x = Self.scattered(40)
        let a = NDArray(doubles: x)
        let everyOther = a.view(shape: [20], strides: [16], offset: a.offset)
        let reversed = a.view(shape: [20], strides: [-8], offset: a.offset + 39 * 8)
        let sum = try NDArray.binary(.add, .array(everyOther), .array(reversed))
        #expect(try sum.doubles() == (0..<20).map { x[2 * $0] + x[39 - $0] })
        let zero = NDArray(doubles: [3], shape: [])
        let scalar = try NDArray.binary(.divide, .array(zero), .array(NDArray(doubles: [4], shape: [])))
        #expect(scalar.shape == [])
        #expect(try scalar.doubles() == [0.75])
        let out = NDArray(doubles: [Double](repeating: 0, count: 9))
        _ = try NDArray.binary(.multiply, .array(zero), .array(zero), out: out)
        #expect(try out.doubles() == [Double](repeating: 9, count: 9))
        // The output overlapping an input in another layout reads a copy (numpy's overlap rule).
        let shifted = NDArray(doubles: (0..<10).map(Double.init))
        let tail = shifted.view(shape: [9], strides: [8], offset: shifted.offset + 8)
        let head = shifted.view(shape: [9], strides: [8], offset: shifted.offset)
        _ = try NDArray.binary(.add, .array(head), .array(NDArray(doubles: [100], shape: [])), out: tail)
        #expect(try shifted.doubles() == [0] + (0..<9).map { Double($0) + 100 })
    }

    @Test("the C pairwise sum rounds exactly as numpy's order (the Swift loop)", arguments: lengths + [16_384, 100_003])
    func pairwiseSum(n: Int) throws {
        let x = Self.scattered(n)
        let doubles = NDArray(doubles: x)
        let swift: Double = PairwiseSum.sum(UnsafeRawPointer(doubles.pointer), n, 8, PairwiseSum.Identity<Double>())
        let total = try doubles.reduce(.sum)
        #expect(try total.doubles() == [swift], "n=\(n)")
        let floats = try doubles.cast(to: .float32)
        let swift32: Float = PairwiseSum.sum(UnsafeRawPointer(floats.pointer), n, 4, PairwiseSum.Identity<Float>())
        #expect(try floats.reduce(.sum).doubles() == [Double(swift32)], "float32 n=\(n)")
    }

    @Test("sums of strided and reversed views equal the sums of their contiguous copies")
    func stridedSums() throws {
        let x = Self.scattered(2000)
        let a = NDArray(doubles: x)
        let everyOther = a.view(shape: [1000], strides: [16], offset: a.offset)
        #expect(try everyOther.reduce(.sum).doubles() == everyOther.copy().reduce(.sum).doubles())
        let reversed = a.view(shape: [2000], strides: [-8], offset: a.offset + 1999 * 8)
        #expect(try reversed.reduce(.sum).doubles() == reversed.copy().reduce(.sum).doubles())
        #expect(try NDArray(doubles: []).reduce(.sum).doubles() == [0])
        #expect(try NDArray(doubles: [2.5], shape: []).reduce(.sum).doubles() == [2.5])
    }

    /// The sums over axis 0 of a `rows` × `columns` grid of `values` (row-major), adding the rows in order.
    static func columnSums(_ values: [Double], rows: Int, columns: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: columns)
        for r in 0..<rows {
            for c in 0..<columns { sums[c] += values[r * columns + c] }
        }
        return sums
    }

    @Test("sums over axis 0 add the rows in order: C-ordered, reversed rows, float32, Fortran-ordered transposes",
          arguments: [(1, 1), (7, 3), (8, 5), (9, 1025), (17, 2049), (40, 64), (3, 0), (0, 4)])
    func axisZeroSums(rows: Int, columns: Int) throws {
        let x = Self.scattered(rows * columns)
        let m = NDArray(doubles: x, shape: [rows, columns])
        let expected = Self.columnSums(x, rows: rows, columns: columns)
        #expect(try m.reduce(.sum, axes: [0]).doubles() == expected)
        let flipped = m.view(shape: [rows, columns], strides: [-columns * 8, 8], offset: m.offset + max(rows - 1, 0) * columns * 8)
        let reversedRows = stride(from: rows - 1, through: 0, by: -1).flatMap { x[($0 * columns)..<(($0 + 1) * columns)] }
        #expect(try flipped.reduce(.sum, axes: [0]).doubles() == Self.columnSums(reversedRows, rows: rows, columns: columns))
        let floats = try m.cast(to: .float32)
        var floatSums = [Float](repeating: 0, count: columns)
        for r in 0..<rows {
            for c in 0..<columns { floatSums[c] += Float(x[r * columns + c]) }
        }
        #expect(try floats.reduce(.sum, axes: [0]).doubles() == floatSums.map(Double.init))
        // The transpose of a C-ordered matrix is Fortran-ordered: its axis-1 sum adds the same rows.
        let transposed = m.view(shape: [columns, rows], strides: [8, columns * 8], offset: m.offset)
        #expect(try transposed.reduce(.sum, axes: [1]).doubles() == expected)
        #expect(try m.reduce(.sum, axes: [0], keepdims: true).shape == [1, columns])
    }

    @Test("sums over axis 0 of a column-strided view take the general loop and agree")
    func stridedAxisZeroSums() throws {
        let x = Self.scattered(60)
        let m = NDArray(doubles: x, shape: [6, 10])
        let everyOtherColumn = m.view(shape: [6, 5], strides: [80, 16], offset: m.offset)
        let kept = (0..<6).flatMap { r in stride(from: 0, to: 10, by: 2).map { x[r * 10 + $0] } }
        #expect(try everyOtherColumn.reduce(.sum, axes: [0]).doubles() == Self.columnSums(kept, rows: 6, columns: 5))
        let ints = NDArray(ints: (0..<60).map { $0 - 30 }, shape: [6, 10])
        #expect(try ints.reduce(.sum, axes: [0]).int64s() == (0..<10).map { c in (0..<6).reduce(Int64(0)) { $0 + Int64($1 * 10 + c - 30) } })
    }

    @Test("mask selection of 8-, 4- and 1-byte elements keeps the selected ones in order", arguments: lengths)
    func compress(n: Int) throws {
        let x = Self.values(n, seed: 4)
        let patterns: [[Bool]] = [
            x.map { $0 > 0 }, [Bool](repeating: true, count: n), (0..<n).map { $0 == 0 },
            (0..<n).map { $0 == n - 1 }, (0..<n).map { $0 % 2 == 1 }, (0..<n).map { $0 < n / 2 },
        ]
        for flags in patterns {
            let mask = NDArray(bools: flags)
            let expected = zip(x, flags).filter(\.1).map(\.0)
            for dtype in [DType.float64, .int64, .float32, .int32, .bool] {
                let a = try NDArray(int64s: x).cast(to: dtype)
                let selected = try a.compress(mask)
                #expect(selected.dtype == dtype && selected.shape == [expected.count])
                let want = try NDArray(int64s: expected).cast(to: dtype).int64s()
                #expect(try selected.int64s() == want, "\(dtype) n=\(n)")
            }
        }
    }

    /// Results of every kernel on fixed inputs: comparisons, arithmetic, sums, axis-0 sums, counts and selections.
    static func kernelResults() throws -> [[Double]] {
        let x = scattered(1031), y = scattered(1036).suffix(1031).map { $0 }
        let a = NDArray(doubles: x), b = NDArray(doubles: y), m = NDArray(doubles: x + y, shape: [2, 1031])
        var results: [[Double]] = []
        for dtype in [DType.float64, .float32] {
            let p = try a.cast(to: dtype), q = try b.cast(to: dtype)
            let mask = try NDArray.binary(.less, .array(p), .array(q))
            results.append(try mask.doubles())
            results.append(try NDArray.binary(.greater, .array(p), .scalar(ArrayScalar(0.0), isWeak: true)).doubles())
            for op in [BinaryOperation.add, .subtract, .multiply, .divide] {
                results.append(try NDArray.binary(op, .array(p), .array(q)).doubles())
                results.append(try NDArray.binary(op, .array(p), .array(p)).doubles())
            }
            results.append(try p.reduce(.sum).doubles())
            results.append(try m.cast(to: dtype).reduce(.sum, axes: [0]).doubles())
            results.append(try p.compress(mask).doubles())
            results.append([Double(try mask.countNonzero())])
            results.append(try p.unary(.sqrt).doubles())
        }
        for dtype in [DType.int64, .int32] {
            let p = try NDArray(int64s: values(1031, seed: 7)).cast(to: dtype)
            results.append(try NDArray.binary(.lessEqual, .array(p), .scalar(ArrayScalar(Int64(2)), isWeak: true)).doubles())
        }
        return results
    }

    @Test("the baseline, AVX2 and AVX-512 versions of the kernels give the same results")
    func everyLevel() throws {
        let widest = pxk_use_level(2)
        defer { _ = pxk_use_level(widest) }
        let reference = try Self.kernelResults()
        for level in 0..<widest {
            #expect(pxk_use_level(Int32(level)) == Int32(level))
            let results = try Self.kernelResults()
            #expect(results.count == reference.count)
            for (r, e) in zip(results, reference) { #expect(Self.same(r, e), "level \(level)") }
        }
    }

    @Test("sqrt at every level gives the bits of the scalar square root: contiguous, reversed, in place, float32",
          arguments: lengths)
    func squareRootLayouts(n: Int) throws {
        let specials: [Double] = [0, -0.0, 1, 2, 4, -1, .infinity, -.infinity, .nan, .leastNonzeroMagnitude,
                                  .leastNormalMagnitude, .greatestFiniteMagnitude, 0x1.fffffffffffffp-1]
        let x = Self.scattered(n).enumerated().map { i, v in i % 4 == 1 ? specials[i / 4 % specials.count] : v }
        let widest = pxk_use_level(2)
        defer { _ = pxk_use_level(widest) }
        for level in 0...widest {
            _ = pxk_use_level(level)
            let a = NDArray(doubles: x)
            let bits = try a.unary(.sqrt).doubles().map(\.bitPattern)
            #expect(bits == x.map { $0.squareRoot().bitPattern }, "level \(level)")
            let reversed = a.view(shape: [n], strides: [-8], offset: a.offset + max(n - 1, 0) * 8)
            #expect(try reversed.unary(.sqrt).doubles().map(\.bitPattern) == bits.reversed(), "level \(level)")
            let single = try a.cast(to: .float32)
            let expected = try single.doubles().map { Double(Float($0).squareRoot()).bitPattern }
            #expect(try single.unary(.sqrt).doubles().map(\.bitPattern) == expected, "level \(level)")
            #expect(try a.unary(.sqrt, out: a) === a)
            #expect(try a.doubles().map(\.bitPattern) == bits, "in place, level \(level)")
        }
    }

    @Test("mask selection from a reversed view and with a 2-d mask reads in row-major order")
    func compressLayouts() throws {
        let x = Self.values(24, seed: 5)
        let a = NDArray(int64s: x)
        let reversed = a.view(shape: [24], strides: [-8], offset: a.offset + 23 * 8)
        let mask = NDArray(bools: x.reversed().map { $0 < 0 })
        #expect(try reversed.compress(mask).int64s() == x.reversed().filter { $0 < 0 })
        let grid = NDArray(int64s: x, shape: [4, 6])
        let flags = NDArray(bools: x.map { $0 % 2 == 0 }, shape: [4, 6])
        #expect(try grid.compress(flags).int64s() == x.filter { $0 % 2 == 0 })
    }
}
