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
        case (.float(let x), .float(let y)): return try real(op, x, y)
        case (.int(let x), .float(let y)): return try real(op, Double(x), y)
        case (.float(let x), .int(let y)): return try real(op, x, Double(y))
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
        return RuntimeError.typeError("unsupported operand type(s) for \(symbol): '\(a.typeName)' and '\(b.typeName)'")
    }

    static func integer(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw RuntimeError.overflow() }
            return .int(r)
        case .subtract:
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw RuntimeError.overflow() }
            return .int(r)
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw RuntimeError.overflow() }
            return .int(r)
        case .divide:
            if y == 0 { throw RuntimeError.zeroDivision("division by zero") }
            return .float(Double(x) / Double(y))
        case .floorDivide:
            if y == 0 { throw RuntimeError.zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { throw RuntimeError.overflow() }
            let q = x / y
            return .int((x % y != 0 && (x < 0) != (y < 0)) ? q - 1 : q)
        case .modulo:
            if y == 0 { throw RuntimeError.zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            let r = x % y
            return .int((r != 0 && (r < 0) != (y < 0)) ? r + y : r)
        case .power:
            if y < 0 {
                if x == 0 { throw RuntimeError.zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(pow(Double(x), Double(y)))
            }
            return .int(try integerPower(x, y))
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .leftShift:
            if y < 0 { throw RuntimeError.valueError("negative shift count") }
            if x == 0 { return .int(0) }
            if y >= 64 { throw RuntimeError.overflow() }
            let r = x << y
            if r >> y != x { throw RuntimeError.overflow() }
            return .int(r)
        case .rightShift:
            if y < 0 { throw RuntimeError.valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .matrixMultiply:
            throw unsupported(op, .int(x), .int(y))
        }
    }

    static func integerPower(_ base: Int, _ exponent: Int) throws -> Int {
        var result = 1
        var b = base
        var e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { throw RuntimeError.overflow() }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = b.multipliedReportingOverflow(by: b)
                if o { throw RuntimeError.overflow() }
                b = sq
            }
        }
        return result
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

    /// Operators on strings, lists, tuples, bytes, sets and dicts.
    static func sequenceOperation(_ op: BinaryOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value? {
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)): return .str(x + y)
        case (.add, .str, _):
            throw RuntimeError.typeError("can only concatenate str (not \"\(b.typeName)\") to str")
        case (.add, .list(let x), .list(let y)): return .list(ListObject(x.items + y.items))
        case (.add, .list, _):
            throw RuntimeError.typeError("can only concatenate list (not \"\(b.typeName)\") to list")
        case (.add, .tuple(let x), .tuple(let y)): return .tuple(x + y)
        case (.add, .tuple, _):
            throw RuntimeError.typeError("can only concatenate tuple (not \"\(b.typeName)\") to tuple")
        case (.add, .bytes(let x), .bytes(let y)): return .bytes(x + y)
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
        case (.bitOr, .set(let x), .set(let y)):
            let result = x.copy()
            for e in y.elements { try result.add(e) }
            return .set(result)
        case (.bitAnd, .set(let x), .set(let y)):
            let result = SetObject()
            for e in x.elements where try y.contains(e) { try result.add(e) }
            return .set(result)
        case (.subtract, .set(let x), .set(let y)):
            let result = SetObject()
            for e in x.elements where !(try y.contains(e)) { try result.add(e) }
            return .set(result)
        case (.bitXor, .set(let x), .set(let y)):
            let result = SetObject()
            for e in x.elements where !(try y.contains(e)) { try result.add(e) }
            for e in y.elements where !(try x.contains(e)) { try result.add(e) }
            return .set(result)
        case (.bitOr, .dict(let x), .dict(let y)):
            let result = DictObject(x.storage)
            for (k, v) in y.storage { result.storage[k] = v }
            return .dict(result)
        default:
            return nil
        }
    }

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
        default: throw RuntimeError.typeError("can't multiply sequence by non-int of type '\(other.typeName)'")
        }
        let length: Int
        switch sequence {
        case .str(let s): length = s.utf8.count
        case .list(let l): length = l.items.count
        case .tuple(let t): length = t.count
        case .bytes(let b): length = b.count
        default: length = 0
        }
        try checkAllocation(n, length)
        return n
    }

    /// Refuses results too large to allocate, as Python's `MemoryError` does, instead of crashing.
    static func checkAllocation(_ count: Int, _ size: Int = 1) throws {
        let (total, overflow) = count.multipliedReportingOverflow(by: max(size, 1))
        if overflow || total > 1 << 30 { throw RuntimeError(BuiltinTypes.memoryError, "") }
    }

    /// `a op= b`: lists extend in place; everything else rebinds.
    static func inPlace(_ op: BinaryOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value {
        if let result = quickArithmetic(op, a, b) { return result }
        do {
            return try inPlaceUnchecked(op, a, b, vm)
        } catch let error as RuntimeError where error.kind === BuiltinTypes.typeError
                    && error.exception.message.hasPrefix("unsupported operand type(s) for \(op.rawValue):") {
            let symbol = op == .power ? "**=" : op.rawValue + "="
            throw RuntimeError.typeError("unsupported operand type(s) for \(symbol): '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    static func inPlaceUnchecked(_ op: BinaryOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value {
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
        case (.bitOr, .set(let s)):
            guard case .set(let other) = b else { throw unsupported(op, a, b) }
            for e in other.elements { try s.add(e) }
            return a
        case (.bitOr, .dict(let d)):
            guard case .dict(let other) = b else { throw unsupported(op, a, b) }
            for (k, v) in other.storage { d.storage[k] = v }
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
            if i == Int.min { throw RuntimeError.overflow() }
            return .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        case .ndarray, .scalar: return try ArrayOperators.unary(.negative, v)
        default:
            if let r = try instanceUnary("__neg__", v, nil) { return r }
            if let base = v.builtinBase { return try negate(base) }
            throw RuntimeError.typeError("bad operand type for unary -: '\(v.typeName)'")
        }
    }

    static func unaryPlus(_ v: Value) throws -> Value {
        switch v {
        case .int, .float: return v
        case .ndarray, .scalar: return try ArrayOperators.unary(.positive, v)
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if let r = try instanceUnary("__pos__", v, nil) { return r }
            if let base = v.builtinBase { return try unaryPlus(base) }
            throw RuntimeError.typeError("bad operand type for unary +: '\(v.typeName)'")
        }
    }

    static func invert(_ v: Value, _ vm: Interpreter?) throws -> Value {
        switch v {
        case .int(let i): return .int(~i)
        case .bool(let b): return .int(b ? -2 : -1)
        case .ndarray, .scalar: return try ArrayOperators.unary(.invert, v)
        default:
            if let r = try instanceUnary("__invert__", v, vm) { return r }
            if let base = v.builtinBase { return try invert(base, vm) }
            throw RuntimeError.typeError("bad operand type for unary ~: '\(v.typeName)'")
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
        case .int, .float: return self
        default: return nil
        }
    }
}
