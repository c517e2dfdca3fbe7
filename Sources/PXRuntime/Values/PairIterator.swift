/// An iterator whose elements are pairs (`zip(a, b)`, `enumerate(xs)`). A `for x, y in …` loop takes each
/// pair as two values (`nextPair`), without the tuple that `next()` builds and the loop would take apart.
class PairIterator: IteratorObject {
    /// The next pair, or nil when exhausted.
    func nextPair() throws -> (Value, Value)? { nil }

    override func next() throws -> Value? {
        guard let (a, b) = try nextPair() else { return nil }
        return .tuple([a, b])
    }
}

/// `zip(a, b)`: the next element of each, in order; it ends when either does.
final class ZipPairIterator: PairIterator {
    private let first: IteratorObject
    private let second: IteratorObject
    /// `zip(..., strict=True)`: an iterator ending before the other is an error.
    private let strict: Bool
    @exclusivity(unchecked) private var done = false

    init(_ first: IteratorObject, _ second: IteratorObject, strict: Bool) {
        self.first = first
        self.second = second
        self.strict = strict
        super.init(type: IteratorObject.zipType)
    }

    override func nextPair() throws -> (Value, Value)? {
        guard !done else { return nil }
        guard let a = try first.next() else {
            done = true
            if strict { try IterationBuiltins.checkZipEnded([first, second], shortest: 0) }
            return nil
        }
        guard let b = try second.next() else {
            done = true
            if strict { try IterationBuiltins.checkZipEnded([first, second], shortest: 1) }
            return nil
        }
        return (a, b)
    }
}

/// `enumerate(xs, start)`: each element with its count.
final class EnumeratePairIterator: PairIterator {
    private let source: IteratorObject
    @exclusivity(unchecked) private var index: Int

    init(_ source: IteratorObject, start: Int) {
        self.source = source
        self.index = start
        super.init(type: IteratorObject.enumerateType)
    }

    override func nextPair() throws -> (Value, Value)? {
        guard let e = try source.next() else { return nil }
        defer { index += 1 }
        return (.int(index), e)
    }
}
