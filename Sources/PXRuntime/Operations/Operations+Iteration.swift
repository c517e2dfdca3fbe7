import PXBigInt

// MARK: - Iteration

extension Operations {
    /// Calls `body` with each element of an iterable until it returns false.
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
        case .dict(let d):
            let count = d.count
            for k in d.storage.keys {
                if !(try body(k.value)) { return }
                if d.count != count { throw RuntimeError(BuiltinTypes.runtimeError, "dictionary changed size during iteration") }
            }
        case .set(let s):
            for e in s.elements where !(try body(e)) { return }
        case .ndarray(let a):
            guard a.ndim > 0 else { throw RuntimeError.typeError("iteration over a 0-d array") }
            for i in 0..<a.shape[0] where !(try body(ArrayConversion.row(a, i))) { return }
        case .iterator(let it):
            while let e = try it.next() {
                if !(try body(e)) { return }
            }
        case .object(let o):
            let it = try o.makeIterator(vm)
            while let e = try it.next() {
                if !(try body(e)) { return }
            }
        case .instance(let inst):
            let it = try instanceIterator(value, inst.cls, vm)
            while let e = try it.next() {
                if !(try body(e)) { return }
            }
        default:
            throw RuntimeError.typeError("'\(value.typeName)' object is not iterable")
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
            guard let vm else { throw RuntimeError.typeError("'\(value.typeName)' object is not iterable") }
            var result: [Value] = []
            try iterate(value, vm) {
                result.append($0)
                return true
            }
            return result
        }
    }

    /// `iter(value)`.
    static func makeIterator(_ value: Value, _ vm: Interpreter) throws -> IteratorObject {
        switch value {
        case .iterator(let it): return it
        case .list(let l):
            var i = 0
            return IteratorObject(type: listIteratorType) {
                guard i < l.items.count else { return nil }
                defer { i += 1 }
                return l.items[i]
            }
        case .range(let r):
            if let big = r.big {
                var x = big.start, remaining = big.count
                return IteratorObject(type: rangeIteratorType) {
                    guard !remaining.isZero else { return nil }
                    defer { x = x + big.step; remaining = remaining - 1 }
                    return .integer(x)
                }
            }
            var i = 0
            return IteratorObject(type: rangeIteratorType) {
                guard i < r.count else { return nil }
                defer { i += 1 }
                return .int(r.element(i))
            }
        case .object(let o): return try o.makeIterator(vm)
        case .instance(let inst): return try instanceIterator(value, inst.cls, vm)
        default:
            return IteratorObject.over(try collect(value, vm), type: TypeObject(name: "\(value.typeName)_iterator"))
        }
    }

    static let listIteratorType = TypeObject(name: "list_iterator")
    static let rangeIteratorType = TypeObject(name: "range_iterator")

    /// `len(value)`.
    static func length(_ value: Value, _ vm: Interpreter) throws -> Int {
        switch value {
        case .str(let s): return s.unicodeScalars.count
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
        default: throw RuntimeError.typeError("object of type '\(value.typeName)' has no len()")
        }
    }
}
