import PXLang

// MARK: - Attributes of instances and classes defined in the language

extension Operations {
    /// `obj.name` for an instance, without inline caching: Python's lookup order (data descriptors of the
    /// class, then the instance's own attributes, then other class attributes, then `__getattr__`).
    static func instanceAttribute(_ inst: Instance, _ name: String, _ vm: Interpreter) throws -> Value {
        let cls = inst.cls
        if let getattribute = cls.override("__getattribute__") {
            return try withGetattrFallback(.instance(inst), cls, name, vm) {
                try vm.invoke(getattribute, .instance(inst), cls, [.str(name)])
            }
        }
        return try genericInstanceAttribute(inst, name, vm)
    }

    /// `object.__getattribute__(obj, name)`, followed by `__getattr__` when that fails (unless `fallback` is
    /// false): also when a property's getter raises `AttributeError`, as CPython's `slot_tp_getattr_hook`.
    static func genericInstanceAttribute(_ inst: Instance, _ name: String, _ vm: Interpreter, fallback: Bool = true)
        throws -> Value {
        let cls = inst.cls
        let found = cls.find(name)
        if let value = found.found {
            do {
                if let data = try dataDescriptorGet(value, .instance(inst), cls, vm) { return data }
            } catch let error as RuntimeError where fallback && error.kind.isSubtype(of: BuiltinTypes.attributeError) {
                guard let getattr = cls.override("__getattr__") else { throw error }
                return try vm.invoke(getattr, .instance(inst), cls, [.str(name)])
            }
        }
        if let own = inst.ownAttribute(name) { return own }
        if let value = found.found { return try bind(value, to: .instance(inst), cls, vm) }
        switch name {
        case "__class__": return .type(cls)
        case "__dict__": return .dict(inst.attributeDictionary)
        default: break
        }
        if fallback, let getattr = cls.override("__getattr__") {
            return try vm.invoke(getattr, .instance(inst), cls, [.str(name)])
        }
        throw RuntimeError.attributeError("'\(cls.messageName)' object has no attribute '\(name)'")
    }

    /// Runs a `__getattribute__` override; an `AttributeError` from it falls back to `__getattr__`.
    static func withGetattrFallback(_ receiver: Value, _ cls: TypeObject, _ name: String, _ vm: Interpreter,
                                    _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as RuntimeError where error.kind.isSubtype(of: BuiltinTypes.attributeError) {
            guard let getattr = cls.override("__getattr__") else { throw error }
            return try vm.invoke(getattr, receiver, cls, [.str(name)])
        }
    }

    /// The value of a class attribute that is a data descriptor (a property, or an object whose class
    /// defines `__set__` or `__delete__`), read through `receiver`; nil for other attributes.
    @inline(__always)
    static func dataDescriptorGet(_ value: Value, _ receiver: Value, _ cls: TypeObject, _ vm: Interpreter)
        throws -> Value? {
        switch value {
        case .object(let o):
            guard let property = o as? PropertyObject else { return nil }
            return try property.get(receiver, vm)
        case .instance(let d):
            guard d.cls.override("__set__") != nil || d.cls.override("__delete__") != nil,
                  let get = d.cls.override("__get__") else { return nil }
            return try vm.invoke(get, value, d.cls, [receiver, .type(cls)])
        default:
            return nil
        }
    }

    /// A class attribute found for `receiver` (an instance of `cls`), bound as Python binds it: functions
    /// and method descriptors become bound methods, static methods their function, class methods are bound
    /// to the class, objects with `__get__` are asked.
    static func bind(_ value: Value, to receiver: Value, _ cls: TypeObject, _ vm: Interpreter) throws -> Value {
        switch value {
        case .function(let f):
            return .boundMethod(BoundMethod(receiver: receiver, function: value, name: f.name))
        case .builtin(let b) where b.owner != nil:
            return .boundMethod(BoundMethod(receiver: receiver, function: value, name: b.name))
        case .object(let o):
            if let s = o as? StaticMethodObject { return s.function }
            if let c = o as? ClassMethodObject {
                return .boundMethod(BoundMethod(receiver: .type(cls), function: c.function, name: functionName(c.function)))
            }
            if let p = o as? PropertyObject { return try p.get(receiver, vm) }
            if let c = o as? CachedPropertyObject { return try c.get(receiver, vm) }
            if o is LRUCacheObject { return .boundMethod(BoundMethod(receiver: receiver, function: value, name: "")) }
            return value
        case .instance(let d):
            if let get = d.cls.override("__get__") { return try vm.invoke(get, value, d.cls, [receiver, .type(cls)]) }
            return value
        default:
            return value
        }
    }

