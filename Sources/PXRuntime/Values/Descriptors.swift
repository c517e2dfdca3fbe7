/// `property(fget, fset, fdel, doc)`: an attribute computed by methods.
public final class PropertyObject: NativeObject {
    /// The getter, setter and deleter (`None` when absent).
    public let getter: Value, setter: Value, deleter: Value
    /// The doc string (the getter's by default).
    public let doc: Value

    /// Creates a property.
    public init(getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        if case .none = doc, case .function(let f) = getter, let text = f.doc {
            self.doc = .str(text)
        } else {
            self.doc = doc
        }
    }

    public var pythonType: TypeObject { ClassBuiltins.propertyType }
    public var attributeNames: [String] { ["deleter", "fdel", "fget", "fset", "getter", "setter", "__doc__"] }

    /// The attribute's value for `receiver`.
    func get(_ receiver: Value, _ vm: Interpreter) throws -> Value {
        if case .none = getter { throw RuntimeError.attributeError("property of '\(receiver.typeName)' object has no getter") }
        return try vm.call(getter, receiver)
    }

    /// Sets the attribute on `receiver`.
    func set(_ receiver: Value, _ name: String, _ value: Value, _ vm: Interpreter) throws {
        if case .none = setter {
            throw RuntimeError.attributeError("property '\(name)' of '\(receiver.typeName)' object has no setter")
        }
        _ = try vm.call(setter, receiver, value)
    }

    /// Deletes the attribute of `receiver`.
    func delete(_ receiver: Value, _ name: String, _ vm: Interpreter) throws {
        if case .none = deleter {
            throw RuntimeError.attributeError("property '\(name)' of '\(receiver.typeName)' object has no deleter")
        }
        _ = try vm.call(deleter, receiver)
    }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "fget": return getter
        case "fset": return setter
        case "fdel": return deleter
        case "__doc__": return doc
        case "getter", "setter", "deleter":
            return .builtin(BuiltinFunction(name: name) { args, _ in
                try args.check(name, min: 1, max: 1)
                switch name {
                case "getter": return .object(PropertyObject(getter: args[0], setter: self.setter, deleter: self.deleter))
                case "setter":
                    return .object(PropertyObject(getter: self.getter, setter: args[0], deleter: self.deleter,
                                                  doc: self.doc))
                default:
                    return .object(PropertyObject(getter: self.getter, setter: self.setter, deleter: args[0],
                                                  doc: self.doc))
                }
            })
        default: return nil
        }
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        "<property object at \(ValueFormatter.address(self))>"
    }
}

/// `staticmethod(f)`: a function stored in a class and called without the instance.
public final class StaticMethodObject: NativeObject {
    /// The wrapped callable (`__func__`).
    public let function: Value

    /// Wraps `function`.
    public init(_ function: Value) { self.function = function }

    public var pythonType: TypeObject { ClassBuiltins.staticMethodType }
    public var attributeNames: [String] { ["__func__"] }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        name == "__func__" ? function : try Operations.functionAttribute(function, name, interpreter)
    }

    public func call(_ arguments: Arguments, _ interpreter: Interpreter) throws -> Value {
        try interpreter.call(function, arguments)
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        "<staticmethod(\(ValueFormatter.repr(function, interpreter)))>"
    }
}

/// `classmethod(f)`: a function stored in a class and called with the class first.
public final class ClassMethodObject: NativeObject {
    /// The wrapped callable (`__func__`).
    public let function: Value

    /// Wraps `function`.
    public init(_ function: Value) { self.function = function }

    public var pythonType: TypeObject { ClassBuiltins.classMethodType }
    public var attributeNames: [String] { ["__func__"] }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        name == "__func__" ? function : try Operations.functionAttribute(function, name, interpreter)
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        "<classmethod(\(ValueFormatter.repr(function, interpreter)))>"
    }
}

/// `super()` / `super(cls, obj)`: finds attributes in the MRO of `obj`'s class after `cls`.
public final class SuperObject: NativeObject {
    /// The class whose successors are searched (`__thisclass__`).
    public let thisClass: TypeObject
    /// The instance (or class, for class methods) the found methods bind to (`__self__`).
    public let receiver: Value
    /// The class whose MRO is searched (`type(obj)`, or `obj` itself when it is a class).
    public let searchClass: TypeObject

    /// Creates a super object.
    init(thisClass: TypeObject, receiver: Value, searchClass: TypeObject) {
        self.thisClass = thisClass
        self.receiver = receiver
        self.searchClass = searchClass
    }

    public var pythonType: TypeObject { ClassBuiltins.superType }

    /// The attribute found after `thisClass` in the MRO, unbound.
    func find(_ name: String) -> Value? {
        let order = searchClass.fullMRO
        guard let start = order.firstIndex(where: { $0 === thisClass }) else { return nil }
        for t in order[(start + 1)...] {
            if t.isUserDefined {
                if let v = t.attributes[name] { return v }
            } else if let v = BuiltinMethods.find(t, name).found {
                return v
            }
        }
        return nil
    }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "__thisclass__": return .type(thisClass)
        case "__self__": return receiver
        case "__self_class__": return .type(searchClass)
        default: break
        }
        guard let found = find(name) else {
            throw RuntimeError.attributeError("'super' object has no attribute '\(name)'")
        }
        if case .type = receiver {
            return try Operations.classAttributeValue(found, searchClass, interpreter)
        }
        return try Operations.bind(found, to: receiver, searchClass, interpreter)
    }

    public func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        guard let found = find(name) else {
            throw RuntimeError.attributeError("'super' object has no attribute '\(name)'")
        }
        if case .type = receiver {
            return try interpreter.call(try Operations.classAttributeValue(found, searchClass, interpreter), arguments)
        }
        return try interpreter.invoke(found, receiver, searchClass, arguments)
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        "<super: <class '\(thisClass.name)'>, <\(searchClass.name) object>>"
    }
}

/// The `NotImplemented` singleton that binary special methods return to let the other operand try.
public final class NotImplementedObject: NativeObject {
    /// The singleton.
    nonisolated(unsafe) public static let shared = NotImplementedObject()
    static let type = TypeObject(name: "NotImplementedType")

    public var pythonType: TypeObject { NotImplementedObject.type }
    public func repr(_ interpreter: Interpreter?) -> String { "NotImplemented" }
}

extension Value {
    /// `NotImplemented`.
    public static var notImplemented: Value { .object(NotImplementedObject.shared) }

    /// Whether the value is `NotImplemented`.
    var isNotImplemented: Bool {
        if case .object(let o) = self, o === NotImplementedObject.shared { return true }
        return false
    }
}

extension ClassAttribute {
    /// The value, or nil when nothing was found.
    var found: Value? {
        if case .undefined = value { return nil }
        return value
    }
}
