import PXLang

// MARK: - Operators and protocols of instances: the special methods (`__add__`, `__eq__`, `__len__`, …)

extension Value {
    /// The class of a value whose class was defined in the language (an instance, or an exception of a user
    /// exception class); nil for other values.
    @inline(__always)
    var userClass: TypeObject? {
        switch self {
        case .instance(let i): return i.cls
        case .exception(let e) where e.type.isUserDefined: return e.type
        default: return nil
        }
    }

    /// The built-in value an instance of a subclass of a built-in type extends; nil for other values.
    var builtinBase: Value? {
        if case .instance(let i) = self { return i.builtinValue }
        return nil
    }

    /// The value itself, or the built-in value it extends.
    var unwrappingBuiltin: Value { builtinBase ?? self }
}

extension TypeObject {
    /// The interpreter that runs the methods of a class defined in the language, while it lives.
    var interpreter: Interpreter? { globals?.interpreter }
}

extension BinaryOperator {
    /// The special method names of the operator: plain, reflected and in-place.
    var specialNames: (plain: String, reflected: String, inPlace: String) {
        switch self {
        case .add: return ("__add__", "__radd__", "__iadd__")
        case .subtract: return ("__sub__", "__rsub__", "__isub__")
        case .multiply: return ("__mul__", "__rmul__", "__imul__")
        case .divide: return ("__truediv__", "__rtruediv__", "__itruediv__")
        case .floorDivide: return ("__floordiv__", "__rfloordiv__", "__ifloordiv__")
        case .modulo: return ("__mod__", "__rmod__", "__imod__")
        case .power: return ("__pow__", "__rpow__", "__ipow__")
        case .matrixMultiply: return ("__matmul__", "__rmatmul__", "__imatmul__")
        case .leftShift: return ("__lshift__", "__rlshift__", "__ilshift__")
        case .rightShift: return ("__rshift__", "__rrshift__", "__irshift__")
        case .bitAnd: return ("__and__", "__rand__", "__iand__")
        case .bitOr: return ("__or__", "__ror__", "__ior__")
        case .bitXor: return ("__xor__", "__rxor__", "__ixor__")
        }
    }
}

extension ComparisonOperator {
    /// The special method of a rich comparison and the one the other operand answers with.
    var specialNames: (plain: String, reflected: String)? {
        switch self {
        case .equal: return ("__eq__", "__eq__")
        case .notEqual: return ("__ne__", "__ne__")
        case .less: return ("__lt__", "__gt__")
        case .lessEqual: return ("__le__", "__ge__")
        case .greater: return ("__gt__", "__lt__")
        case .greaterEqual: return ("__ge__", "__le__")
        default: return nil
        }
    }
}

extension Operations {
    /// Calls a special method found on `cls` for `receiver`.
    static func callSpecial(_ method: Value, _ receiver: Value, _ cls: TypeObject, _ arguments: [Value],
                            _ vm: Interpreter?) throws -> Value {
        guard let vm = vm ?? cls.interpreter else {
            throw RuntimeError(BuiltinTypes.runtimeError, "the interpreter of class '\(cls.name)' has ended")
        }
        return try vm.invoke(method, receiver, cls, arguments)
    }

    /// `callSpecial` with one argument, without building an argument array for a plain two-parameter method.
    @inline(__always)
    static func callSpecial(_ method: Value, _ receiver: Value, _ cls: TypeObject, _ argument: Value,
                            _ vm: Interpreter?) throws -> Value {
        if case .function(let f) = method, f.directArity == 2, let vm = vm ?? cls.interpreter {
            return try vm.call(f, receiver, argument)
        }
        return try callSpecial(method, receiver, cls, [argument], vm)
    }

    // MARK: - Arithmetic

