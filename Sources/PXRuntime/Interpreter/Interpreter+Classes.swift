import OrderedCollections
import PXLang
import Synchronization

// MARK: - Classes: creating them, creating their instances, calling their methods

extension Interpreter {
    /// Calls a class attribute found for `receiver` as a method: functions and built-in method descriptors get
    /// the receiver first, static methods do not, class methods get the class; other values are bound as
    /// attribute access binds them and called.
    public func invoke(_ method: Value, _ receiver: Value, _ cls: TypeObject, _ arguments: [Value]) throws -> Value {
        if case .function(let f) = method {
            switch arguments.count {
            case 0 where f.directArity == 1: return try call(f, receiver)
            case 1 where f.directArity == 2: return try call(f, receiver, arguments[0])
            case 2 where f.directArity == 3: return try call(f, receiver, arguments[0], arguments[1])
            default: return try call(method, Arguments([receiver] + arguments))
            }
        }
        return try invoke(method, receiver, cls, Arguments(arguments))
    }

    /// `invoke` with keyword arguments.
    public func invoke(_ method: Value, _ receiver: Value, _ cls: TypeObject, _ arguments: Arguments) throws -> Value {
        switch method {
        case .function:
            return try call(method, Arguments([receiver] + arguments.positional, keywords: arguments.keywords))
        case .builtin(let b) where b.owner != nil:
            return try b.body(Arguments([receiver] + arguments.positional, keywords: arguments.keywords), self)
        case .object(let o):
            if let s = o as? StaticMethodObject { return try call(s.function, arguments) }
            if let c = o as? ClassMethodObject {
                return try call(c.function, Arguments([.type(cls)] + arguments.positional, keywords: arguments.keywords))
            }
        default:
            break
        }
        return try call(try Operations.bind(method, to: receiver, cls, self), arguments)
    }

    /// `obj.name(arguments)` for an instance: a method found on the class is called without creating a bound
    /// method, unless the instance has its own attribute of that name or the class customizes attribute access.
    func callInstanceMethod(_ inst: Instance, _ name: String, _ arguments: Arguments) throws -> Value {
        let cls = inst.cls
        if cls.override("__getattribute__") == nil, let method = cls.find(name).found, !method.isDataDescriptor,
           inst.ownAttribute(name) == nil {
            if arguments.keywords.isEmpty { return try invoke(method, .instance(inst), cls, arguments.positional) }
            return try invoke(method, .instance(inst), cls, arguments)
        }
        return try call(try Operations.instanceAttribute(inst, name, self), arguments)
    }

    // MARK: - Instances

    /// Calls a class defined in the language (or `object`): `__new__` (or a fresh instance), then `__init__`.
    func instantiate(_ cls: TypeObject, _ arguments: Arguments) throws -> Value {
        if !cls.abstractMethods.isEmpty {
            let names = cls.abstractMethods
            throw RuntimeError.typeError("Can't instantiate abstract class \(cls.name) with abstract method"
                + (names.count == 1 ? " " : "s ") + names.joined(separator: ", "))
        }
        if arguments.keywords.isEmpty, let initializer = cls.plainInit() {
            let instance = Value.instance(Instance(cls: cls))
            return try initialized(instance, try invoke(.function(initializer), instance, cls, arguments.positional))
        }
        let instance: Value
        if let new = cls.override("__new__") {
            let function = Interpreter.staticFunction(new)
            instance = try call(function, Arguments([.type(cls)] + arguments.positional, keywords: arguments.keywords))
            guard instance.type.isSubtype(of: cls) else { return instance }
        } else {
            instance = try allocate(cls, arguments)
        }
        let initializer = cls.find("__init__")
        if initializer.isBuiltin {
            let solid = cls.solidBase
            if solid === BuiltinTypes.object, cls.override("__new__") == nil,
               !arguments.positional.isEmpty || !arguments.keywords.isEmpty {
                throw RuntimeError.typeError("\(cls.name)() takes no arguments")
            }
            if solid.isExceptionType, !arguments.keywords.isEmpty {
                throw RuntimeError.typeError("\(cls.name)() takes no keyword arguments")
            }
            if BuiltinMethods.isMutable(solid), case .instance(let inst) = instance {
                inst.builtinValue = try BuiltinMethods.newBuiltinValue(solid, arguments, self)
            }
            return instance
        }
        let result: Value
        if arguments.keywords.isEmpty {
            result = try invoke(initializer.value, instance, cls, arguments.positional)
        } else {
            result = try invoke(initializer.value, instance, cls, arguments)
        }
        guard case .none = result else {
            throw RuntimeError.typeError("__init__() should return None, not '\(result.typeName)'")
        }
        return instance
    }

    /// `Cls(a)` for a class with a plain `__init__` (`TypeObject.plainInit`).
    @inline(__always)
    func instantiate(_ cls: TypeObject, _ initializer: Function, _ a: Value) throws -> Value {
        let instance = Value.instance(Instance(cls: cls))
        if initializer.directArity == 2 { return try initialized(instance, try call(initializer, instance, a)) }
        return try initialized(instance, try call(.function(initializer), Arguments([instance, a])))
    }

