import PXBigInt
import PXLang

// MARK: - Comparisons

extension Operations {
    /// `a op b` as a truth value (arrays must have one element).
    static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Bool {
        if op.specialNames != nil, involvesInstances(a, b) {
            return try instanceCompare(op, a, b, vm).isTruthyOrThrow()
        }
        switch op {
        case .equal:
            if a.isArray || b.isArray { return try compareValue(op, a, b, vm).isTruthyOrThrow() }
            return try equals(a, b)
        case .notEqual:
            if a.isArray || b.isArray { return try compareValue(op, a, b, vm).isTruthyOrThrow() }
            return !(try equals(a, b))
        case .less, .lessEqual, .greater, .greaterEqual:
            if a.isArray || b.isArray { return try compareValue(op, a, b, vm).isTruthyOrThrow() }
            return try order(op, a, b)
        case .in: return try contains(b, a, vm)
        case .notIn: return !(try contains(b, a, vm))
        case .is: return identical(a, b)
        case .isNot: return !identical(a, b)
        }
    }

    /// `a op b` as a value: a bool, or an array of bools for ndarray operands.
    static func compareValue(_ op: ComparisonOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value {
        if op.specialNames != nil, involvesInstances(a, b) { return try instanceCompare(op, a, b, vm) }
        switch (a, b) {
        case (.ndarray, _), (_, .ndarray), (.scalar, _), (_, .scalar):
            if let result = try ArrayOperators.compare(op, a, b, vm) { return result }
        case (.object, _), (_, .object):
            if let result = try ComplexValues.compare(op, a, b, vm) { return result }
        default: break
        }
        return .bool(try compare(op, a, b, vm))
    }

    /// The deepest nesting `==` follows into containers before `RecursionError`, as CPython's recursion limit.
    static let maximumComparisonDepth = 1000

    /// Python's `==`.
    static func equals(_ a: Value, _ b: Value, depth: Int = 0) throws -> Bool {
        switch (a, b) {
        case (.scalar(let x), _): return try equals(ArrayConversion.pythonValue(x), b)
        case (_, .scalar(let y)): return try equals(a, ArrayConversion.pythonValue(y))
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.int(let x), .float(let y)): return exactEqual(x, y)
        case (.float(let x), .int(let y)): return exactEqual(y, x)
        case (.bigint(let x), .bigint(let y)): return x == y
        case (.bigint, .int), (.int, .bigint): return false
        case (.bigint(let x), .float(let y)): return compareBig(x, y) == 0
        case (.float(let x), .bigint(let y)): return compareBig(y, x) == 0
        case (.bool(let x), .bool(let y)): return x == y
        case (.bool(let x), _): return try equals(.int(x ? 1 : 0), b)
        case (_, .bool(let y)): return try equals(a, .int(y ? 1 : 0))
        case (.str(let x), .str(let y)): return StringOrder.equal(x, y)
        case (.none, .none): return true
        case (.bytes(let x), .bytes(let y)): return x == y
        case (.tuple(let x), .tuple(let y)): return try sequencesEqual(x, y, depth: depth + 1)
        case (.list(let x), .list(let y)):
            if x === y { return true }
            return try sequencesEqual(x.items, y.items, depth: depth + 1)
        case (.dict(let x), .dict(let y)):
            if x === y { return true }
            guard x.count == y.count else { return false }
            try checkComparisonDepth(depth + 1)
            for (k, v) in x.storage {
                guard let other = try y.get(k), try itemEquals(v, other, depth: depth + 1) else { return false }
            }
            return true
        case (.set(let x), .set(let y)):
            guard x.count == y.count else { return false }
            for e in x.elements where !(try y.contains(e)) { return false }
            return true
        case (.range(let x), .range(let y)):
            let a = x.bounds, b = y.bounds
            if a.count != b.count { return false }
            if a.count.isZero { return true }
            return a.start == b.start && (a.count == BigInt(1) || a.step == b.step)
        case (.slice(let x), .slice(let y)):
            return try equals(x.start, y.start) && equals(x.stop, y.stop) && equals(x.step, y.step)
        case (.object(let o), _):
            if let result = try o.compare(.equal, b) { return result }
            return identical(a, b)
        default:
            if involvesInstances(a, b) { return try instanceCompare(.equal, a, b, nil).isTruthyOrThrow() }
            return identical(a, b)
        }
    }

