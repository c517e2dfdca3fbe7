import PXLang

/// An object implemented in Swift that programs can use: the client objects (`Client`, views,
/// `AsyncResult`), `functools.partial`, and registered types.
///
/// Every requirement has a default that raises the `TypeError`/`AttributeError` Python would.
public protocol NativeObject: AnyObject {
    /// The object's type, as `type(x)` reports it.
    var pythonType: TypeObject { get }
    /// The name of the object's type in error messages (default: `pythonType.messageName`).
    var messageTypeName: String { get }
    /// Truth value (default true).
    var isTruthy: Bool { get }
    /// Names for `dir()` and Tab completion. It lists every method `callMethod` handles: a method call looks the
    /// name up here (or in `attribute`) before it evaluates its arguments, and raises `AttributeError` when it
    /// is in neither, as CPython does.
    var attributeNames: [String] { get }
    /// The plain value this object travels to engines as (a dict view as a list); nil when it cannot be
    /// sent (client objects).
    var shippedForm: Value? { get }
    /// `obj.name`, or nil when there is no such attribute.
    func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value?
    /// `obj.name = value`.
    func setAttribute(_ name: String, _ value: Value, _ interpreter: Interpreter) throws
    /// `obj.name(args)`; nil means "no such method" (the attribute is then fetched and called).
    func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value?
    /// `obj(args)`.
    func call(_ arguments: Arguments, _ interpreter: Interpreter) throws -> Value
    /// `obj[key]`.
    func item(_ key: Value, _ interpreter: Interpreter) throws -> Value
    /// `obj[key] = value`.
    func setItem(_ key: Value, _ value: Value, _ interpreter: Interpreter) throws
    /// `del obj[key]`.
    func deleteItem(_ key: Value, _ interpreter: Interpreter) throws
    /// `iter(obj)`.
    func makeIterator(_ interpreter: Interpreter) throws -> IteratorObject
    /// `len(obj)`.
    func length(_ interpreter: Interpreter) throws -> Int
    /// `repr(obj)`.
    func repr(_ interpreter: Interpreter?) -> String
    /// `str(obj)` (default: `repr`).
    func str(_ interpreter: Interpreter?) -> String
    /// `with obj:` entry; returns the `as` value.
    func enter(_ interpreter: Interpreter) throws -> Value
    /// `with obj:` exit.
    func exit(_ interpreter: Interpreter) throws
    /// Shown at the prompt after `Out[n]:` (default: `repr`); may span several lines.
    func display(_ interpreter: Interpreter) -> String
    /// `self op other` (or `other op self` when `reflected`); nil when unsupported.
    func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool) throws -> Value?
    /// `self op other` for `<`, `<=`, `>`, `>=`, `==`; nil when unsupported.
    func compare(_ op: ComparisonOperator, _ other: Value) throws -> Bool?
}

extension NativeObject {
    public var messageTypeName: String { pythonType.messageName }
    public var isTruthy: Bool { true }
    public var attributeNames: [String] { [] }
    public var shippedForm: Value? { nil }
    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? { nil }
    public func setAttribute(_ name: String, _ value: Value, _ interpreter: Interpreter) throws {
        guard attributeNames.contains(name) else { throw RuntimeError.noAttribute(.object(self), name) }
        throw RuntimeError.attributeError("'\(messageTypeName)' object attribute '\(name)' is read-only")
    }
    public func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        nil
    }
    public func call(_ arguments: Arguments, _ interpreter: Interpreter) throws -> Value {
        throw RuntimeError.typeError("'\(messageTypeName)' object is not callable")
    }
    public func item(_ key: Value, _ interpreter: Interpreter) throws -> Value {
        throw RuntimeError.typeError("'\(messageTypeName)' object is not subscriptable")
    }
    public func setItem(_ key: Value, _ value: Value, _ interpreter: Interpreter) throws {
        throw RuntimeError.typeError("'\(messageTypeName)' object does not support item assignment")
    }
    public func deleteItem(_ key: Value, _ interpreter: Interpreter) throws {
        throw Operations.itemDeletionUnsupported(.object(self), key)
    }
    public func makeIterator(_ interpreter: Interpreter) throws -> IteratorObject {
        throw RuntimeError.typeError("'\(messageTypeName)' object is not iterable")
    }
    public func length(_ interpreter: Interpreter) throws -> Int {
        throw RuntimeError.typeError("object of type '\(messageTypeName)' has no len()")
    }
    public func repr(_ interpreter: Interpreter?) -> String {
        "<\(pythonType.name) object>"
    }
    public func str(_ interpreter: Interpreter?) -> String { repr(interpreter) }
    public func enter(_ interpreter: Interpreter) throws -> Value {
        throw RuntimeError.typeError("'\(messageTypeName)' object does not support the context manager protocol")
    }
    public func exit(_ interpreter: Interpreter) throws {}
    public func display(_ interpreter: Interpreter) -> String { repr(interpreter) }
    public func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool) throws -> Value? { nil }
    public func compare(_ op: ComparisonOperator, _ other: Value) throws -> Bool? { nil }
}