    /// `Cls(a, b)` for a class with a plain `__init__`.
    @inline(__always)
    func instantiate(_ cls: TypeObject, _ initializer: Function, _ a: Value, _ b: Value) throws -> Value {
        let instance = Value.instance(Instance(cls: cls))
        if initializer.directArity == 3 { return try initialized(instance, try call(initializer, instance, a, b)) }
        return try initialized(instance, try call(.function(initializer), Arguments([instance, a, b])))
    }

    /// The instance, after checking what `__init__` returned.
    @inline(__always)
    func initialized(_ instance: Value, _ result: Value) throws -> Value {
        guard case .none = result else {
            throw RuntimeError.typeError("__init__() should return None, not '\(result.typeName)'")
        }
        return instance
    }

    /// A new, uninitialized instance of `cls` (`object.__new__(cls)`): an exception for exception classes,
    /// an instance wrapping a new built-in value for subclasses of built-in types.
    func allocate(_ cls: TypeObject, _ arguments: Arguments) throws -> Value {
        let solid = cls.solidBase
        if solid.isExceptionType {
            let exception = ExceptionObject(type: cls, args: arguments.positional)
            ExceptionFields.initialize(exception)
            return .exception(exception)
        }
        let inst = Instance(cls: cls)
        if solid !== BuiltinTypes.object {
            // Mutable containers start empty and `__init__` fills them; immutable values are made here.
            let made = BuiltinMethods.isMutable(solid) ? Arguments() : arguments
            inst.builtinValue = try BuiltinMethods.newBuiltinValue(solid, made, self)
        }
        return .instance(inst)
    }

    /// The callable inside a `staticmethod` (`__new__` is one implicitly).
    static func staticFunction(_ value: Value) -> Value {
        if case .object(let o) = value, let s = o as? StaticMethodObject { return s.function }
        return value
    }

    // MARK: - Classes

    /// Creates a class from the namespace its body filled (the `class` statement, `type(name, bases, dict)`).
    /// - Parameters:
    ///   - name: the class name.
    ///   - arguments: the bases, and keywords (`metaclass=`, or arguments for `__init_subclass__`).
    ///   - namespace: the class namespace; `__qualname__` and `__classcell__` are taken out of it.
    /// - Throws: `TypeError` for bases that are not classes, cannot be subclassed or have no consistent MRO.
    public func makeClass(name: String, arguments: Arguments, namespace: DictObject) throws -> TypeObject {
        var bases: [TypeObject] = []
        for b in arguments.positional {
            guard case .type(let t) = b else {
                throw RuntimeError.typeError("bases must be types, not '\(b.typeName)'")
            }
            bases.append(t)
        }
        var subclassKeywords: [(name: String, value: Value)] = []
        var abstractAware = false
        for (key, value) in arguments.keywords {
            if key == "metaclass" {
                guard case .type(let meta) = value, meta === BuiltinTypes.type || meta === AbcModule.metaclass else {
                    throw RuntimeError.typeError("metaclasses other than 'type' and 'abc.ABCMeta' are not supported "
                        + "by swiftpx")
                }
                abstractAware = meta === AbcModule.metaclass
            } else {
                subclassKeywords.append((key, value))
            }
        }
        if bases.isEmpty { bases = [BuiltinTypes.object] }
        let solid = try TypeObject.solidBase(of: bases)
        let ancestors = try TypeObject.linearize(bases)
        var attributes: OrderedDictionary<String, Value> = [:]
        var qualifiedName = name
        var classCell: Cell?
        for (key, value) in namespace.storage {
            guard case .str(let text) = key.value else { continue }
            switch text {
            case "__qualname__":
                if case .str(let q) = value { qualifiedName = q }
            case "__classcell__":
                if case .cell(let c) = value { classCell = c }
            default:
                attributes[text] = value
            }
        }
        if attributes["__module__"] == nil { attributes["__module__"] = globals["__name__"] ?? .str("__main__") }
        if attributes["__doc__"] == nil { attributes["__doc__"] = Value.none }
        if attributes["__eq__"] != nil, attributes["__hash__"] == nil { attributes["__hash__"] = Value.none }
        for implicit in ["__init_subclass__", "__class_getitem__"] {
            if case .function? = attributes[implicit] {
                attributes[implicit] = .object(ClassMethodObject(attributes[implicit] ?? .none))
            }
        }
        if case .function? = attributes["__new__"] {
            attributes["__new__"] = .object(StaticMethodObject(attributes["__new__"] ?? .none))
        }
        var module = "__main__"
        if case .str(let m)? = attributes["__module__"] { module = m }
        let cls = TypeObject(userClass: name, qualifiedName: qualifiedName, bases: bases, ancestors: ancestors,
                             solidBase: solid, attributes: attributes, module: module, globals: globals)
        cls.identity = ClassIdentities.next()
        if abstractAware || bases.contains(where: \.isAbstractBase) {
            cls.isAbstractBase = true
            cls.abstractMethods = AbcModule.abstractMethods(of: cls)
        }
        classCell?.value = .type(cls)
        remember(cls)
        for (key, value) in attributes {
            if case .instance(let d) = value, let setName = d.cls.override("__set_name__") {
                _ = try invoke(setName, value, d.cls, [.type(cls), .str(key)])
            }
        }
        try initSubclass(cls, keywords: subclassKeywords)
        return cls
    }

