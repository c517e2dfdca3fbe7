/// A mutable list.
public final class ListObject {
    /// The elements.
    @exclusivity(unchecked) public var items: [Value]

    /// Creates a list.
    public init(_ items: [Value] = []) {
        self.items = items
    }
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