    /// A class attribute read from the class itself (`Cls.name`): functions stay plain functions, class
    /// methods are bound to the class, static methods give their function, objects with `__get__` are asked.
    static func classAttributeValue(_ value: Value, _ cls: TypeObject, _ vm: Interpreter) throws -> Value {
        switch value {
        case .object(let o):
            if let s = o as? StaticMethodObject { return s.function }
            if let c = o as? ClassMethodObject {
                return .boundMethod(BoundMethod(receiver: .type(cls), function: c.function, name: functionName(c.function)))
            }
            return value
        case .instance(let d):
            if let get = d.cls.override("__get__") { return try vm.invoke(get, value, d.cls, [.none, .type(cls)]) }
            return value
        default:
            return value
        }
    }

    /// The `__name__` of a callable, for bound-method names.
    static func functionName(_ value: Value) -> String {
        switch value {
        case .function(let f): return f.name
        case .builtin(let b): return b.name
        default: return "?"
        }
    }

    /// `Cls.name` for a type (built-in or defined in the language).
    static func typeAttribute(_ t: TypeObject, _ name: String, _ vm: Interpreter) throws -> Value {
        switch name {
        case "__name__": return .str(t.name)
        case "__qualname__": return .str(t.qualifiedName)
        case "__module__":
            if let v = t.attributes["__module__"] { return v }
            return .str(t.module ?? "builtins")
        case "__doc__":
            if t.isUserDefined { return t.attributes["__doc__"] ?? .none }
            return t.doc.isEmpty ? .none : .str(t.doc)
        case "__bases__":
            return .tuple(t === BuiltinTypes.object ? [] : (t.bases.isEmpty ? [.type(BuiltinTypes.object)] : t.bases.map { .type($0) }))
        case "__base__":
            if t === BuiltinTypes.object { return .none }
            return .type(t.base ?? BuiltinTypes.object)
        case "__mro__": return .tuple(t.fullMRO.map { .type($0) })
        case "__class__": return .type(BuiltinTypes.type)
        case "__dict__":
            let d = DictObject()
            for (k, v) in t.attributes { d.set(k, v) }
            return .dict(d)
        case "mro":
            return .builtin(BuiltinFunction(name: "mro") { _, _ in .list(ListObject(t.fullMRO.map { .type($0) })) })
        case "__subclasses__":
            return .builtin(BuiltinFunction(name: "__subclasses__") { _, vm in .list(ListObject(vm.subclasses(of: t).map { .type($0) })) })
        default: break
        }
        if !t.isUserDefined {
            // Attributes a built-in module's type carries (`itertools.chain.from_iterable`).
            if let v = t.attributes[name] { return v }
            if let method = BuiltinMethods.classMethod(t, name) { return .builtin(method) }
        }
        if let found = t.find(name).found {
            if t.isUserDefined || found.isUnboundDescriptor { return try classAttributeValue(found, t, vm) }
            return found
        }
        throw RuntimeError.attributeError("type object '\(t.messageName)' has no attribute '\(name)'")
    }

    /// `obj.name = value` for an instance: `__setattr__` if the class defines it, else `object.__setattr__`.
    static func setInstanceAttribute(_ inst: Instance, _ name: String, _ value: Value, _ vm: Interpreter) throws {
        if let setattr = inst.cls.override("__setattr__") {
            _ = try vm.invoke(setattr, .instance(inst), inst.cls, [.str(name), value])
            return
        }
        try genericSetAttribute(inst, name, value, vm)
    }

    /// `object.__setattr__(obj, name, value)`: a data descriptor of the class, or the instance's own attribute.
    static func genericSetAttribute(_ inst: Instance, _ name: String, _ value: Value, _ vm: Interpreter) throws {
        let receiver = Value.instance(inst)
        if let found = inst.cls.find(name).found, try dataDescriptorSet(found, receiver, name, value, vm) { return }
        switch name {
        case "__class__":
            throw RuntimeError.typeError("__class__ assignment is not supported by swiftpx")
        case "__dict__":
            guard case .dict(let d) = value else {
                throw RuntimeError.typeError("__dict__ must be set to a dictionary, not a '\(value.typeName)'")
            }
            inst.dict = d
            inst.clearSlots()
        default:
            inst.setOwnAttribute(name, value)
        }
    }