    /// `a op b` when an operand's class was defined in the language: `__op__`, then `__rop__` of the other
    /// operand (first, when its class is a subclass of the first operand's). Nil when neither operand has
    /// such a class or both decline.
    static func instanceBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value? {
        let ca = a.userClass, cb = b.userClass
        if ca == nil && cb == nil { return nil }
        let names = op.specialNames
        var reflected = cb.flatMap { cb in cb === ca ? nil : cb.override(names.reflected) }
        if let cb, let ca, let method = reflected, cb.isSubtype(of: ca) {
            let r = try callSpecial(method, b, cb, a, vm)
            if !r.isNotImplemented { return r }
            reflected = nil
        }
        if let ca, let method = ca.override(names.plain) {
            let r = try callSpecial(method, a, ca, b, vm)
            if !r.isNotImplemented { return r }
        }
        return try binaryAfterLeft(op, a, b, reflected: reflected, vm)
    }

    /// The rest of `a op b` once the left operand's `__op__` declined (or has none): `__rop__` of the right
    /// operand, then the built-in values of subclasses of built-in types. Nil when nothing applies.
    static func binaryAfterLeft(_ op: BinaryOperator, _ a: Value, _ b: Value, reflected: Value?, _ vm: Interpreter?)
        throws -> Value? {
        if let cb = b.userClass, let method = reflected {
            let r = try callSpecial(method, b, cb, a, vm)
            if !r.isNotImplemented { return r }
        }
        if a.builtinBase != nil || b.builtinBase != nil {
            return try binary(op, a.unwrappingBuiltin, b.unwrappingBuiltin, vm)
        }
        return nil
    }