    /// Runs the `__init_subclass__` a base class defines, for a new class.
    func initSubclass(_ cls: TypeObject, keywords: [(name: String, value: Value)]) throws {
        for t in cls.ancestors where t.isUserDefined {
            guard let hook = t.attributes["__init_subclass__"] else { continue }
            let function: Value
            if case .object(let o) = hook, let c = o as? ClassMethodObject { function = c.function } else { function = hook }
            _ = try call(function, Arguments([.type(cls)], keywords: keywords))
            return
        }
        if let first = keywords.first {
            throw RuntimeError.typeError("\(cls.name).__init_subclass__() takes no keyword arguments "
                + "(got '\(first.name)')")
        }
    }

    /// The class received from another process under `identity`: the one already known here (made here, or
    /// received before), or a new class with those bases and no attributes yet (`receiveClassAttributes`).
    /// - Throws: `TypeError` when the bases have no consistent MRO or cannot be combined.
    public func receiveClass(identity: ClassIdentity, name: String, qualifiedName: String, module: String,
                             bases: [TypeObject]) throws -> TypeObject {
        if let known = knownClass(identity) { return known }
        let bases = bases.isEmpty ? [BuiltinTypes.object] : bases
        let cls = TypeObject(userClass: name, qualifiedName: qualifiedName, bases: bases,
                             ancestors: try TypeObject.linearize(bases), solidBase: try TypeObject.solidBase(of: bases),
                             attributes: [:], module: module, globals: globals)
        cls.identity = identity
        cls.receivedEncoding = []
        remember(cls)
        return cls
    }

    /// Gives a received class the attributes that came with it. A class made here keeps its own attributes,
    /// and a class received again with the same encoding is left as it is.
    public func receiveClassAttributes(_ cls: TypeObject, _ attributes: [(String, Value)], encoding: [UInt8]) {
        guard let previous = cls.receivedEncoding, previous != encoding || previous.isEmpty else { return }
        cls.receivedEncoding = encoding
        cls.attributes = OrderedDictionary(attributes, uniquingKeysWith: { _, last in last })
        ClassEpoch.advance()
    }

    /// Binds a class that arrived with a function to the global name the function uses for it, unless that
    /// name holds something else here (a value of this namespace always wins).
    public func bindReceivedClass(_ cls: TypeObject, as name: String) {
        switch globals[name] {
        case nil: globals[name] = .type(cls)
        case .type(let t)? where t !== cls && t.identity != nil && t.identity == cls.identity: globals[name] = .type(cls)
        default: break
        }
    }

    /// Records a class under its identity, so a copy coming back from an engine resolves to it.
    ///
    /// The table holds classes strongly (a weak reference would move every class's reference count to a side
    /// table, slowing down every use of its instances); past `Interpreter.knownClassLimit` classes, those no
    /// longer bound to a global name are dropped.
    func remember(_ cls: TypeObject) {
        recordSubclassOfBuiltinTypes(cls)
        guard let identity = cls.identity else { return }
        if knownClasses.count >= Interpreter.knownClassLimit {
            var bound: Set<ObjectIdentifier> = []
            for name in globals.names { if case .type(let t)? = globals[name] { bound.insert(ObjectIdentifier(t)) } }
            knownClasses = knownClasses.filter { bound.contains(ObjectIdentifier($0.value)) }
        }
        knownClasses[identity] = cls
    }

    /// How many classes `remember` keeps before dropping unbound ones.
    static let knownClassLimit = 4096

    /// The class this interpreter knows under `identity`.
    public func knownClass(_ identity: ClassIdentity) -> TypeObject? {
        knownClasses[identity]
    }
}

/// Identities of the classes created in this process.
enum ClassIdentities {
    /// This process's random origin.
    static let origin = UInt64.random(in: 1...UInt64.max)
    private static let serial = Atomic<UInt64>(0)

    /// A new identity.
    static func next() -> ClassIdentity {
        ClassIdentity(origin: origin, serial: serial.add(1, ordering: .relaxed).newValue)
    }
}

extension Value {
    /// Whether the value is a data descriptor: a property, or an instance whose class defines `__set__` or
    /// `__delete__`.
    var isDataDescriptor: Bool {
        switch self {
        case .object(let o): return o is PropertyObject
        case .instance(let d): return d.cls.override("__set__") != nil || d.cls.override("__delete__") != nil
        default: return false
        }
    }
}
