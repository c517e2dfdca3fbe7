/// A field of a dataclass (`dataclasses.field(...)`, and what `dataclasses.fields()` returns).
public final class DataclassField: NativeObject {
    /// The field name (set when the class is processed).
    public internal(set) var name: String?
    /// The annotation.
    public internal(set) var annotation: Value = .none
    /// The default value; nil when there is none.
    public let defaultValue: Value?
    /// The zero-argument callable that makes the default; nil when there is none.
    public let defaultFactory: Value?
    /// Whether `__init__` takes the field.
    public let isInitialized: Bool
    /// Whether `__repr__` shows the field.
    public let isShown: Bool
    /// Whether `__eq__` and the orderings compare the field.
    public let isCompared: Bool
    /// `hash=`: `None` (follow `compare`) or a truth value.
    public let hash: Value
    /// `kw_only=`: nil when not given (the class's setting applies).
    public let keywordOnly: Bool?
    /// `metadata=`.
    public let metadata: Value

    /// Creates a field.
    public init(name: String? = nil, annotation: Value = .none, defaultValue: Value?, defaultFactory: Value?,
                isInitialized: Bool = true, isShown: Bool = true, isCompared: Bool = true, hash: Value = .none,
                keywordOnly: Bool? = nil, metadata: Value = .none) {
        self.name = name
        self.annotation = annotation
        self.defaultValue = defaultValue
        self.defaultFactory = defaultFactory
        self.isInitialized = isInitialized
        self.isShown = isShown
        self.isCompared = isCompared
        self.hash = hash
        self.keywordOnly = keywordOnly
        self.metadata = metadata
    }

    /// A copy with another name and annotation (a field inherited by a subclass keeps the base's object).
    func named(_ name: String, annotation: Value) -> DataclassField {
        self.name = name
        self.annotation = annotation
        return self
    }

    static let type = TypeObject(name: "Field", module: "dataclasses")
    public var pythonType: TypeObject { DataclassField.type }
    public var attributeNames: [String] {
        ["compare", "default", "default_factory", "hash", "init", "kw_only", "metadata", "name", "repr", "type"]
    }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "name": return self.name.map { .str($0) } ?? Value.none
        case "type": return annotation
        case "default": return defaultValue ?? DataclassesModule.missing
        case "default_factory": return defaultFactory ?? DataclassesModule.missing
        case "init": return .bool(isInitialized)
        case "repr": return .bool(isShown)
        case "compare": return .bool(isCompared)
        case "hash": return hash
        case "kw_only": return keywordOnly.map { .bool($0) } ?? DataclassesModule.missing
        case "metadata": return metadata
        default: return nil
        }
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        func show(_ v: Value?) -> String { v.map { ValueFormatter.repr($0, interpreter) } ?? "MISSING" }
        return "Field(name=\(show(name.map { .str($0) })),type=\(show(annotation)),default=\(show(defaultValue)),"
            + "default_factory=\(show(defaultFactory)),init=\(isInitialized ? "True" : "False"),"
            + "repr=\(isShown ? "True" : "False"),hash=\(show(hash)),compare=\(isCompared ? "True" : "False"))"
    }
}

/// `dataclasses.MISSING`.
public final class MissingObject: NativeObject {
    /// The singleton.
    nonisolated(unsafe) public static let shared = MissingObject()
    static let type = TypeObject(name: "_MISSING_TYPE", module: "dataclasses")
    public var pythonType: TypeObject { MissingObject.type }
    public func repr(_ interpreter: Interpreter?) -> String {
        "<dataclasses._MISSING_TYPE object at \(ValueFormatter.address(self))>"
    }
}
