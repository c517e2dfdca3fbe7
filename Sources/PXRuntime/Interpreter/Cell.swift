/// A shared variable captured by a closure.
public final class Cell {
    /// The variable's current value (`.undefined` before assignment).
    @exclusivity(unchecked) public var value: Value

    /// Creates a cell.
    public init(_ value: Value = .undefined) {
        self.value = value
    }
}
