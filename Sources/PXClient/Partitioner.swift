/// ipyparallel's balanced contiguous partitioning (`Map.getPartition`): `n` items over `q` parts, the first
/// `n % q` parts one item longer.
enum Partitioner {
    /// The `[start, end)` bounds of each part.
    static func bounds(count n: Int, parts q: Int) -> [Range<Int>] {
        guard q > 0 else { return [] }
        let base = n / q, remainder = n % q
        var result: [Range<Int>] = []
        var start = 0
        for p in 0..<q {
            let size = base + (p < remainder ? 1 : 0)
            result.append(start..<(start + size))
            start += size
        }
        return result
    }

    /// Parts for a load-balanced map: `ceil(n / chunksize)` parts of balanced sizes.
    static func chunks(count n: Int, chunkSize: Int) -> [Range<Int>] {
        guard n > 0 else { return [] }
        let parts = (n + max(chunkSize, 1) - 1) / max(chunkSize, 1)
        return bounds(count: n, parts: parts)
    }
}
