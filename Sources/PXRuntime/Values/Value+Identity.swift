extension Value {
    /// Python's `self is other`.
    public func isIdentical(to other: Value) -> Bool { Operations.identical(self, other) }
}