    /// Exact comparison of an integer with a float (no rounding of the integer).
    static func exactEqual(_ i: Int, _ d: Double) -> Bool {
        guard d.isFinite, d == d.rounded(.towardZero) else { return false }
        guard d >= -9223372036854775808.0, d < 9223372036854775808.0 else { return false }
        return Int(d) == i
    }

    static func sequencesEqual(_ x: [Value], _ y: [Value], depth: Int = 0) throws -> Bool {
        guard x.count == y.count else { return false }
        try checkComparisonDepth(depth)
        for (a, b) in zip(x, y) where !(try itemEquals(a, b, depth: depth)) { return false }
        return true
    }

    /// CPython's `PyObject_RichCompareBool(a, b, Py_EQ)`, how containers compare their items (`in`, `index`,
    /// `count`, `remove`, `==` of sequences and dicts, dict keys and set elements): an object equals itself
    /// even when its `==` says otherwise. Floats are values here, so a NaN is the same object as a NaN with
    /// the same bits (`nan in [nan]` is True, as in CPython; so is `float('nan') in [float('nan')]`, which
    /// CPython answers False because the two are different objects).
    static func itemEquals(_ a: Value, _ b: Value, depth: Int = 0) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.str(let x), .str(let y)): return StringOrder.equal(x, y)
        case (.float(let x), .float(let y)): return x == y || x.bitPattern == y.bitPattern
        case (.str, _), (_, .str): return try equals(a, b, depth: depth)
        default: return try identical(a, b) || equals(a, b, depth: depth)
        }
    }

    static func checkComparisonDepth(_ depth: Int) throws {
        if depth > maximumComparisonDepth {
            throw RuntimeError(BuiltinTypes.recursionError, "maximum recursion depth exceeded in comparison")
        }
    }

    /// Python's `is`: identity for objects, value equality for the values Python caches or interns.
    static func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.bigint(let x), .bigint(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.str(let x), .str(let y)): return x == y
        case (.tuple(let x), .tuple(let y)):
            // The same tuple shares its elements' storage.
            if x.isEmpty || y.isEmpty { return x.isEmpty && y.isEmpty }
            return x.withUnsafeBufferPointer { a in y.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
        case (.list(let x), .list(let y)): return x === y
        case (.dict(let x), .dict(let y)): return x === y
        case (.set(let x), .set(let y)): return x === y
        case (.range(let x), .range(let y)): return x === y
        case (.ndarray(let x), .ndarray(let y)): return x === y
        case (.function(let x), .function(let y)): return x === y
        case (.builtin(let x), .builtin(let y)): return x === y
        case (.boundMethod(let x), .boundMethod(let y)): return x === y
        case (.module(let x), .module(let y)): return x === y
        case (.type(let x), .type(let y)): return x === y
        case (.exception(let x), .exception(let y)): return x === y
        case (.iterator(let x), .iterator(let y)): return x === y
        case (.object(let x), .object(let y)): return x === y
        case (.instance(let x), .instance(let y)): return x === y
        default: return false
        }
    }

    /// `<`, `<=`, `>`, `>=` on numbers, strings, bytes, lists, tuples and sets.
    static func order(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.scalar(let x), _): return try order(op, ArrayConversion.pythonValue(x), b)
        case (_, .scalar(let y)): return try order(op, a, ArrayConversion.pythonValue(y))
        case (.int(let x), .int(let y)): return test(op, x, y)
        case (.float(let x), .float(let y)): return test(op, x, y)
        case (.int(let x), .float(let y)): return compareMixed(op, x, y)
        case (.float(let x), .int(let y)): return compareMixed(op.mirrored, y, x)
        case (.bigint(let x), .bigint(let y)): return test(op, BigInt.compare(x, y), 0)
        case (.bigint(let x), .int(let y)): return test(op, BigInt.compare(x, y), 0)
        case (.int(let x), .bigint(let y)): return test(op, 0, BigInt.compare(y, x))
        case (.bigint(let x), .float(let y)): return !y.isNaN && test(op, compareBig(x, y), 0)
        case (.float(let x), .bigint(let y)): return !x.isNaN && test(op, 0, compareBig(y, x))
        case (.bool(let x), _): return try order(op, .int(x ? 1 : 0), b)
        case (_, .bool(let y)): return try order(op, a, .int(y ? 1 : 0))
        case (.str(let x), .str(let y)): return test(op, StringOrder.compare(x, y), 0)
        case (.bytes(let x), .bytes(let y)):
            if x == y { return op == .lessEqual || op == .greaterEqual }
            let less = x.lexicographicallyPrecedes(y)
            return op == .less || op == .lessEqual ? less : !less
        case (.list(let x), .list(let y)): return try orderSequences(op, x.items, y.items)
        case (.tuple(let x), .tuple(let y)): return try orderSequences(op, x, y)
        case (.set(let x), .set(let y)):
            func subset(_ p: SetObject, _ q: SetObject) throws -> Bool {
                for e in p.elements where !(try q.contains(e)) { return false }
                return true
            }
            switch op {
            case .less:
                guard x.count < y.count else { return false }
                return try subset(x, y)
            case .lessEqual: return try subset(x, y)
            case .greater:
                guard x.count > y.count else { return false }
                return try subset(y, x)
            default: return try subset(y, x)
            }
        case (.object(let o), _):
            if let result = try o.compare(op, b) { return result }
            fallthrough
        default:
            if involvesInstances(a, b) { return try instanceCompare(op, a, b, nil).isTruthyOrThrow() }
            throw RuntimeError.typeError("'\(op.rawValue)' not supported between instances of '\(a.messageTypeName)' "
                + "and '\(b.messageTypeName)'")
        }
    }

    static func test<T: Comparable>(_ op: ComparisonOperator, _ x: T, _ y: T) -> Bool {
        switch op {
        case .less: return x < y
        case .lessEqual: return x <= y
        case .greater: return x > y
        default: return x >= y
        }
    }

    /// Orders an int against a float exactly.
    static func compareMixed(_ op: ComparisonOperator, _ i: Int, _ d: Double) -> Bool {
        if d.isNaN { return false }
        if d >= 9223372036854775808.0 { return op == .less || op == .lessEqual }
        if d < -9223372036854775808.0 { return op == .greater || op == .greaterEqual }
        let whole = d.rounded(.down)
        let w = Int(whole)
        if w != i { return test(op, i, w) }
        // i == floor(d): i < d exactly when d has a fractional part.
        let hasFraction = d != whole
        switch op {
        case .less: return hasFraction
        case .lessEqual: return true
        case .greater: return false
        default: return !hasFraction
        }
    }

    /// −1, 0 or 1 as the big integer is below, equal to or above the double, exactly (NaN compares as 1 and
    /// must be handled by the caller).
    static func compareBig(_ x: BigInt, _ d: Double) -> Int {
        if d.isNaN { return 1 }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        // A big integer exceeds 2^63 in magnitude, so comparing with the double's integer part decides unless
        // they are equal; then the fraction does.
        let whole = d.rounded(.down)
        let c = BigInt.compare(x, BigInt(truncating: whole))
        if c != 0 { return c }
        return d == whole ? 0 : -1
    }

    static func orderSequences(_ op: ComparisonOperator, _ x: [Value], _ y: [Value]) throws -> Bool {
        for (a, b) in zip(x, y) where !(try itemEquals(a, b)) {
            return try order(op, a, b)
        }
        return test(op, x.count, y.count)
    }

    /// `item in container`.
    /// `x.__len__()`, `x.__contains__(v)` and `x.__getitem__(k)` called on a built-in container (what `len`,
    /// `in` and `x[k]` do); nil for other names and receivers.
    static func containerDunder(_ receiver: Value, _ name: String, _ args: Arguments, _ vm: Interpreter) throws
        -> Value? {
        switch receiver {
        case .str, .bytes, .list, .tuple, .dict, .set, .range: break
        default: return nil
        }
        switch name {
        case "__len__":
            try args.check("__len__", min: 0, max: 0)
            return .int(try length(receiver, vm))
        case "__contains__":
            try args.check("__contains__", min: 1, max: 1)
            return .bool(try contains(receiver, args[0], vm))
        case "__getitem__":
            try args.check("__getitem__", min: 1, max: 1)
            return try item(receiver, args[0], vm)
        default:
            return nil
        }
    }

    static func contains(_ container: Value, _ item: Value, _ vm: Interpreter?) throws -> Bool {
        switch container {
        case .list(let l):
            return try l.firstIndex(equalTo: item) != nil
        case .tuple(let t):
            for e in t where try itemEquals(e, item) { return true }
            return false
        case .str(let s):
            guard case .str(let needle) = item else {
                throw RuntimeError.typeError("'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return needle.isEmpty || s.contains(needle)
        case .bytes(let b):
            switch item {
            case .int(let i): return b.contains(UInt8(truncatingIfNeeded: i))
            case .bytes(let needle): return needle.isEmpty || b.indices.contains { b[$0...].starts(with: needle) }
            default: throw RuntimeError.typeError("a bytes-like object is required, not '\(item.typeName)'")
            }
        case .dict(let d): return try d.get(item) != nil
        case .set(let s):
            // A set looked up in a set stands for the frozenset with its elements, as in CPython.
            if case .set(let inner) = item, !inner.isFrozen { return try s.contains(.set(inner.copy(frozen: true))) }
            return try s.contains(item)
        case .range(let r):
            switch item {
            case .int(let i): return r.contains(i)
            case .bigint(let b): return r.contains(b)
            case .bool(let b): return r.contains(b ? 1 : 0)
            case .float(let d): return d.isFinite && d == d.rounded() && r.contains(BigInt(truncating: d))
            default: return false
            }
        case .ndarray(let a):
            return try ArrayOperators.contains(a, item, vm)
        case .instance(let inst):
            guard let vm = vm ?? inst.cls.interpreter else { return false }
            return try instanceContains(container, inst.cls, item, vm)
        default:
            guard let vm else {
                throw RuntimeError.typeError("argument of type '\(container.messageTypeName)' is not iterable")
            }
            return try containsByIterating(container, item, vm)
        }
    }

    /// Whether an exception matches an `except` clause's type (a class or a tuple of classes).
    static func exceptionMatches(_ exception: ExceptionObject, _ expected: Value) throws -> Bool {
        switch expected {
        case .type(let t):
            guard t.isExceptionType else {
                throw RuntimeError.typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            return exception.type.isSubtype(of: t)
        case .tuple(let items):
            for item in items where try exceptionMatches(exception, item) { return true }
            return false
        default:
            throw RuntimeError.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }
}

extension ComparisonOperator {
    /// The operator with its operands swapped (`a < b` ⇔ `b > a`).
    var mirrored: ComparisonOperator {
        switch self {
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        default: return self
        }
    }
}

extension Value {
    /// Whether `==` with this value may run Python code (an instance's `__eq__`, or one inside a tuple or a
    /// frozenset), or a native object's comparison.
    var comparisonMayRunCode: Bool {
        switch self {
        case .instance, .object: return true
        case .exception(let e): return e.type.isUserDefined
        case .tuple(let items): return items.contains { $0.comparisonMayRunCode }
        case .set(let s): return s.elements.contains { $0.comparisonMayRunCode }
        default: return false
        }
    }

    /// Python equality of two dict keys or set elements (as `Operations.itemEquals`) when it runs no Python
    /// code, else nil.
    static func equalWithoutCode(_ a: Value, _ b: Value) -> Bool? {
        if Operations.identical(a, b) { return true }
        if a.comparisonMayRunCode || b.comparisonMayRunCode { return nil }
        if case .tuple(let x) = a, case .tuple(let y) = b { return HashKey.tuplesEqual(x, y) }
        return keysEqual(a, b)
    }

    /// Python equality for dict keys and set elements (never throws for hashable values).
    static func keysEqual(_ a: Value, _ b: Value) -> Bool {
        (try? Operations.itemEquals(a, b)) ?? false
    }

    /// The truth value, raising for arrays of several elements and passing on errors of `__bool__`.
    func isTruthyOrThrow() throws -> Bool {
        switch self {
        case .ndarray(let a) where a.count != 1:
            if a.count == 0 {
                throw RuntimeError.valueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to "
                    + "check that an array is not empty.")
            }
            throw RuntimeError.valueError("The truth value of an array with more than one element is ambiguous. "
                + "Use a.any() or a.all()")
        case .instance(let i): return try Operations.truth(i)
        default: return isTruthy
        }
    }
}

extension Operations {
    /// `item in container` by iterating the container, as CPython's `_PySequence_IterSearch`: a `TypeError` from
    /// getting the iterator (no `__iter__`, or one that raises it) becomes "argument of type 'X' is not iterable".
    static func containsByIterating(_ container: Value, _ item: Value, _ vm: Interpreter) throws -> Bool {
        let iterator: IteratorObject
        do {
            iterator = try makeIterator(container, vm)
        } catch let error as RuntimeError where error.exception.type.isSubtype(of: BuiltinTypes.typeError) {
            throw RuntimeError.typeError("argument of type '\(container.messageTypeName)' is not iterable")
        }
        while let element = try iterator.next() {
            if try itemEquals(element, item) { return true }
        }
        return false
    }
}
