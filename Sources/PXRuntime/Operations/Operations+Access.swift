import PXBigInt
import PXLang
import PXNumeric

// MARK: - Attributes and items

extension Operations {
    /// `value.name`.
    static func attribute(_ value: Value, _ name: String, _ vm: Interpreter) throws -> Value {
        switch value {
        case .instance(let inst):
            return try instanceAttribute(inst, name, vm)
        case .type(let t):
            return try typeAttribute(t, name, vm)
        case .module(let m):
            if let v = m.attribute(name) { return v }
            if name == "__name__" { return .str(m.name) }
            if name == "__doc__" { return .str(m.doc) }
            if name == "__dict__" {
                let d = DictObject()
                for key in m.order { if let v = m.attribute(key) { d.set(key, v) } }
                return .dict(d)
            }
            if vm.registry.hasModule(m.name + "." + name), let sub = try? vm.importModule(m.name + "." + name) {
                return sub
            }
        case .object(let o):
            if let v = try o.attribute(name, vm) { return v }
            if MethodCatalog.hasMethod(value, name) { return .boundMethod(BoundMethod(receiver: value, name: name)) }
            throw RuntimeError.noAttribute(value, name)
        case .function:
            if let v = try functionAttribute(value, name, vm) { return v }
        case .builtin(let b):
            switch name {
            case "__name__": return .str(b.name)
            case "__qualname__": return .str(b.owner.map { "\($0.name).\(b.name)" } ?? b.name)
            case "__doc__": return .str(b.doc)
            case "__module__": return b.module.map { .str($0) } ?? .str("builtins")
            case "__objclass__": if let owner = b.owner { return .type(owner) }
            default: break
            }
        case .boundMethod(let m):
            switch name {
            case "__self__": return m.receiver
            case "__func__": if let f = m.function { return f }
            case "__name__": return .str(m.name)
            case "__qualname__": return .str("\(m.receiver.typeName).\(m.name)")
            default:
                if let f = m.function, let v = try? attribute(f, name, vm) { return v }
            }
        case .exception(let e):
            if name == "args" { return .tuple(e.args) }
            if e.type.isUserDefined, let found = e.type.find(name).found,
               let data = try dataDescriptorGet(found, value, e.type, vm) {
                return data
            }
            if let v = e.attributes[name] { return v }
            if let v = try ExceptionMethods.attribute(e, name, vm) { return v }
            if e.type.isUserDefined, let found = e.type.find(name).found { return try bind(found, to: value, e.type, vm) }
        case .ndarray(let a):
            if let v = ArrayMethods.attribute(a, name) { return v }
        case .scalar(let s):
            if let v = try ScalarMethods.attribute(s, name) { return v }
        case .iterator(let it):
            if let v = IteratorMethods.attribute(it, name) { return v }
        case .range(let r):
            let b = r.bounds
            switch name {
            case "start": return .integer(b.start)
            case "stop": return .integer(b.stop)
            case "step": return .integer(b.step)
            default: break
            }
        case .slice(let s):
            switch name {
            case "start": return s.start
            case "stop": return s.stop
            case "step": return s.step
            default: break
            }
        case .int(let i) where name == "real" || name == "numerator": return .int(i)
        case .int where name == "imag": return .int(0)
        case .int where name == "denominator": return .int(1)
        case .bigint where name == "real" || name == "numerator": return value
        case .bigint where name == "imag": return .int(0)
        case .bigint where name == "denominator": return .int(1)
        case .float(let d) where name == "real": return .float(d)
        case .float where name == "imag": return .float(0)
        default:
            break
        }
        if MethodCatalog.hasMethod(value, name) { return .boundMethod(BoundMethod(receiver: value, name: name)) }
        throw RuntimeError.noAttribute(value, name)
    }