    /// `a op= b` through `__iop__`; nil when the class does not define it (or it returned `NotImplemented`).
    static func instanceInPlace(_ op: BinaryOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value? {
        guard let cls = a.userClass, let method = cls.override(op.specialNames.inPlace) else { return nil }
        let r = try callSpecial(method, a, cls, b, vm)
        return r.isNotImplemented ? nil : r
    }

    /// `-x`, `+x`, `~x`, `abs(x)` through `__neg__`, `__pos__`, `__invert__`, `__abs__`; nil when not defined.
    static func instanceUnary(_ name: String, _ v: Value, _ vm: Interpreter?) throws -> Value? {
        guard let cls = v.userClass else { return nil }
        if let method = cls.override(name) { return try callSpecial(method, v, cls, [], vm) }
        return nil
    }

    // MARK: - Comparisons

    /// A rich comparison where an operand's class was defined in the language (or extends a built-in type):
    /// Python's order of `__op__` and the reflected method, `__ne__` inverting `__eq__`, identity for `==` and
    /// `!=` when both decline, and `TypeError` for orderings.
    static func instanceCompare(_ op: ComparisonOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value {
        guard let names = op.specialNames else { return .bool(try compare(op, a, b, vm)) }
        let ca = a.userClass, cb = b.userClass
        var reflectedFirst = false
        if let cb, cb !== ca { reflectedFirst = ca.map { cb.isSubtype(of: $0) } ?? true }
        if reflectedFirst, let cb, let r = try specialComparison(op, names.reflected, b, cb, a, vm) { return r }
        if let ca, let r = try specialComparison(op, names.plain, a, ca, b, vm) { return r }
        if !reflectedFirst, let cb, let r = try specialComparison(op, names.reflected, b, cb, a, vm) { return r }
        if a.builtinBase != nil || b.builtinBase != nil {
            return try compareValue(op, a.unwrappingBuiltin, b.unwrappingBuiltin, vm)
        }
        switch op {
        case .equal: return .bool(identical(a, b))
        case .notEqual: return .bool(!identical(a, b))
        default:
            throw RuntimeError.typeError("'\(op.rawValue)' not supported between instances of "
                + "'\(a.messageTypeName)' and '\(b.messageTypeName)'")
        }
    }

    /// One side of a rich comparison: the method `name` of `cls`, or for `!=` the inverted `__eq__` when the
    /// class defines `__eq__` but not `__ne__`. Nil when absent or `NotImplemented`.
    static func specialComparison(_ op: ComparisonOperator, _ name: String, _ receiver: Value, _ cls: TypeObject,
                                  _ other: Value, _ vm: Interpreter?) throws -> Value? {
        if let method = cls.override(name) {
            let r = try callSpecial(method, receiver, cls, other, vm)
            return r.isNotImplemented ? nil : r
        }
        if op == .notEqual, let eq = cls.override("__eq__") {
            let r = try callSpecial(eq, receiver, cls, other, vm)
            return r.isNotImplemented ? nil : .bool(!(try r.isTruthyOrThrow()))
        }
        return nil
    }

    /// Whether either operand needs `instanceCompare`.
    @inline(__always)
    static func involvesInstances(_ a: Value, _ b: Value) -> Bool {
        switch a {
        case .instance: return true
        case .exception(let e) where e.type.isUserDefined: return true
        default: break
        }
        switch b {
        case .instance: return true
        case .exception(let e) where e.type.isUserDefined: return true
        default: return false
        }
    }

    // MARK: - Protocols

    /// `bool(obj)`: `__bool__`, else `__len__`, else the extended built-in value, else true.
    static func truth(_ inst: Instance, _ vm: Interpreter? = nil) throws -> Bool {
        let cls = inst.cls
        let value = Value.instance(inst)
        if let method = cls.override("__bool__") {
            let r = try callSpecial(method, value, cls, [], vm)
            guard case .bool(let b) = r else {
                throw RuntimeError.typeError("__bool__ should return bool, returned \(r.typeName)")
            }
            return b
        }
        if let method = cls.override("__len__") {
            return try lengthResult(try callSpecial(method, value, cls, [], vm)) != 0
        }
        if let base = inst.builtinValue { return base.isTruthy }
        return true
    }

    /// The value `__len__` returned, checked as Python checks it.
    static func lengthResult(_ r: Value) throws -> Int {
        switch r {
        case .int(let n):
            if n < 0 { throw RuntimeError.valueError("__len__() should return >= 0") }
            return n
        case .bool(let b): return b ? 1 : 0
        default: throw RuntimeError.typeError("'\(r.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// `len(obj)` for an instance.
    static func instanceLength(_ value: Value, _ cls: TypeObject, _ vm: Interpreter) throws -> Int {
        if let method = cls.override("__len__") { return try lengthResult(try vm.invoke(method, value, cls, [])) }
        if let base = value.builtinBase { return try length(base, vm) }
        throw RuntimeError.typeError("object of type '\(cls.messageName)' has no len()")
    }

    /// `hash(obj)` for an instance: `__hash__`, unhashable when the class set it to `None` (as defining `__eq__`
    /// alone does), else identity.
    static func hashInstance(_ inst: Instance) throws -> Int {
        let cls = inst.cls
        let found = cls.find("__hash__")
        if case .none = found.value { throw RuntimeError.typeError("unhashable type: '\(cls.name)'") }
        if !found.isBuiltin {
            let r = try callSpecial(found.value, .instance(inst), cls, [], nil)
            switch r {
            // As CPython's `slot_tp_hash`: an integer that fits is the hash itself (-1 becomes -2); a larger one
            // is hashed as an integer.
            case .int(let i): return i == -1 ? -2 : i
            case .bigint(let b): return PythonHash.hashBigInt(b)
            case .bool(let b): return b ? 1 : 0
            default: throw RuntimeError.typeError("__hash__ method should return an integer")
            }
        }
        if let base = inst.builtinValue {
            switch base {
            case .list, .dict, .set: throw RuntimeError.typeError("unhashable type: '\(cls.name)'")
            default: return try PythonHash.hash(base)
            }
        }
        return PythonHash.identity(inst)
    }

    /// `x in obj` for an instance: `__contains__`, else iteration.
    static func instanceContains(_ container: Value, _ cls: TypeObject, _ item: Value, _ vm: Interpreter) throws -> Bool {
        if let method = cls.override("__contains__") {
            return try vm.invoke(method, container, cls, [item]).isTruthyOrThrow()
        }
        if let base = container.builtinBase, cls.override("__iter__") == nil, base.answersContains {
            return try contains(base, item, vm)
        }
        return try containsByIterating(container, item, vm)
    }

    /// `obj[key]` for an instance.
    static func instanceItem(_ container: Value, _ cls: TypeObject, _ key: Value, _ vm: Interpreter) throws -> Value {
        if let method = cls.override("__getitem__") { return try vm.invoke(method, container, cls, [key]) }
        if let base = container.builtinBase {
            if case .dict(let d) = base, let missing = cls.override("__missing__"), try d.get(key) == nil {
                return try vm.invoke(missing, container, cls, [key])
            }
            return try item(base, key, vm)
        }
        throw RuntimeError.typeError("'\(cls.messageName)' object is not subscriptable")
    }

    /// `obj[key] = value` for an instance.
    static func setInstanceItem(_ container: Value, _ cls: TypeObject, _ key: Value, _ value: Value,
                                _ vm: Interpreter) throws {
        if let method = cls.override("__setitem__") {
            _ = try vm.invoke(method, container, cls, [key, value])
            return
        }
        if let base = container.builtinBase { return try setItem(base, key, value, vm) }
        throw RuntimeError.typeError("'\(cls.messageName)' object does not support item assignment")
    }

    /// `del obj[key]` for an instance.
    static func deleteInstanceItem(_ container: Value, _ cls: TypeObject, _ key: Value, _ vm: Interpreter) throws {
        if let method = cls.override("__delitem__") {
            _ = try vm.invoke(method, container, cls, [key])
            return
        }
        if let base = container.builtinBase, base.supportsItemDeletion { return try deleteItem(base, key, vm) }
        throw itemDeletionUnsupported(container, key)
    }

    // MARK: - Iteration

    /// `iter(obj)` for an instance, as a value: what `__iter__` returned (checked to be an iterator), or an
    /// iterator over `__getitem__` or the extended built-in value.
    static func instanceIter(_ value: Value, _ cls: TypeObject, _ vm: Interpreter) throws -> Value {
        if let method = cls.override("__iter__") {
            let it = try vm.invoke(method, value, cls, [])
            switch it {
            case .iterator: return it
            case .instance(let r) where r.cls.override("__next__") != nil: return it
            case .object: return it
            default: throw RuntimeError.typeError("iter() returned non-iterator of type '\(it.typeName)'")
            }
        }
        if let getitem = cls.override("__getitem__") {
            var index = 0
            return .iterator(IteratorObject(type: IteratorObject.genericType) {
                do {
                    let element = try vm.invoke(getitem, value, cls, [.int(index)])
                    index += 1
                    return element
                } catch let error as RuntimeError where error.kind.isSubtype(of: BuiltinTypes.indexError)
                            || error.kind.isSubtype(of: BuiltinTypes.stopIteration) {
                    return nil
                }
            })
        }
        if let base = value.builtinBase { return .iterator(try makeIterator(base, vm)) }
        throw RuntimeError.typeError("'\(cls.messageName)' object is not iterable")
    }

    /// `next(obj)` for an instance: `__next__`, nil when it raised `StopIteration`.
    static func instanceNext(_ value: Value, _ cls: TypeObject, _ vm: Interpreter) throws -> Value? {
        guard let method = cls.override("__next__") else {
            throw RuntimeError.typeError("'\(cls.name)' object is not an iterator")
        }
        do {
            return try vm.invoke(method, value, cls, [])
        } catch let error as RuntimeError where error.kind.isSubtype(of: BuiltinTypes.stopIteration) {
            return nil
        }
    }

    /// An iterator over an instance (`for x in obj`).
    static func instanceIterator(_ value: Value, _ cls: TypeObject, _ vm: Interpreter) throws -> IteratorObject {
        try iteratorObject(try instanceIter(value, cls, vm), vm)
    }

    /// Wraps what `instanceIter` returned as an `IteratorObject`.
    static func iteratorObject(_ it: Value, _ vm: Interpreter) throws -> IteratorObject {
        switch it {
        case .iterator(let o): return o
        case .instance(let r): return IteratorObject(type: r.cls) { try instanceNext(it, r.cls, vm) }
        default: return try makeIterator(it, vm)
        }
    }

    /// `int(obj)`, `float(obj)`, `operator.index(obj)`: the first of the special methods the class defines,
    /// checked to return the type asked for (`__index__` and `__int__` an int, `__float__` a float). Nil when
    /// the class defines none of them.
    static func instanceConversion(_ value: Value, _ names: [String], to kind: String) throws -> Value? {
        guard let cls = value.userClass else { return nil }
        for name in names {
            guard let method = cls.override(name) else { continue }
            let r = try callSpecial(method, value, cls, [], nil)
            if name == "__float__" {
                guard case .float = r else { throw RuntimeError.typeError("__float__ returned non-float (type \(r.typeName))") }
                return r
            }
            switch r {
            case .int: return r
            case .bool(let b): return .int(b ? 1 : 0)
            default: throw RuntimeError.typeError("\(name) returned non-int (type \(r.typeName))")
            }
        }
        return nil
    }

    // MARK: - Text

    /// `repr(obj)` for a value whose class was defined in the language, or nil for the built-in form.
    static func instanceRepr(_ value: Value, _ cls: TypeObject, _ vm: Interpreter?) throws -> String? {
        guard let method = cls.override("__repr__") else {
            if let base = value.builtinBase { return try ValueFormatter.checkedRepr(base, vm) }
            if case .instance = value { return defaultRepr(value, cls) }
            return nil
        }
        let r = try callSpecial(method, value, cls, [], vm)
        guard case .str(let text) = r else {
            throw RuntimeError.typeError("__repr__ returned non-string (type \(r.typeName))")
        }
        return text
    }

    /// `str(obj)` for a value whose class was defined in the language, or nil for the built-in form.
    static func instanceStr(_ value: Value, _ cls: TypeObject, _ vm: Interpreter?) throws -> String? {
        let found = cls.find("__str__")
        guard !found.isBuiltin else {
            if case .builtin(let b) = found.value, b.owner === BuiltinTypes.object, cls.override("__repr__") != nil {
                return try instanceRepr(value, cls, vm)
            }
            if let base = value.builtinBase { return try ValueFormatter.checkedStr(base, vm) }
            if case .instance = value { return defaultRepr(value, cls) }
            return nil
        }
        let r = try callSpecial(found.value, value, cls, [], vm)
        guard case .str(let text) = r else {
            throw RuntimeError.typeError("__str__ returned non-string (type \(r.typeName))")
        }
        return text
    }

    /// `object.__repr__`: `<__main__.Point object at 0x…>`.
    static func defaultRepr(_ value: Value, _ cls: TypeObject) -> String {
        let address: String
        switch value {
        case .instance(let i): address = ValueFormatter.address(i)
        case .exception(let e): address = ValueFormatter.address(e)
        default: address = "0x0"
        }
        let module = cls.module.map { $0 == "builtins" ? "" : $0 + "." } ?? ""
        return "<\(module)\(cls.qualifiedName) object at \(address)>"
    }

    /// `format(obj, spec)` for an instance: `__format__`, else `str(obj)` for an empty spec.
    static func instanceFormat(_ value: Value, _ cls: TypeObject, _ spec: String, _ vm: Interpreter) throws -> String {
        if let method = cls.override("__format__") {
            let r = try vm.invoke(method, value, cls, [.str(spec)])
            guard case .str(let text) = r else {
                throw RuntimeError.typeError("__format__ must return a str, not \(r.typeName)")
            }
            return text
        }
        if let base = value.builtinBase { return try FormatSpec.format(base, spec, vm) }
        if spec.isEmpty { return try ValueFormatter.checkedStr(value, vm) }
        throw RuntimeError.typeError("unsupported format string passed to \(cls.name).__format__")
    }
}
