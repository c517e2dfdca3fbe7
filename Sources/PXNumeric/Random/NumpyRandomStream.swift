/// What numpy's two generators share: a bit source, and shuffles that swap each position, from the last down to
/// the second, with a draw by `random_interval` (masked rejection) — `RandomState` and `Generator` alike.
public protocol NumpyRandomStream: Sendable {
    /// The bit generator type.
    associatedtype Source: BitSource
    /// The bit generator.
    var source: Source { get set }
}

extension NumpyRandomStream {
    /// `shuffle(x)` of `count` items along the first axis: for i from count-1 down to 1, swap i with a draw in
    /// [0, i].
    public mutating func shuffle(count: Int, swap: (Int, Int) -> Void) {
        var i = count - 1
        while i > 0 {
            swap(i, Int(source.interval(UInt64(i))))
            i -= 1
        }
    }

    /// `shuffle(list)` in place.
    public mutating func shuffle<T>(_ items: inout [T]) {
        shuffle(count: items.count) { items.swapAt($0, $1) }
    }

    /// `permutation(n)`: a shuffled `arange(n)`.
    public mutating func permutation(_ n: Int) -> [Int] {
        var items = Array(0..<max(0, n))
        shuffle(&items)
        return items
    }
}