    /// `value.name = newValue`.
    static func setAttribute(_ value: Value, _ name: String, _ newValue: Value, _ vm: Interpreter) throws {
        switch value {
        case .instance(let inst): try setInstanceAttribute(inst, name, newValue, vm)
        case .type(let t): try setTypeAttribute(t, name, newValue)
        case .object(let o): try o.setAttribute(name, newValue, vm)
        case .module(let m): m.set(name, newValue)
        case .ndarray(let a): try ArrayMethods.setAttribute(a, name, newValue)
        case .exception(let e): try setExceptionAttribute(e, name, newValue, vm)
        case .function(let f):
            switch name {
            case "__name__", "__qualname__":
                guard case .str = newValue else {
                    throw RuntimeError.typeError("\(name) must be set to a string object")
                }
            case "__dict__", "__class__", "__defaults__", "__code__":
                throw RuntimeError.attributeError("setting '\(name)' of a function is not supported by swiftpx")
            default: break
            }
            f.attributes[name] = newValue
        case .builtin:
            throw RuntimeError.attributeError("'\(value.messageTypeName)' object attribute '\(name)' is read-only")
        default:
            throw RuntimeError.attributeError("'\(value.messageTypeName)' object has no attribute '\(name)'")
        }
    }

    /// `e.name = value` for an exception: `args`, a property or `__setattr__` of a user exception class, else
    /// an attribute of the exception.
    static func setExceptionAttribute(_ e: ExceptionObject, _ name: String, _ newValue: Value, _ vm: Interpreter)
        throws {
        let receiver = Value.exception(e)
        if e.type.isUserDefined {
            if let setattr = e.type.override("__setattr__") {
                _ = try vm.invoke(setattr, receiver, e.type, [.str(name), newValue])
                return
            }
            if let found = e.type.find(name).found, try dataDescriptorSet(found, receiver, name, newValue, vm) { return }
        }
        switch name {
        case "args": e.args = try collect(newValue, vm)
        case "__cause__":
            switch newValue {
            case .none: e.cause = nil
            case .exception(let cause): e.cause = cause
            default: throw RuntimeError.typeError("exception cause must be None or derive from BaseException")
            }
            e.suppressContext = true
        case "__context__":
            switch newValue {
            case .none: e.context = nil
            case .exception(let context): e.context = context
            default: throw RuntimeError.typeError("exception context must be None or derive from BaseException")
            }
        case "__suppress_context__": e.suppressContext = newValue.isTruthy
        default: e.attributes[name] = newValue
        }
    }

    /// `del value.name`.
    static func deleteAttribute(_ value: Value, _ name: String, _ vm: Interpreter) throws {
        switch value {
        case .instance(let inst): try deleteInstanceAttribute(inst, name, vm)
        case .type(let t): try deleteTypeAttribute(t, name)
        case .function(let f):
            if f.attributes.removeValue(forKey: name) == nil {
                throw RuntimeError.attributeError("'function' object has no attribute '\(name)'")
            }
        case .exception(let e):
            if e.attributes.removeValue(forKey: name) == nil {
                throw RuntimeError.attributeError("'\(e.type.name)' object has no attribute '\(name)'")
            }
        case .module(let m):
            if !m.remove(name) {
                throw RuntimeError.attributeError("module '\(m.name)' has no attribute '\(name)'")
            }
        default:
            // A built-in object's attributes are its type's (methods): deleting one is refused, as CPython does.
            guard (try? attribute(value, name, vm)) != nil else { throw RuntimeError.noAttribute(value, name) }
            throw RuntimeError.attributeError("'\(value.messageTypeName)' object attribute '\(name)' is read-only")
        }
    }

    /// Normalizes an index into `0..<count`.
    static func index(_ key: Value, count: Int, kind: String) throws -> Int {
        let i: Int
        switch key {
        case .int(let v): i = v
        case .bool(let b): i = b ? 1 : 0
        case .bigint: throw RuntimeError.indexError("cannot fit 'int' into an index-sized integer")
        case .scalar(let s) where !s.isFloat: i = Int(s.int64Value)
        default:
            if case .int(let v)? = try instanceConversion(key, ["__index__"], to: "int") {
                i = v
            } else if case .int(let v)? = key.builtinBase {
                i = v
            } else {
                throw RuntimeError.typeError("\(kind) indices must be integers or slices, not \(key.typeName)")
            }
        }
        let k = i < 0 ? i + count : i
        guard k >= 0 && k < count else { throw RuntimeError.indexError("\(kind) index out of range") }
        return k
    }

