import Testing

@testable import PXNumeric

@Suite("Strides and views")
struct ViewTests {
    static func arange(_ n: Int, _ shape: [Int]? = nil) -> NDArray {
        NDArray(ints: Array(0..<n), shape: shape)
    }

    @Test("C-contiguous strides in bytes, and the contiguity flags")
    func strides() {
        let a = ViewTests.arange(24, [2, 3, 4])
        #expect(a.strides == [96, 32, 8])
        #expect(a.isCContiguous && !a.isFContiguous)
        let t = a.transposedView
        #expect(t.shape == [4, 3, 2] && t.strides == [8, 32, 96])
        #expect(t.isFContiguous && !t.isCContiguous)
    }

    @Test("slices on any axis share memory with their base, negative steps included")
    func slices() throws {
        let a = ViewTests.arange(12, [3, 4])
        guard case .array(let v) = try a.read([.slice(start: nil, stop: nil, step: -1), .slice(start: 1, stop: nil, step: 2)])
        else { Issue.record("expected a view"); return }
        #expect(v.shape == [3, 2])
        #expect(try v.int64s() == [9, 11, 5, 7, 1, 3])
        #expect(v.base === a)
        #expect(v.sharesMemory(with: a))
        try v.assign(from: NDArray(ints: [-1], shape: [1]))
        #expect(try a.int64s() == [0, -1, 2, -1, 4, -1, 6, -1, 8, -1, 10, -1])
    }

    @Test("the base of a view of a view is the array that owns the memory")
    func baseCollapses() throws {
        let a = ViewTests.arange(10)
        let b = try a.reshaped([2, 5])
        let c = try b.transposed()
        #expect(b.base === a && c.base === a && a.base == nil)
    }

    @Test("reshape of a contiguous array is a view; of a transposed one, a copy")
    func reshape() throws {
        let a = ViewTests.arange(6, [2, 3])
        let r = try a.reshaped([3, -1])
        #expect(r.shape == [3, 2] && r.sharesMemory(with: a))
        let t = try a.transposedView.reshaped([6])
        #expect(try t.int64s() == [0, 3, 1, 4, 2, 5])
        #expect(!t.sharesMemory(with: a))
        #expect(throws: NumericError.value("cannot reshape array of size 6 into shape (4,)")) { try a.reshaped([4]) }
    }

    @Test("interleaved views do not share memory; overlapping ones do")
    func sharesMemory() throws {
        let a = ViewTests.arange(10)
        guard case .array(let even) = try a.read([.slice(start: 0, stop: nil, step: 2)]),
              case .array(let odd) = try a.read([.slice(start: 1, stop: nil, step: 2)]) else { return }
        #expect(!even.sharesMemory(with: odd))
        #expect(even.mayShareMemory(with: odd))
        #expect(even.sharesMemory(with: a))
    }

    @Test("fancy and mask indexing copy; assignment through them writes the base")
    func fancy() throws {
        let a = ViewTests.arange(12, [3, 4])
        guard case .array(let rows) = try a.read([.array(NDArray(ints: [0, 2]))]) else { return }
        #expect(rows.shape == [2, 4] && !rows.sharesMemory(with: a))
        let mask = try NDArray.binary(.greater, .array(a), .scalar(ArrayScalar(Int64(8)), isWeak: true))
        guard case .array(let picked) = try a.read([.array(mask)]) else { return }
        #expect(try picked.int64s() == [9, 10, 11])
        try a.write([.array(mask)], NDArray(ints: [0], shape: []))
        #expect(try a.reduce(.max).scalar(at: []).int64Value == 8)
        // Integers and arrays separated by a slice put the index dimensions first.
        let c = ViewTests.arange(24, [2, 3, 4])
        guard case .array(let mixed) = try c.read([.integer(0), .slice(start: nil, stop: nil, step: nil),
                                                    .array(NDArray(ints: [1, 2]))]) else { return }
        #expect(mixed.shape == [2, 3])
    }
}
