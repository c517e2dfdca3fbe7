import PXLang

// MARK: - The language's operations, for Swift code (client objects, registered functions)

extension Interpreter {
    /// `container[key]`.
    public func item(_ container: Value, _ key: Value) throws -> Value { try Operations.item(container, key, self) }

    /// `container[key] = value`.
    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        try Operations.setItem(container, key, value, self)
    }

    /// `len(value)`.
    public func length(_ value: Value) throws -> Int { try Operations.length(value, self) }

    /// All elements of an iterable.
    public func collect(_ value: Value) throws -> [Value] { try Operations.collect(value, self) }

    /// `iter(value)`.
    public func makeIterator(_ value: Value) throws -> IteratorObject { try Operations.makeIterator(value, self) }

    /// `value.name`.
    public func attribute(_ value: Value, _ name: String) throws -> Value { try Operations.attribute(value, name, self) }

    /// `a == b`.
    public func equals(_ a: Value, _ b: Value) throws -> Bool { try Operations.equals(a, b) }
    /// `a < b`, `a in b`, …, as the comparison operators evaluate them.
    public func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Bool {
        try Operations.compare(op, a, b, self)
    }

    /// `a op b`.
    public func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        try Operations.binary(op, a, b, self)
    }

    /// Python's truth value, raising for ambiguous arrays.
    public func truth(_ value: Value) throws -> Bool { try value.isTruthyOrThrow() }
}
