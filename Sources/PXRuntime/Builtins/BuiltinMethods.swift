import PXLang

/// The methods of built-in types as values: `str.lower` and `dict.get` (so `sorted(words, key=str.lower)`
/// works), `object.__init__` and `object.__setattr__`, `BaseException.__init__`, `dict.__setitem__` reached by
/// `super()` from a subclass, and class methods such as `dict.fromkeys`.
///
/// A method taken from a type is a `BuiltinFunction` whose `owner` is the type: it takes the receiver as its
/// first argument, and attribute access through an instance binds it.
enum BuiltinMethods {
    /// The attribute `name` that the built-in type `t` itself provides, as found through a class's MRO.
    static func find(_ t: TypeObject, _ name: String) -> ClassAttribute {
        if name == "__hash__", t === BuiltinTypes.list || t === BuiltinTypes.dict || t === BuiltinTypes.set {
            return ClassAttribute(value: .none, isBuiltin: true)
        }
        guard let f = descriptor(t, name) else { return .missing }
        return ClassAttribute(value: .builtin(f), isBuiltin: true)
    }

    /// The method descriptor `t.name`, or nil when the type has no such method.
    static func descriptor(_ t: TypeObject, _ name: String) -> BuiltinFunction? {
        if t === BuiltinTypes.object { return objectMethod(name) }
        if t.isExceptionType { return exceptionMethod(t, name) }
        guard let sample = sampleValue(of: t) else { return nil }
        guard MethodCatalog.methods(of: sample).contains(name) || specialNames(of: sample).contains(name) else {
            return nil
        }
        return valueMethod(t, name)
    }

    /// A value of a built-in type whose methods are listed by `MethodCatalog`.
    static func sampleValue(of t: TypeObject) -> Value? {
        if t === BuiltinTypes.str { return .str("") }
        if t === BuiltinTypes.list { return .list(ListObject()) }
        if t === BuiltinTypes.dict { return .dict(DictObject()) }
        if t === BuiltinTypes.set { return .set(SetObject()) }
        if t === BuiltinTypes.frozenset { return .set(SetObject(frozen: true)) }
        if t === BuiltinTypes.tuple { return .emptyTuple }
        if t === BuiltinTypes.int || t === BuiltinTypes.bool { return .int(0) }
        if t === BuiltinTypes.float { return .float(0) }
        if t === BuiltinTypes.bytes { return .bytes([]) }
        return nil
    }