    /// `container[key]`.
    static func item(_ container: Value, _ key: Value, _ vm: Interpreter) throws -> Value {
        switch container {
        case .list(let l):
            if case .slice(let s) = key { return .list(ListObject(try Slicing.slice(l.items, s))) }
            return l.items[try index(key, count: l.items.count, kind: "list")]
        case .tuple(let t):
            if case .slice(let s) = key { return .tuple(try Slicing.slice(t, s)) }
            return t[try index(key, count: t.count, kind: "tuple")]
        case .str(let s):
            if let found = try StringIndexing.item(s, key) { return found }
            let scalars = Array(s.unicodeScalars)
            if case .slice(let sl) = key {
                var out = String.UnicodeScalarView()
                out.append(contentsOf: try Slicing.slice(scalars, sl))
                return .str(String(out))
            }
            let k = try index(key, count: scalars.count, kind: "string")
            return .str(String(Character(scalars[k])))
        case .bytes(let b):
            if case .slice(let s) = key { return .bytes(try Slicing.slice(b, s)) }
            return .int(Int(b[try index(key, count: b.count, kind: "index")]))
        case .dict(let d):
            if let v = try d.get(key) { return v }
            throw RuntimeError.keyError(key)
        case .range(let r):
            if case .slice(let s) = key { return .range(try Slicing.slice(r, s)) }
            if r.big != nil { return try Slicing.bigRangeItem(r, key) }
            return .int(r.element(try index(key, count: r.count, kind: "range object")))
        case .ndarray(let a):
            return try ArrayIndexing.read(a, key, vm)
        case .object(let o):
            return try o.item(key, vm)
        case .instance(let inst):
            return try instanceItem(container, inst.cls, key, vm)
        case .type(let t) where t === BuiltinTypes.list || t === BuiltinTypes.dict || t === BuiltinTypes.tuple:
            return container
        case .type(let t) where t.isUserDefined:
            if let method = t.lookup("__class_getitem__") {
                return try vm.call(try classAttributeValue(method, t, vm), key)
            }
            throw RuntimeError.typeError("type '\(t.name)' is not subscriptable")
        default:
            throw RuntimeError.typeError("'\(container.messageTypeName)' object is not subscriptable")
        }
    }

    /// The values assigned to a slice of a list: `TypeError: can only assign an iterable` when `value` is not
    /// iterable, as CPython says.
    static func sliceValues(_ value: Value, _ vm: Interpreter) throws -> [Value] {
        switch value {
        case .list(let l): return l.items
        case .tuple(let t): return t
        default:
            let iterator: IteratorObject
            do {
                iterator = try makeIterator(value, vm)
            } catch let error as RuntimeError where error.kind === BuiltinTypes.typeError {
                throw RuntimeError.typeError("can only assign an iterable")
            }
            return try collect(.iterator(iterator), vm)
        }
    }

    /// `container[key] = value`.
    static func setItem(_ container: Value, _ key: Value, _ value: Value, _ vm: Interpreter) throws {
        switch container {
        case .list(let l):
            if case .slice(let s) = key {
                try Slicing.assign(l, start: s.start, stop: s.stop, step: s.step) { try sliceValues(value, vm) }
                return
            }
            l.items[try index(key, count: l.items.count, kind: "list assignment")] = value
        case .dict(let d):
            try d.set(key, value)
        case .ndarray(let a):
            try ArrayIndexing.write(a, key, value, vm)
        case .object(let o):
            try o.setItem(key, value, vm)
        case .instance(let inst):
            try setInstanceItem(container, inst.cls, key, value, vm)
        default:
            throw RuntimeError.typeError("'\(container.messageTypeName)' object does not support item assignment")
        }
    }

    /// `del container[key]`.
    static func deleteItem(_ container: Value, _ key: Value, _ vm: Interpreter) throws {
        switch container {
        case .list(let l):
            if case .slice(let s) = key {
                try Slicing.delete(&l.items, s)
                return
            }
            l.items.remove(at: try index(key, count: l.items.count, kind: "list assignment"))
        case .dict(let d):
            if try d.remove(key) == nil { throw RuntimeError.keyError(key) }
        case .instance(let inst):
            try deleteInstanceItem(container, inst.cls, key, vm)
        case .object(let o):
            try o.deleteItem(key, vm)
        default:
            throw itemDeletionUnsupported(container, key)
        }
    }

