import Testing

@testable import PXNumeric

@Suite("Reductions and pairwise summation")
struct ReductionTests {
    /// numpy's pairwise sum, written the plain way.
    static func reference(_ a: ArraySlice<Double>) -> Double {
        let n = a.count
        if n < 8 { return a.reduce(0, +) }
        if n <= 128 {
            var r = Array(a.prefix(8))
            var i = 8
            while i < n - n % 8 {
                for k in 0..<8 { r[k] += a[a.startIndex + i + k] }
                i += 8
            }
            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n {
                res += a[a.startIndex + i]
                i += 1
            }
            return res
        }
        var half = n / 2
        half -= half % 8
        return reference(a.prefix(half)) + reference(a.dropFirst(half))
    }

    static func values(_ n: Int) -> [Double] {
        var x: UInt64 = 88172645463325252
        return (0..<n).map { _ in
            x ^= x << 13; x ^= x >> 7; x ^= x << 17
            return Double(x % 1_000_000) / 997.0
        }
    }

    @Test("a contiguous sum is numpy's pairwise sum bit for bit", arguments: [1, 7, 8, 127, 128, 129, 1000, 100_003])
    func pairwise(n: Int) throws {
        let v = ReductionTests.values(n)
        let a = NDArray(doubles: v)
        #expect(try a.reduce(.sum).scalar(at: []).doubleValue == 0 + ReductionTests.reference(v[...]))
    }

    @Test("a non-contiguous full sum is pairwise per chunk of 8192, as numpy's buffered loop")
    func chunked() throws {
        let v = ReductionTests.values(50 * 1000)
        let a = try NDArray(doubles: v, shape: [50, 1000]).basicView([.slice(start: nil, stop: nil, step: 2),
                                                                     .slice(start: nil, stop: nil, step: 3)])
        let flat = try a.copy().doubles()
        var expected = 0.0
        var i = 0
        while i < flat.count {
            expected += ReductionTests.reference(flat[i..<min(i + 8192, flat.count)])
            i += 8192
        }
        #expect(try a.reduce(.sum).scalar(at: []).doubleValue == expected)
    }

    @Test("axis sums: the last axis pairwise per row, the first axis sequentially")
    func axes() throws {
        let v = ReductionTests.values(200 * 300)
        let a = NDArray(doubles: v, shape: [200, 300])
        let rows = try a.reduce(.sum, axes: [1]).doubles()
        #expect(rows[5] == 0 + ReductionTests.reference(v[1500..<1800]))
        let columns = try a.reduce(.sum, axes: [0]).doubles()
        var expected = 0.0
        for r in 0..<200 { expected += v[r * 300 + 7] }
        #expect(columns[7] == expected)
        #expect(try a.reduce(.sum, axes: [0], keepdims: true).shape == [1, 300])
    }

    @Test("mean, var and std of integers compute in float64")
    func statistics() throws {
        let a = NDArray(ints: [1, 2, 3, 4])
        #expect(try a.mean().scalar(at: []).doubleValue == 2.5)
        #expect(try a.variance().scalar(at: []).doubleValue == 1.25)
        #expect(try a.variance(ddof: 1, squareRoot: true).dtype == .float64)
    }

    @Test("argmax finds the first maximum, a NaN first of all")
    func argmax() throws {
        let a = NDArray(doubles: [1, 5, 5, .nan, 9])
        #expect(try a.argExtreme(maximum: true, axis: nil).scalar(at: []).int64Value == 3)
        let b = NDArray(ints: [3, 9, 9, 1], shape: [2, 2])
        #expect(try b.argExtreme(maximum: true, axis: 1).int64s() == [1, 0])
    }

    @Test("sorting: NaN last, stable argsort, radix and comparison paths agree")
    func sorting() throws {
        let small = NDArray(doubles: [3, .nan, -0.5, 2, -7])
        #expect(try small.sorted().doubles().prefix(4) == [-7, -0.5, 2, 3])
        let v = ReductionTests.values(5000).map { $0 - 400 }
        #expect(try NDArray(doubles: v).sorted().doubles() == v.sorted())
        let ties = NDArray(ints: [2, 1, 2, 1])
        #expect(try ties.argsorted().int64s() == [1, 3, 0, 2])
    }
}