    /// The special methods a built-in value type answers to.
    static func specialNames(of sample: Value) -> [String] {
        var names = ["__new__", "__init__", "__repr__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
                     "__bool__", "__hash__"]
        switch sample {
        case .str, .bytes:
            names += ["__str__", "__len__", "__getitem__", "__contains__", "__iter__", "__add__", "__mul__", "__rmul__"]
        case .tuple:
            names += ["__len__", "__getitem__", "__contains__", "__iter__", "__add__", "__mul__", "__rmul__"]
        case .list:
            names += ["__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "__add__",
                      "__mul__", "__rmul__", "__iadd__"]
        case .dict:
            names += ["__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "__or__"]
        case .set:
            names += ["__len__", "__contains__", "__iter__", "__or__", "__and__", "__sub__", "__xor__"]
        case .int, .float:
            names += ["__neg__", "__pos__", "__abs__", "__int__", "__float__"]
            for op in BinaryOperator.allCases where op != .matrixMultiply {
                names += [op.specialNames.plain, op.specialNames.reflected]
            }
        default:
            break
        }
        return names
    }

    /// `t.name` for a built-in value type: the receiver (or the built-in value an instance of a subclass
    /// extends) answers the method.
    static func valueMethod(_ t: TypeObject, _ name: String) -> BuiltinFunction {
        BuiltinFunction(name: name, owner: t) { args, vm in
            if name == "__new__" { return try newValue(t, args, vm) }
            guard let first = args.positional.first else {
                throw RuntimeError.typeError("unbound method \(t.name).\(name)() needs an argument")
            }
            let receiver = first.unwrappingBuiltin
            guard receiver.type.isSubtype(of: t) else {
                throw RuntimeError.typeError("descriptor '\(name)' for '\(t.name)' objects doesn't apply to a "
                    + "'\(first.typeName)' object")
            }
            let rest = Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
            if name == "__init__" {
                if case .instance(let inst) = first, isMutable(t), !(rest.positional.isEmpty && rest.keywords.isEmpty) {
                    inst.builtinValue = try newBuiltinValue(t, rest, vm)
                }
                return .none
            }
            if let result = try specialOperation(name, receiver, rest, vm) { return result }
            return try vm.callMethod(receiver, name, rest)
        }
    }

    /// `t.__new__(cls, *args)`: a new value of `t`, wrapped in an instance when `cls` is a subclass.
    static func newValue(_ t: TypeObject, _ args: Arguments, _ vm: Interpreter) throws -> Value {
        guard case .type(let cls)? = args.positional.first else {
            throw RuntimeError.typeError("\(t.name).__new__(X): X is not a type object")
        }
        let rest = Arguments(Array(args.positional.dropFirst()), keywords: args.keywords)
        guard cls.isUserDefined else { return try newBuiltinValue(t, rest, vm) }
        guard cls.isSubtype(of: t) else {
            throw RuntimeError.typeError("\(t.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(t.name)")
        }
        let inst = Instance(cls: cls)
        inst.builtinValue = try newBuiltinValue(t, rest, vm)
        return .instance(inst)
    }

    /// Whether values of the built-in type are filled by `__init__` (dict, list, set) rather than made whole
    /// by `__new__`.
    static func isMutable(_ t: TypeObject) -> Bool {
        t === BuiltinTypes.dict || t === BuiltinTypes.list || t === BuiltinTypes.set
    }

    /// The built-in value an instance of a subclass of `solid` extends, made from the constructor arguments.
    static func newBuiltinValue(_ solid: TypeObject, _ arguments: Arguments, _ vm: Interpreter) throws -> Value {
        guard let constructor = solid.constructor else {
            throw RuntimeError.typeError("cannot create '\(solid.name)' instances")
        }
        return try constructor(arguments, vm)
    }

    /// The special methods of built-in values, by operation; nil for the others (called by name).
    static func specialOperation(_ name: String, _ receiver: Value, _ rest: Arguments, _ vm: Interpreter) throws
        -> Value? {
        func argument() throws -> Value {
            guard let a = rest.positional.first else {
                throw RuntimeError.typeError("expected 1 argument, got 0")
            }
            return a.unwrappingBuiltin
        }
        // Only dunder names are operations; `str.lower(x)` and the like go straight to the method.
        guard name.utf8.first == UInt8(ascii: "_") else { return nil }
        switch name {
        case "__len__": return .int(try Operations.length(receiver, vm))
        case "__getitem__": return try Operations.item(receiver, try argument(), vm)
        case "__setitem__":
            guard rest.positional.count == 2 else {
                throw RuntimeError.typeError("expected 2 arguments, got \(rest.positional.count)")
            }
            try Operations.setItem(receiver, rest.positional[0].unwrappingBuiltin, rest.positional[1], vm)
            return Value.none
        case "__delitem__":
            try Operations.deleteItem(receiver, try argument(), vm)
            return Value.none
        case "__contains__": return .bool(try Operations.contains(receiver, try argument(), vm))
        case "__iter__": return .iterator(try Operations.makeIterator(receiver, vm))
        case "__repr__": return .str(try ValueFormatter.checkedRepr(receiver, vm))
        case "__str__": return .str(try ValueFormatter.checkedStr(receiver, vm))
        case "__hash__": return .int(try PythonHash.hash(receiver))
        case "__bool__": return .bool(receiver.isTruthy)
        case "__int__": return try Constructors.int(Arguments([receiver]), vm)
        case "__float__": return try Constructors.float(Arguments([receiver]), vm)
        case "__neg__": return try Operations.negate(receiver)
        case "__pos__": return try Operations.unaryPlus(receiver)
        case "__abs__": return try vm.call(vm.globals.lookup("abs") ?? .none, receiver)
        default: break
        }
        for op in [ComparisonOperator.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual]
        where op.specialNames?.plain == name {
            return .bool(try Operations.compare(op, receiver, try argument(), vm))
        }
        for op in BinaryOperator.allCases {
            if op.specialNames.plain == name { return try Operations.binary(op, receiver, try argument(), vm) }
            if op.specialNames.reflected == name { return try Operations.binary(op, try argument(), receiver, vm) }
            if op.specialNames.inPlace == name { return try Operations.inPlace(op, receiver, try argument(), vm) }
        }
        return nil
    }

    /// A method descriptor with the given body.
    static func method(_ name: String, _ owner: TypeObject, _ body: @escaping (Arguments, Interpreter) throws -> Value)
        -> BuiltinFunction {
        BuiltinFunction(name: name, owner: owner, body: body)
    }

    /// The methods of `object` that classes inherit.
    static func objectMethod(_ name: String) -> BuiltinFunction? {
        let owner = BuiltinTypes.object
        func receiver(_ args: Arguments) throws -> Value {
            guard let first = args.positional.first else {
                throw RuntimeError.typeError("descriptor '\(name)' of 'object' object needs an argument")
            }
            return first
        }
        switch name {
        case "__init__":
            return method(name, owner) { args, _ in
                _ = try receiver(args)
                if args.count > 1 {
                    throw RuntimeError.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
                }
                return .none
            }
        case "__new__":
            return method(name, owner) { args, vm in
                guard case .type(let cls)? = args.positional.first else {
                    throw RuntimeError.typeError("object.__new__(X): X is not a type object")
                }
                return try vm.allocate(cls, Arguments())
            }
        case "__repr__":
            return method(name, owner) { args, _ in
                let value = try receiver(args)
                return .str(Operations.defaultRepr(value, value.type))
            }
        case "__str__":
            return method(name, owner) { args, vm in .str(try ValueFormatter.checkedRepr(try receiver(args), vm)) }
        case "__eq__":
            return method(name, owner) { args, _ in
                try args.check(name, min: 2, max: 2)
                return Operations.identical(args[0], args[1]) ? .bool(true) : .notImplemented
            }
        case "__ne__":
            return method(name, owner) { args, vm in
                try args.check(name, min: 2, max: 2)
                let r = try Operations.instanceCompare(.equal, args[0], args[1], vm)
                return .bool(!(try r.isTruthyOrThrow()))
            }
        case "__lt__", "__le__", "__gt__", "__ge__", "__subclasshook__":
            return method(name, owner) { _, _ in .notImplemented }
        case "__hash__":
            return method(name, owner) { args, _ in
                let value = try receiver(args)
                if case .instance(let i) = value { return .int(PythonHash.identity(i)) }
                return .int(try PythonHash.hash(value))
            }
        case "__setattr__":
            return method(name, owner) { args, vm in
                try args.check(name, min: 3, max: 3)
                let attribute = try StringMethods.string(args[1], "attribute name must be string")
                if case .instance(let inst) = args[0] {
                    try Operations.genericSetAttribute(inst, attribute, args[2], vm)
                } else {
                    try Operations.setAttribute(args[0], attribute, args[2], vm)
                }
                return .none
            }
        case "__getattribute__":
            return method(name, owner) { args, vm in
                try args.check(name, min: 2, max: 2)
                let attribute = try StringMethods.string(args[1], "attribute name must be string")
                if case .instance(let inst) = args[0] {
                    return try Operations.genericInstanceAttribute(inst, attribute, vm, fallback: false)
                }
                return try Operations.attribute(args[0], attribute, vm)
            }
        case "__delattr__":
            return method(name, owner) { args, vm in
                try args.check(name, min: 2, max: 2)
                let attribute = try StringMethods.string(args[1], "attribute name must be string")
                guard case .instance(let inst) = args[0] else {
                    throw RuntimeError.attributeError(
                        "'\(args[0].messageTypeName)' object has no attribute '\(attribute)'")
                }
                try Operations.genericDeleteAttribute(inst, attribute, vm)
                return .none
            }
        case "__format__":
            return method(name, owner) { args, vm in
                try args.check(name, min: 2, max: 2)
                let spec = try StringMethods.string(args[1], "format spec must be str")
                guard spec.isEmpty else {
                    throw RuntimeError.typeError("unsupported format string passed to \(args[0].typeName).__format__")
                }
                return .str(try ValueFormatter.checkedStr(args[0], vm))
            }
        case "__init_subclass__":
            return method(name, owner) { _, _ in .none }
        case "__dir__":
            return method(name, owner) { args, vm in
                .list(ListObject(IntrospectionBuiltins.attributeNames(try receiver(args), vm).map { .str($0) }))
            }
        default:
            return nil
        }
    }

    /// The methods of `BaseException` that exception classes inherit.
    static func exceptionMethod(_ owner: TypeObject, _ name: String) -> BuiltinFunction? {
        func exception(_ args: Arguments) throws -> ExceptionObject {
            guard case .exception(let e)? = args.positional.first else {
                throw RuntimeError.typeError("descriptor '\(name)' requires a 'BaseException' object")
            }
            return e
        }
        switch name {
        case "__init__":
            return method(name, owner) { args, _ in
                try exception(args).args = Array(args.positional.dropFirst())
                return .none
            }
        case "__new__":
            return method(name, owner) { args, vm in
                guard case .type(let cls)? = args.positional.first else {
                    throw RuntimeError.typeError("BaseException.__new__(X): X is not a type object")
                }
                return try vm.allocate(cls, Arguments(Array(args.positional.dropFirst())))
            }
        case "__str__": return method(name, owner) { args, _ in .str(try exception(args).builtinMessage) }
        case "__repr__": return method(name, owner) { args, _ in .str(try exception(args).builtinRepr) }
        case "with_traceback": return method(name, owner) { args, _ in .exception(try exception(args)) }
        default: return nil
        }
    }

    /// Methods called on a built-in type itself (`dict.fromkeys`).
    static func classMethod(_ t: TypeObject, _ name: String) -> BuiltinFunction? {
        switch (t.name, name) {
        case ("dict", "fromkeys") where t === BuiltinTypes.dict:
            return BuiltinFunction(name: name) { args, vm in
                try args.check("fromkeys", min: 1, max: 2)
                let d = DictObject()
                let value = args.count > 1 ? args[1] : .none
                try Operations.iterate(args[0], vm) { key in
                    try d.set(key, value)
                    return true
                }
                return .dict(d)
            }
        case ("bytes", "fromhex") where t === BuiltinTypes.bytes:
            return BuiltinFunction(name: name) { args, _ in try BytesMethods.fromHex(args) }
        case ("bytes", "maketrans") where t === BuiltinTypes.bytes:
            return BuiltinFunction(name: name) { args, _ in try BytesMethods.makeTranslation(args) }
        case ("int", "from_bytes") where t === BuiltinTypes.int:
            return BuiltinFunction(name: name) { args, vm in try NumberMethods.fromBytes(args, vm) }
        default:
            return nil
        }
    }
}