    /// CPython's `TypeError` for `del container[key]` on a value that does not support it: "doesn't support item
    /// deletion" when its type has sequence slots and the key is an index (`PySequence_DelItem`), "does not
    /// support item deletion" otherwise (`PyObject_DelItem`).
    static func itemDeletionUnsupported(_ container: Value, _ key: Value) -> RuntimeError {
        let name = container.messageTypeName
        let hasSequenceSlots: Bool
        switch container {
        case .instance(let instance): hasSequenceSlots = instance.cls.hasSequenceSlots
        case .object: hasSequenceSlots = CTypeNames.hasSequenceSlots(name)
        default: hasSequenceSlots = container.type.hasSequenceSlots
        }
        let verb = hasSequenceSlots && isIndex(key) ? "doesn't" : "does not"
        return RuntimeError.typeError("'\(name)' object \(verb) support item deletion")
    }

    /// Whether CPython takes `key` as an index (`_PyIndex_Check`): an int, a bool, a numpy integer, or an object
    /// with `__index__`.
    static func isIndex(_ key: Value) -> Bool {
        switch key {
        case .int, .bool, .bigint: return true
        case .scalar(let scalar): return !scalar.isFloat
        case .instance(let instance):
            switch key.builtinBase {
            case .int?, .bigint?, .bool?: return true
            default: return instance.cls.override("__index__") != nil
            }
        case .object(let object): return object.attributeNames.contains("__index__")
        default: return false
        }
    }
}

/// Python slice semantics over arrays.
enum Slicing {
    /// Resolves a slice against a length: start, stop, step and the number of selected elements.
    static func indices(_ slice: SliceObject, count: Int) throws -> (Int, Int, Int, Int) {
        try indices(start: slice.start, stop: slice.stop, step: slice.step, count: count)
    }

    /// `indices` of the slice with these bounds (`.none` where omitted), without making the slice object.
    @inline(__always)
    static func indices(start: Value, stop: Value, step: Value, count: Int) throws -> (Int, Int, Int, Int) {
        // The step is checked first, as CPython does (`[]["x"::0]` is a ValueError).
        let step = try bound(step)
        if step == 0 { throw RuntimeError.valueError("slice step cannot be zero") }
        return try indices(start: bound(start), stop: bound(stop), step: step, count: count)
    }

    /// A slice bound as an integer (nil for `None`).
    @inline(__always)
    static func bound(_ v: Value) throws -> Int? {
        switch v {
        case .int(let i): return i
        case .none: return nil
        case .bool(let b): return b ? 1 : 0
        case .bigint(let b): return b.isNegative ? Int.min : Int.max  // clipped, as CPython
        default:
            throw RuntimeError.typeError("slice indices must be integers or None or have an __index__ method")
        }
    }

    /// `indices` of integer bounds (nil where omitted).
    static func indices(start: Int?, stop: Int?, step: Int?, count: Int) throws -> (Int, Int, Int, Int) {
        // A step of −2⁶³ is clipped to −(2⁶³ − 1), as CPython does, so that it can be negated.
        let step = max(step ?? 1, -Int.max)
        if step == 0 { throw RuntimeError.valueError("slice step cannot be zero") }
        if step > 0 {
            var first = start ?? 0, end = stop ?? count
            if first < 0 { first = max(first + count, 0) } else { first = min(first, count) }
            if end < 0 { end = max(end + count, 0) } else { end = min(end, count) }
            let n = end > first ? (end - first - 1) / step + 1 : 0
            return (first, end, step, n)
        }
        var first = start ?? count - 1, end = stop ?? -count - 1
        if first < 0 { first = max(first + count, -1) } else { first = min(first, count - 1) }
        if end < 0 { end = max(end + count, -1) } else { end = min(end, count - 1) }
        let n = first > end ? (first - end - 1) / (-step) + 1 : 0
        return (first, end, step, n)
    }

    /// `range[slice]`, computed as CPython does: the slice resolved against the length, then mapped to bounds.
    static func slice(_ r: RangeObject, _ s: SliceObject) throws -> RangeObject {
        let b = r.bounds
        let (start, stop, step) = try bigIndices(s, count: b.count)
        return RangeObject(start: b.start + start * b.step, stop: b.start + stop * b.step, step: b.step * step)
    }

    /// `range[i]` for a range beyond 64 bits.
    static func bigRangeItem(_ r: RangeObject, _ key: Value) throws -> Value {
        guard var i = key.bigIntValue else {
            throw RuntimeError.typeError("range indices must be integers or slices, not \(key.typeName)")
        }
        let count = r.bounds.count
        if i.isNegative { i = i + count }
        guard !i.isNegative && i < count else { throw RuntimeError.indexError("range object index out of range") }
        return r.element(i)
    }

