import PXBigInt
import PXLang

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The semantics of the language's operators on values.
enum Operations {
    /// `a op b`.
    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value {
        switch (a, b) {
        case (.int(let x), .int(let y)): return try integer(op, x, y)
        case (.str(let x), .str(let y)) where op == .add: return try concatenated(x, y)
        case (.float(let x), .float(let y)): return try real(op, x, y)
        case (.int(let x), .float(let y)): return try real(op, Double(x), y)
        case (.float(let x), .int(let y)): return try real(op, x, Double(y))
        case (.bigint(let x), .bigint(let y)): return try bigInteger(op, x, y)
        case (.bigint(let x), .int(let y)): return try bigIntegerWord(op, x, y) ?? bigInteger(op, x, BigInt(y))
        case (.int(let x), .bigint(let y)):
            if op == .add || op == .multiply, let r = try bigIntegerWord(op, y, x) { return r }
            return try bigInteger(op, BigInt(x), y)
        case (.bigint(let x), .float(let y)): return try real(op, try x.asDouble(), y)
        case (.float(let x), .bigint(let y)): return try real(op, x, try y.asDouble())
        case (.ndarray, _), (_, .ndarray), (.scalar, _), (_, .scalar):
            if let result = try ArrayOperators.binary(op, a, b, vm) { return result }
        case (.bool, _), (_, .bool):
            if case .bool(let x) = a, case .bool(let y) = b, op == .bitAnd || op == .bitOr || op == .bitXor {
                switch op {
                case .bitAnd: return .bool(x && y)
                case .bitOr: return .bool(x || y)
                default: return .bool(x != y)
                }
            }
            if let x = a.asNumber, let y = b.asNumber { return try binary(op, x, y, vm) }
        default: break
        }
        if let result = try instanceBinary(op, a, b, vm) { return result }
        if let result = try sequenceOperation(op, a, b, vm) { return result }
        if case .object(let o) = a, let result = try o.binary(op, b, reflected: false) { return result }
        if case .object(let o) = b, let result = try o.binary(op, a, reflected: true) { return result }
        throw unsupported(op, a, b)
    }

    static func unsupported(_ op: BinaryOperator, _ a: Value, _ b: Value) -> RuntimeError {
        let symbol = op == .power ? "** or pow()" : op.rawValue
        return RuntimeError.typeError(
            "unsupported operand type(s) for \(symbol): '\(a.messageTypeName)' and '\(b.messageTypeName)'")
    }

    static func real(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .divide:
            if y == 0 { throw RuntimeError.zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDivide:
            if y == 0 { throw RuntimeError.zeroDivision("float floor division by zero") }
            return .float(floorDivide(x, y).quotient)
        case .modulo:
            if y == 0 { throw RuntimeError.zeroDivision("float modulo") }
            return .float(floorDivide(x, y).remainder)
        case .power:
            if x == 0 && y < 0 { throw RuntimeError.zeroDivision("0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() && y.isFinite {
                throw RuntimeError.valueError("math domain error (complex results are not supported)")
            }
            let r = pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw RuntimeError.overflow("(34, 'Numerical result out of range')") }
            return .float(r)
        default:
            throw unsupported(op, .float(x), .float(y))
        }
    }

