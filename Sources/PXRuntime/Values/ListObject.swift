/// A mutable list.
public final class ListObject {
    /// The elements.
    @exclusivity(unchecked) public var items: [Value]

    /// Creates a list.
    public init(_ items: [Value] = []) {
        self.items = items
    }

    deinit {
        guard !items.isEmpty else { return }
        DeferredRelease.release(now: { items = [] }, later: {
            var moved: [Value] = []
            swap(&moved, &items)
            return moved
        })
    }

    /// The element at index `n` (negative counts from the end), or nil when out of range.
    @inline(__always)
    func element(_ n: Int) -> Value? {
        let count = items.count
        let k = n < 0 ? n &+ count : n
        guard k >= 0 && k < count else { return nil }
        return items.withUnsafeBufferPointer { ($0.baseAddress.unsafelyUnwrapped + k).mutating.copy }
    }

    /// Lists up to this long give `tuple(list)` a copy of their elements instead of sharing their storage.
    /// A short list is often changed right after (a sliding window: `yield tuple(window)`, then
    /// `del window[0]`), and changing shared storage makes Swift copy it element by element through the
    /// runtime's generic copy, several times slower than `copiedItems`.
    static let copiedTupleLimit = 16

    /// A copy of the elements in storage of their own. (Reserved and appended:
    /// `Array(unsafeUninitializedCapacity:)` is not specialised here and looks its storage type up at run time,
    /// about 500 instructions a call.)
    func copiedItems() -> [Value] {
        var copy: [Value] = []
        copy.reserveCapacity(items.count)
        items.withUnsafeBufferPointer { source in
            for v in source { copy.append(v) }
        }
        return copy
    }

    /// Stores `value` at index `n` (negative counts from the end); false when out of range.
    @inline(__always)
    func setElement(_ n: Int, _ value: Value) -> Bool {
        let count = items.count
        let k = n < 0 ? n &+ count : n
        guard k >= 0 && k < count else { return false }
        items.withUnsafeMutableBufferPointer { ($0.baseAddress.unsafelyUnwrapped + k).store(value) }
        return true
    }
}

private extension UnsafePointer {
    var mutating: UnsafeMutablePointer<Pointee> { UnsafeMutablePointer(mutating: self) }
}

/// A slice object, `slice(start, stop, step)`.
public final class SliceObject {
    /// The bounds; `.none` when omitted.
    public let start: Value, stop: Value, step: Value

    /// Creates a slice.
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }
}