    /// Resolves a slice against a length of any size (CPython's `_PySlice_GetLongIndices`).
    static func bigIndices(_ slice: SliceObject, count: BigInt) throws -> (BigInt, BigInt, BigInt) {
        func integer(_ v: Value) throws -> BigInt? {
            if case .none = v { return nil }
            guard let i = v.bigIntValue else {
                throw RuntimeError.typeError("slice indices must be integers or None or have an __index__ method")
            }
            return i
        }
        let step = try integer(slice.step) ?? BigInt(1)
        if step.isZero { throw RuntimeError.valueError("slice step cannot be zero") }
        let lower = step.isNegative ? BigInt(-1) : .zero
        let upper = step.isNegative ? count - 1 : count
        func clamp(_ v: BigInt) -> BigInt {
            if v.isNegative {
                let shifted = v + count
                return shifted < lower ? lower : shifted
            }
            return v > upper ? upper : v
        }
        let start = try integer(slice.start).map(clamp) ?? (step.isNegative ? upper : lower)
        let stop = try integer(slice.stop).map(clamp) ?? (step.isNegative ? lower : upper)
        return (start, stop, step)
    }

    static func slice<T>(_ items: [T], _ s: SliceObject) throws -> [T] {
        slice(items, try indices(s, count: items.count))
    }

    /// The elements of `items` that resolved slice bounds select.
    static func slice<T>(_ items: [T], _ bounds: (Int, Int, Int, Int)) -> [T] {
        let (start, stop, step, n) = bounds
        if step == 1 { return start < stop ? Array(items[start..<stop]) : [] }
        var result: [T] = []
        result.reserveCapacity(n)
        var i = start
        for _ in 0..<n {
            result.append(items[i])
            i += step
        }
        return result
    }

    /// `list[start:stop:step] = values`, as CPython does it when collecting the values runs code that changes
    /// the list (a generator appending to it): the bounds are resolved against the length before the values
    /// are collected, and a simple slice is then clamped to the length after. An extended slice that no longer
    /// fits (the list shrank: CPython would write past its end) is resolved again against the new length.
    static func assign(_ list: ListObject, start: Value, stop: Value, step: Value,
                       collecting collect: () throws -> [Value]) throws {
        let before = try indices(start: start, stop: stop, step: step, count: list.items.count)
        let values = try collect()
        let count = list.items.count
        let (first, end, stride, n) = before
        if stride == 1 {
            let low = min(max(first, 0), count)
            let high = min(max(end, low), count)
            try assign(&list.items, (low, high, 1, high - low), values)
            return
        }
        let last = first + (n - 1) * stride
        if n > 0 && max(first, last) >= count {
            try assign(&list.items, try indices(start: start, stop: stop, step: step, count: count), values)
            return
        }
        try assign(&list.items, before, values)
    }

    /// Replaces the elements that resolved slice bounds select.
    static func assign(_ items: inout [Value], _ bounds: (Int, Int, Int, Int), _ values: [Value]) throws {
        let (start, stop, step, n) = bounds
        if step == 1 {
            let end = max(start, stop)
            if end - start == values.count {
                // As many values as elements replaced (`perm[:k + 1] = perm[k::-1]`): stored in place.
                items.withUnsafeMutableBufferPointer { target in
                    for (k, v) in values.enumerated() { target[start + k] = v }
                }
                return
            }
            items.replaceSubrange(start..<end, with: values)
            return
        }
        guard values.count == n else {
            throw RuntimeError.valueError("attempt to assign sequence of size \(values.count) to extended slice of "
                + "size \(n)")
        }
        var i = start
        for v in values {
            items[i] = v
            i += step
        }
    }

    static func delete(_ items: inout [Value], _ s: SliceObject) throws {
        let (start, stop, step, n) = try indices(s, count: items.count)
        if step == 1 {
            if start < stop { items.removeSubrange(start..<stop) }
            return
        }
        var remove = Set<Int>()
        var i = start
        for _ in 0..<n {
            remove.insert(i)
            i += step
        }
        items = items.enumerated().filter { !remove.contains($0.offset) }.map(\.element)
    }
}
