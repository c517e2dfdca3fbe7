import PXBigInt

// MARK: - Iteration

extension Operations {
    /// Calls `body` with each element of an iterable until it returns false. Nothing is materialised: a
    /// range or an iterator yields one element at a time.
    static func iterate(_ value: Value, _ vm: Interpreter, _ body: (Value) throws -> Bool) throws {
        switch value {
        case .list(let l):
            var i = 0
            while i < l.items.count {
                if !(try body(l.items[i])) { return }
                i += 1
            }
        case .tuple(let t):
            for e in t where !(try body(e)) { return }
        case .range(let r):
            if let big = r.big {
                var x = big.start, remaining = big.count
                while !remaining.isZero {
                    if !(try body(.integer(x))) { return }
                    x = x + big.step
                    remaining = remaining - 1
                }
                return
            }
            var x = r.start
            for _ in 0..<r.count {
                if !(try body(.int(x))) { return }
                x &+= r.step
            }
        case .str(let s):
            for c in s.unicodeScalars where !(try body(.str(String(Character(c))))) { return }
        case .bytes(let b):
            for e in b where !(try body(.int(Int(e)))) { return }
        case .iterator(let it):
            while let e = try it.next() {
                if !(try body(e)) { return }
            }
        default:
            let it = try makeIterator(value, vm)
            while let e = try it.next() {
                if !(try body(e)) { return }
            }
        }
    }

    /// All elements of an iterable.
    static func collect(_ value: Value, _ vm: Interpreter?) throws -> [Value] {
        switch value {
        case .list(let l): return l.items
        case .tuple(let t): return t
        case .range(let r):
            guard r.big?.count.asInt != nil || r.big == nil else { throw MemoryGuard.memoryError() }
            try checkAllocation(r.count, MemoryLayout<Value>.stride)
            if r.big != nil { return (0..<r.count).map { r.element(BigInt($0)) } }
            return (0..<r.count).map { .int(r.element($0)) }
        default:
            guard let vm else { throw RuntimeError.typeError("'\(value.messageTypeName)' object is not iterable") }
            var result: [Value] = []
            try iterate(value, vm) {
                result.append($0)
                return true
            }
            return result
        }
    }

    /// The elements of an iterable unpacked into `count` targets (`a, b = it`), reading at most one element
    /// more than needed, so unpacking an endless iterator fails instead of running forever. With a starred
    /// target at `star`, the elements it takes are gathered in a list at that position.
    static func unpack(_ value: Value, count: Int, star: Int?, _ vm: Interpreter) throws -> [Value] {
        var values: [Value]
        switch value {
        case .list(let l): values = l.items
        case .tuple(let t): values = t
        default:
            guard star == nil else {
                values = try collectUnpacked(value, vm)
                break
            }
            values = []
            try iterateUnpacked(value, vm) { e in
                values.append(e)
                return values.count <= count
            }
        }
        if let star {
            let after = count - star - 1
            guard values.count >= count - 1 else {
                throw RuntimeError.valueError("not enough values to unpack (expected at least \(count - 1), "
                    + "got \(values.count))")
            }
            let middle = Value.list(ListObject(Array(values[star..<(values.count - after)])))
            return Array(values[..<star]) + [middle] + values[(values.count - after)...]
        }
        guard values.count == count else {
            if values.count > count {
                throw RuntimeError.valueError("too many values to unpack (expected \(count))")
            }
            throw RuntimeError.valueError("not enough values to unpack (expected \(count), got \(values.count))")
        }
        return values
    }

    private static func collectUnpacked(_ value: Value, _ vm: Interpreter) throws -> [Value] {
        var result: [Value] = []
        try iterateUnpacked(value, vm) {
            result.append($0)
            return true
        }
        return result
    }

    /// `iterate`, with Python's error for a value that cannot be unpacked.
    private static func iterateUnpacked(_ value: Value, _ vm: Interpreter, _ body: (Value) throws -> Bool) throws {
        let iterator: IteratorObject
        do {
            iterator = try makeIterator(value, vm)
        } catch let error as RuntimeError where error.kind === BuiltinTypes.typeError {
            throw RuntimeError.typeError("cannot unpack non-iterable \(value.typeName) object")
        }
        while let e = try iterator.next() {
            if !(try body(e)) { return }
        }
    }

    /// `next(iterator)`: the next element, or nil when exhausted. Besides the built-in iterators, any
    /// value with a `__next__` method is an iterator; its `StopIteration` ends it.
    static func next(_ value: Value, _ vm: Interpreter) throws -> Value? {
        if case .iterator(let it) = value { return try it.next() }
        if case .instance(let inst) = value { return try instanceNext(value, inst.cls, vm) }
        let method: Value
        do {
            method = try attribute(value, "__next__", vm)
        } catch let error as RuntimeError where error.kind === BuiltinTypes.attributeError {
            throw RuntimeError.typeError("'\(value.typeName)' object is not an iterator")
        }
        do {
            return try vm.call(method, Arguments())
        } catch let error as RuntimeError where error.kind === BuiltinTypes.stopIteration {
            return nil
        }
    }