    /// Python's float floor division and modulo.
    static func floorDivide(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        } else {
            mod = copysign(0, y)
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = floor(div)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, x / y)
        }
        return (floorDiv, mod)
    }

    /// `x + y` of two `str` values (exactly `str`: a subclass instance is not a `.str` value, so no method of
    /// the program can take part).
    @inline(__always)
    static func concatenated(_ x: String, _ y: String) throws -> Value {
        if let small = SmallString.concatenated(x, y) { return .str(small) }
        try checkAllocation(x.utf8.count + y.utf8.count)
        return .str(x + y)
    }

    /// Operators on strings, lists, tuples, bytes, sets and dicts.
    static func sequenceOperation(_ op: BinaryOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value? {
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)):
            return try concatenated(x, y)
        case (.add, .str, _):
            throw RuntimeError.typeError("can only concatenate str (not \"\(b.typeName)\") to str")
        case (.add, .list(let x), .list(let y)):
            try checkAllocation(x.items.count + y.items.count, MemoryLayout<Value>.stride)
            return .list(ListObject(x.items + y.items))
        case (.add, .list, _):
            throw RuntimeError.typeError("can only concatenate list (not \"\(b.typeName)\") to list")
        case (.add, .tuple(let x), .tuple(let y)):
            try checkAllocation(x.count + y.count, MemoryLayout<Value>.stride)
            return .tuple(x + y)
        case (.add, .tuple, _):
            throw RuntimeError.typeError("can only concatenate tuple (not \"\(b.typeName)\") to tuple")
        case (.add, .bytes(let x), .bytes(let y)):
            try checkAllocation(x.count + y.count)
            return .bytes(x + y)
        case (.add, .bytes, _): throw RuntimeError.typeError("can't concat \(b.typeName) to bytes")
        case (.multiply, .str(let s), _), (.multiply, _, .str(let s)):
            let n = try repeatCount(a, b)
            return .str(n <= 0 ? "" : String(repeating: s, count: n))
        case (.multiply, .list(let l), _), (.multiply, _, .list(let l)):
            let n = try repeatCount(a, b)
            var items: [Value] = []
            if n > 0 {
                items.reserveCapacity(l.items.count * n)
                for _ in 0..<n { items += l.items }
            }
            return .list(ListObject(items))
        case (.multiply, .tuple(let t), _), (.multiply, _, .tuple(let t)):
            let n = try repeatCount(a, b)
            var items: [Value] = []
            if n > 0 { for _ in 0..<n { items += t } }
            return .tuple(items)
        case (.multiply, .bytes(let bytes), _), (.multiply, _, .bytes(let bytes)):
            let n = try repeatCount(a, b)
            var items: [UInt8] = []
            if n > 0 { for _ in 0..<n { items += bytes } }
            return .bytes(items)
        case (.modulo, .str(let format), _):
            return try PercentFormat.compile(format).apply(b, vm)
        // The result of a set operation has the left operand's type (`frozenset | set` is a frozenset).
        case (.bitOr, .set(let x), .set(let y)):
            let result = x.copy(frozen: x.isFrozen)
            for e in y.elements { try result.add(e) }
            return .set(result)
        case (.bitAnd, .set(let x), .set(let y)):
            let result = SetObject(frozen: x.isFrozen)
            for e in x.elements where try y.contains(e) { try result.add(e) }
            return .set(result)
        case (.subtract, .set(let x), .set(let y)):
            let result = SetObject(frozen: x.isFrozen)
            for e in x.elements where !(try y.contains(e)) { try result.add(e) }
            return .set(result)
        case (.bitXor, .set(let x), .set(let y)):
            let result = SetObject(frozen: x.isFrozen)
            for e in x.elements where !(try y.contains(e)) { try result.add(e) }
            for e in y.elements where !(try x.contains(e)) { try result.add(e) }
            return .set(result)
        case (.bitOr, .dict(let x), .dict(let y)):
            let result = DictObject(x.storage)
            for (k, v) in y.storage { try result.set(k, v) }
            return .dict(result)
        default:
            return nil
        }
    }

    /// The repeat count of `sequence * n`, checked against the memory the result needs.
    static func repeatCount(_ a: Value, _ b: Value) throws -> Int {
        let other: Value
        let sequence: Value
        switch a {
        case .str, .list, .tuple, .bytes:
            other = b
            sequence = a
        default:
            other = a
            sequence = b
        }
        let n: Int
        switch other {
        case .int(let v): n = v
        case .bool(let flag): n = flag ? 1 : 0
        case .bigint(let v):
            if v.isNegative { return 0 }
            throw RuntimeError.indexSizeOverflow()
        default: throw RuntimeError.typeError("can't multiply sequence by non-int of type '\(other.typeName)'")
        }
        let length: Int
        switch sequence {
        case .str(let s): length = s.utf8.count
        case .list(let l): length = l.items.count * MemoryLayout<Value>.stride
        case .tuple(let t): length = t.count * MemoryLayout<Value>.stride
        case .bytes(let b): length = b.count
        default: length = 0
        }
        try checkAllocation(n, length)
        return n
    }

    /// Refuses results too large for the memory available, as Python's `MemoryError` does, instead of
    /// crashing: `count` elements of `size` bytes.
    static func checkAllocation(_ count: Int, _ size: Int = 1) throws {
        try MemoryGuard.check(count: count, elementSize: size)
    }

    /// `a op= b`: lists extend in place; everything else rebinds.
    static func inPlace(_ op: BinaryOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value {
        if let result = quickArithmetic(op, a, b) { return result }
        do {
            return try inPlaceUnchecked(op, a, b, vm)
        } catch let error as RuntimeError where error.kind === BuiltinTypes.typeError
                    && error.exception.message.hasPrefix("unsupported operand type(s) for \(op.rawValue):") {
            let symbol = op == .power ? "**=" : op.rawValue + "="
            throw RuntimeError.typeError(
                "unsupported operand type(s) for \(symbol): '\(a.messageTypeName)' and '\(b.messageTypeName)'")
        }
    }

    static func inPlaceUnchecked(_ op: BinaryOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value {
        if op == .add, case .str(let x) = a, case .str(let y) = b { return try concatenated(x, y) }
        if let result = try instanceInPlace(op, a, b, vm) { return result }
        switch (op, a) {
        case (.add, .list(let l)):
            l.items += try collect(b, vm)
            return a
        case (.multiply, .list(let l)):
            let n = try repeatCount(a, b)
            let original = l.items
            l.items = []
            if n > 0 { for _ in 0..<n { l.items += original } }
            return a
        case (.bitOr, .set(let s)) where !s.isFrozen:
            guard case .set(let other) = b else { throw unsupported(op, a, b) }
            for e in other.elements { try s.add(e) }
            return a
        case (.bitOr, .dict(let d)):
            guard case .dict(let other) = b else { throw unsupported(op, a, b) }
            for (k, v) in other.storage { try d.set(k, v) }
            return a
        case (_, .ndarray(let array)):
            // numpy arrays change in place, so every name and view of the array sees the result.
            if let result = try ArrayOperators.inPlace(op, array, b, vm) { return result }
            throw unsupported(op, a, b)
        default:
            return try binary(op, a, b, vm)
        }
    }

    static func negate(_ v: Value) throws -> Value {
        switch v {
        case .int(let i):
            if i == Int.min { return .integer(-BigInt(i)) }
            return .int(-i)
        case .bigint(let b): return .integer(-b)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        case .ndarray, .scalar: return try ArrayOperators.unary(.negative, v)
        default:
            if let r = try ComplexValues.unary(.negative, v) { return r }
            if let r = try instanceUnary("__neg__", v, nil) { return r }
            if let base = v.builtinBase { return try negate(base) }
            throw RuntimeError.typeError("bad operand type for unary -: '\(v.messageTypeName)'")
        }
    }

    static func unaryPlus(_ v: Value) throws -> Value {
        switch v {
        case .int, .bigint, .float: return v
        case .ndarray, .scalar: return try ArrayOperators.unary(.positive, v)
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if let r = try ComplexValues.unary(.positive, v) { return r }
            if let r = try instanceUnary("__pos__", v, nil) { return r }
            if let base = v.builtinBase { return try unaryPlus(base) }
            throw RuntimeError.typeError("bad operand type for unary +: '\(v.messageTypeName)'")
        }
    }

    static func invert(_ v: Value, _ vm: Interpreter?) throws -> Value {
        switch v {
        case .int(let i): return .int(~i)
        case .bigint(let b): return .integer(~b)
        case .bool(let b): return .int(b ? -2 : -1)
        case .ndarray, .scalar: return try ArrayOperators.unary(.invert, v)
        default:
            if let r = try ComplexValues.unary(.invert, v) { return r }
            if let r = try instanceUnary("__invert__", v, vm) { return r }
            if let base = v.builtinBase { return try invert(base, vm) }
            throw RuntimeError.typeError("bad operand type for unary ~: '\(v.messageTypeName)'")
        }
    }

    /// Truth of a native object, which may refuse.
    static func truth(_ object: any NativeObject, _ vm: Interpreter) throws -> Bool { object.isTruthy }
}

extension Value {
    /// The value as an int or float, for mixed arithmetic (bools count as ints).
    var asNumber: Value? {
        switch self {
        case .bool(let b): return .int(b ? 1 : 0)
        case .int, .bigint, .float: return self
        default: return nil
        }
    }
}
