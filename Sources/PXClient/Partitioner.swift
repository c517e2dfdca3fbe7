/// ipyparallel's balanced contiguous partitioning (`Map.getPartition`): `n` items over `q` parts, the first
/// `n % q` parts one item longer.
enum Partitioner {
    /// The `[start, end)` bounds of each part.
    static func bounds(count n: Int, parts q: Int) -> [Range<Int>] {
        guard q > 0 else { return [] }
        return (0..<q).map { part($0, count: n, parts: q) }
    }

    /// The `[start, end)` bounds of part `p` of `q` (`p` in `0..<q`): the first `n % q` parts are one item longer.
    static func part(_ p: Int, count n: Int, parts q: Int) -> Range<Int> {
        let base = n / q, remainder = n % q
        let start = p * base + min(p, remainder)
        return start..<(start + base + (p < remainder ? 1 : 0))
    }

    /// The number of parts of a load-balanced map: `ceil(n / chunksize)`.
    static func chunkCount(count n: Int, chunkSize: Int) -> Int {
        n <= 0 ? 0 : (n - 1) / max(chunkSize, 1) + 1
    }

    /// Parts for a load-balanced map: `ceil(n / chunksize)` parts of balanced sizes.
    static func chunks(count n: Int, chunkSize: Int) -> [Range<Int>] {
        bounds(count: n, parts: chunkCount(count: n, chunkSize: chunkSize))
    }
}
