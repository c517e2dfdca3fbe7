/// An immutable arithmetic progression, `range(start, stop, step)`.
public final class RangeObject {
    /// The bounds.
    public let start: Int, stop: Int, step: Int

    /// Creates a range; `step` must not be zero.
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }

    /// Number of elements.
    public var count: Int {
        if step > 0 {
            return start < stop ? (stop - start - 1) / step + 1 : 0
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    /// The element at `index` (0 ≤ index < count).
    public func element(_ index: Int) -> Int { start + index * step }

    /// Whether `value` is an element.
    public func contains(_ value: Int) -> Bool {
        if step > 0 {
            guard value >= start && value < stop else { return false }
        } else {
            guard value <= start && value > stop else { return false }
        }
        return (value - start) % step == 0
    }
}
