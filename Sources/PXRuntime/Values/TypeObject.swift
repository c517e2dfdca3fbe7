/// A type: a built-in type (`int`, `list`), an exception class, or the type of a native object.
///
/// Users cannot define classes; every type is created by the runtime.
public final class TypeObject: Sendable {
    /// The type's name, as `type(x).__name__` shows it.
    public let name: String
    /// The base class (exception hierarchy), if any.
    public let base: TypeObject?
    /// The module the type lives in, for `repr` (`<class 'ipyparallel.error.RemoteError'>`).
    public let module: String?
    /// What calling the type does (`int("3")`, `ValueError("x")`); nil when the type cannot be called.
    public let constructor: (@Sendable (Arguments, Interpreter) throws -> Value)?
    /// The type's doc string for `help()`.
    public let doc: String

    /// Creates a type.
    public init(name: String, base: TypeObject? = nil, module: String? = nil, doc: String = "",
                constructor: (@Sendable (Arguments, Interpreter) throws -> Value)? = nil) {
        self.name = name
        self.base = base
        self.module = module
        self.doc = doc
        self.constructor = constructor
    }

    /// Whether this type is `other` or derives from it.
    public func isSubtype(of other: TypeObject) -> Bool {
        var t: TypeObject? = self
        while let current = t {
            if current === other { return true }
            t = current.base
        }
        return false
    }

    /// Whether this is an exception class.
    public var isExceptionType: Bool { isSubtype(of: BuiltinTypes.baseException) }

    /// `<class 'int'>`.
    public var repr: String {
        if let module { return "<class '\(module).\(name)'>" }
        return "<class '\(name)'>"
    }
}