    /// `iter(value)`: an iterator over the value that reads it as it goes.
    static func makeIterator(_ value: Value, _ vm: Interpreter) throws -> IteratorObject {
        switch value {
        case .iterator(let it): return it
        case .list(let l):
            return ListIterator(l)
        case .tuple(let t):
            return TupleIterator(t)
        case .range(let r):
            if let big = r.big {
                var x = big.start, remaining = big.count
                return IteratorObject(type: IteratorObject.rangeType) {
                    guard !remaining.isZero else { return nil }
                    defer { x = x + big.step; remaining = remaining - 1 }
                    return .integer(x)
                }
            }
            return RangeIterator(r)
        case .str(let s):
            var scalars = s.unicodeScalars.makeIterator()
            let isASCII = s.utf8.allSatisfy { $0 < 0x80 }
            return IteratorObject(type: isASCII ? IteratorObject.asciiStringType : IteratorObject.stringType) {
                scalars.next().map { .str(String(Character($0))) }
            }
        case .bytes(let b):
            return .indexed(type: IteratorObject.bytesType, count: { b.count }) { .int(Int(b[$0])) }
        case .dict(let d):
            return dictIterator(d, type: IteratorObject.dictKeysType) { d.key(at: $0) }
        case .set(let s):
            return setIterator(s)
        case .ndarray(let a):
            guard a.ndim > 0 else { throw RuntimeError.typeError("iteration over a 0-d array") }
            return .indexed(type: IteratorObject.genericType, count: { a.shape[0] }) { ArrayConversion.row(a, $0) }
        case .object(let o):
            return try o.makeIterator(vm)
        case .instance(let inst):
            return try instanceIterator(value, inst.cls, vm)
        default:
            return try protocolIterator(value, vm)
        }
    }

    /// An iterator over the entries of a dictionary, by entry position (`element` reads the live entry at a
    /// position); it fails as Python's does when the dictionary changes size, or when it yields more keys than
    /// the dictionary had (keys removed and others added meanwhile).
    static func dictIterator(_ d: DictObject, type: TypeObject, reversed: Bool = false,
                             _ element: @escaping (Int) -> Value) -> IteratorObject {
        let size = d.count
        let cursor = DictCursor(position: reversed ? d.storage.endIndex - 1 : d.storage.startIndex, remaining: size)
        return IteratorObject(type: type) {
            guard !cursor.done else { return nil }
            guard d.count == size else {
                cursor.done = true
                throw RuntimeError(BuiltinTypes.runtimeError, "dictionary changed size during iteration")
            }
            guard let live = d.livePosition(from: cursor.position, forward: !reversed) else {
                cursor.done = true
                return nil
            }
            guard reversed || cursor.remaining > 0 else {
                cursor.done = true
                throw RuntimeError(BuiltinTypes.runtimeError, "dictionary keys changed during iteration")
            }
            cursor.remaining -= 1
            cursor.position = reversed ? live - 1 : live + 1
            return element(live)
        }
    }

    /// A dictionary iterator's state. A class of its own rather than variables captured by the iterator's
    /// closure, whose every access would be checked for exclusivity at run time (five checks per item); no
    /// access can overlap another: each is a single read or write, and `element` runs no Python code.
    private final class DictCursor {
        @exclusivity(unchecked) var position: Int
        @exclusivity(unchecked) var remaining: Int
        @exclusivity(unchecked) var done = false

        init(position: Int, remaining: Int) {
            self.position = position
            self.remaining = remaining
        }
    }

    /// An iterator over a set in table order; it fails as Python's does when the set changes size.
    static func setIterator(_ s: SetObject) -> IteratorObject {
        let size = s.count
        var position = 0
        var done = false
        return IteratorObject(type: IteratorObject.setType) {
            guard !done else { return nil }
            guard s.count == size else {
                done = true
                throw RuntimeError(BuiltinTypes.runtimeError, "Set changed size during iteration")
            }
            while position < s.table.count {
                defer { position += 1 }
                if let key = s.table[position].key, !key.isUndefined { return key }
            }
            done = true
            return nil
        }
    }

    /// The iterator protocol of other objects: `__iter__` (its result must have `__next__`), or else the
    /// sequence protocol, `__getitem__` with 0, 1, 2, … until `IndexError`.
    static func protocolIterator(_ value: Value, _ vm: Interpreter) throws -> IteratorObject {
        let notIterable = RuntimeError.typeError("'\(value.messageTypeName)' object is not iterable")
        if let method = try? attribute(value, "__iter__", vm) {
            let result = try vm.call(method, Arguments())
            if case .iterator(let it) = result { return it }
            guard (try? attribute(result, "__next__", vm)) != nil else {
                throw RuntimeError.typeError("iter() returned non-iterator of type '\(result.typeName)'")
            }
            return IteratorObject(type: result.type) { try next(result, vm) }
        }
        guard let getItem = try? attribute(value, "__getitem__", vm) else { throw notIterable }
        var index = 0
        var done = false
        return IteratorObject(type: IteratorObject.genericType) {
            guard !done else { return nil }
            do {
                defer { index += 1 }
                return try vm.call(getItem, .int(index))
            } catch let error as RuntimeError
                        where error.kind.isSubtype(of: BuiltinTypes.indexError)
                        || error.kind === BuiltinTypes.stopIteration {
                done = true
                return nil
            }
        }
    }

    /// `len(value)`.
    static func length(_ value: Value, _ vm: Interpreter) throws -> Int {
        switch value {
        case .str(let s): return StringIndexing.codePoints(s)
        case .list(let l): return l.items.count
        case .tuple(let t): return t.count
        case .dict(let d): return d.count
        case .set(let s): return s.count
        case .range(let r):
            if let big = r.big, big.count.asInt == nil { throw RuntimeError.sizeOverflow() }
            return r.count
        case .bytes(let b): return b.count
        case .ndarray(let a):
            guard let n = a.shape.first else { throw RuntimeError.typeError("len() of unsized object") }
            return n
        case .object(let o): return try o.length(vm)
        case .instance(let inst): return try instanceLength(value, inst.cls, vm)
        default: throw RuntimeError.typeError("object of type '\(value.messageTypeName)' has no len()")
        }
    }
}