    /// Sets through a data descriptor; false when `value` is not one.
    static func dataDescriptorSet(_ descriptor: Value, _ receiver: Value, _ name: String, _ value: Value,
                                  _ vm: Interpreter) throws -> Bool {
        switch descriptor {
        case .object(let o):
            guard let property = o as? PropertyObject else { return false }
            try property.set(receiver, name, value, vm)
            return true
        case .instance(let d):
            guard let set = d.cls.override("__set__") else { return false }
            _ = try vm.invoke(set, descriptor, d.cls, [receiver, value])
            return true
        default:
            return false
        }
    }

    /// `del obj.name` for an instance.
    static func deleteInstanceAttribute(_ inst: Instance, _ name: String, _ vm: Interpreter) throws {
        let receiver = Value.instance(inst)
        if let delattr = inst.cls.override("__delattr__") {
            _ = try vm.invoke(delattr, receiver, inst.cls, [.str(name)])
            return
        }
        try genericDeleteAttribute(inst, name, vm)
    }

    /// `object.__delattr__(obj, name)`.
    static func genericDeleteAttribute(_ inst: Instance, _ name: String, _ vm: Interpreter) throws {
        let receiver = Value.instance(inst)
        if let found = inst.cls.find(name).found {
            switch found {
            case .object(let o):
                if let property = o as? PropertyObject {
                    try property.delete(receiver, name, vm)
                    return
                }
            case .instance(let d):
                if let delete = d.cls.override("__delete__") {
                    _ = try vm.invoke(delete, found, d.cls, [receiver])
                    return
                }
            default: break
            }
        }
        if !inst.removeOwnAttribute(name) {
            throw RuntimeError.attributeError("'\(inst.cls.messageName)' object has no attribute '\(name)'")
        }
    }

    /// `Cls.name = value`.
    static func setTypeAttribute(_ t: TypeObject, _ name: String, _ value: Value) throws {
        guard t.isUserDefined || t.acceptsAttributeAssignment else {
            throw RuntimeError.typeError("cannot set '\(name)' attribute of immutable type '\(t.name)'")
        }
        switch name {
        case "__name__", "__bases__", "__mro__", "__dict__":
            throw RuntimeError.attributeError("setting '\(name)' of a class is not supported by swiftpx")
        case "__qualname__":
            guard case .str(let text) = value else {
                throw RuntimeError.typeError("can only assign string to \(t.name).__qualname__, not '\(value.typeName)'")
            }
            t.qualifiedName = text
        default:
            t.setAttribute(name, value)
        }
    }

    /// `del Cls.name`.
    static func deleteTypeAttribute(_ t: TypeObject, _ name: String) throws {
        guard t.isUserDefined else {
            throw RuntimeError.typeError("cannot delete '\(name)' attribute of immutable type '\(t.name)'")
        }
        if !t.removeAttribute(name) {
            throw RuntimeError.attributeError("type object '\(t.messageName)' has no attribute '\(name)'")
        }
    }

    /// Attributes of functions: `__name__`, `__qualname__`, `__doc__`, `__module__`, `__dict__`, `__wrapped__`
    /// and whatever was set on them; nil for other names.
    static func functionAttribute(_ value: Value, _ name: String, _ vm: Interpreter) throws -> Value? {
        guard case .function(let f) = value else { return nil }
        if let v = f.attributes[name] { return v }
        switch name {
        case "__name__": return .str(f.name)
        case "__qualname__": return .str(f.qualifiedName)
        case "__doc__": return f.doc.map { .str($0) } ?? Value.none
        case "__module__": return f.globals["__name__"] ?? .str("__main__")
        case "__dict__":
            let d = DictObject()
            for (k, v) in f.attributes where !["__name__", "__qualname__", "__doc__"].contains(k) { d.set(k, v) }
            return .dict(d)
        case "__defaults__":
            let values = f.definition.parameters.indices.compactMap { f.defaultValues[$0] }
            return values.isEmpty ? Value.none : .tuple(values)
        case "__code__", "__globals__", "__closure__", "__annotations__", "__kwdefaults__":
            return nil
        case "__class__": return .type(BuiltinTypes.function)
        default: return nil
        }
    }
}

extension Value {
    /// Whether the value is a method descriptor of a built-in type, a static method or a class method (a
    /// class attribute that class access transforms).
    var isUnboundDescriptor: Bool {
        if case .object(let o) = self { return o is StaticMethodObject || o is ClassMethodObject }
        return false
    }
}
