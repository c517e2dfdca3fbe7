import Testing

@testable import PXClient

/// ipyparallel's balanced contiguous partitioning (`scatter`, `DirectView.map`) and load-balanced chunks.
@Suite("Partitioner")
struct PartitionerTests {
    @Test(
        "parts differ by at most one item, the longer ones first, in order and without gaps",
        arguments: [
            (10, 3, [4, 3, 3]), (9, 3, [3, 3, 3]), (2, 3, [1, 1, 0]), (0, 2, [0, 0]), (7, 1, [7]), (5, 5, [1, 1, 1, 1, 1]),
        ])
    func bounds(count: Int, parts: Int, sizes: [Int]) {
        let ranges = Partitioner.bounds(count: count, parts: parts)
        #expect(ranges.map(\.count) == sizes)
        #expect(ranges.first?.lowerBound ?? 0 == 0)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(ranges.last?.upperBound ?? 0 == count)
    }

    @Test func noPartsNoRanges() {
        #expect(Partitioner.bounds(count: 5, parts: 0).isEmpty)
    }

    @Test(
        "a load-balanced map makes ceil(n / chunksize) balanced chunks",
        arguments: [(10, 3, [3, 3, 2, 2]), (10, 1, Array(repeating: 1, count: 10)), (10, 100, [10]), (0, 4, [])])
    func chunks(count: Int, chunkSize: Int, sizes: [Int]) {
        #expect(Partitioner.chunks(count: count, chunkSize: chunkSize).map(\.count) == sizes)
    }
}
