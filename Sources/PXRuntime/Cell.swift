/// A shared variable captured by a closure.
public final class Cell {
    /// The variable's current value (`.undefined` before assignment).
    public var value: Value

    /// Creates a cell.
    public init(_ value: Value = .undefined) {
        self.value = value
    }
}
