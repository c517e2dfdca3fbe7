import PXBigInt
import PXLang

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Integer arithmetic: machine integers first, any size on overflow

extension Operations {
    /// `x op y` on machine integers; a result that overflows is computed again with big integers.
    static func integer(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? .integer(BigInt.sum(x, y)) : .int(r)
        case .subtract:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? .integer(BigInt.difference(x, y)) : .int(r)
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? .integer(BigInt.product(x, y)) : .int(r)
        case .divide:
            if y == 0 { throw RuntimeError.zeroDivision("division by zero") }
            // Both exact as doubles: one rounding, as CPython's fast path.
            if x.magnitude <= 1 << 53 && y.magnitude <= 1 << 53 { return .float(Double(x) / Double(y)) }
            return try bigInteger(op, BigInt(x), BigInt(y))
        case .floorDivide:
            if y == 0 { throw RuntimeError.zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return .integer(-BigInt(x)) }
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
            if let r = integerPower(x, y) { return .int(r) }
            return try bigInteger(op, BigInt(x), BigInt(y))
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .leftShift:
            if y < 0 { throw RuntimeError.valueError("negative shift count") }
            if x == 0 { return .int(0) }
            if y < 64 {
                let r = x << y
                if r >> y == x { return .int(r) }
            }
            return try bigInteger(op, BigInt(x), BigInt(y))
        case .rightShift:
            if y < 0 { throw RuntimeError.valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .matrixMultiply:
            throw unsupported(op, .int(x), .int(y))
        }
    }

    /// `base ** exponent` for a non-negative exponent, or nil when it overflows 64 bits.
    static func integerPower(_ base: Int, _ exponent: Int) -> Int? {
        var result = 1
        var b = base
        var e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                if o { return nil }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = b.multipliedReportingOverflow(by: b)
                if o { return nil }
                b = sq
            }
        }
        return result
    }

    /// `x op y` for a big integer and a machine integer, without making the machine integer big: `+`, `-`, `*`,
    /// `//` and `%`; nil for the other operators.
    static func bigIntegerWord(_ op: BinaryOperator, _ x: BigInt, _ y: Int) throws -> Value? {
        switch op {
        case .add: return .integer(x + y)
        case .subtract: return .integer(x - y)
        case .multiply: return .integer(x * y)
        case .floorDivide:
            if y == 0 { throw RuntimeError.zeroDivision("integer division or modulo by zero") }
            return .integer(x.floorDivided(by: y).quotient)
        case .modulo:
            if y == 0 { throw RuntimeError.zeroDivision("integer modulo by zero") }
            return .int(x.floorDivided(by: y).remainder)
        default: return nil
        }
    }

    /// `x op= y` computed in `x`'s storage (which grows in place when nothing else shares it) for `+`, `-` and
    /// `*` by a machine integer; false, with `x` unchanged, for any other operator or operand.
    static func bigIntegerInPlace(_ op: BinaryOperator, _ x: inout BigInt, _ y: Value) -> Bool {
        switch (op, y) {
        case (.add, .int(let j)): x += j
        case (.add, .bigint(let b)): x += b
        case (.subtract, .int(let j)): x -= j
        case (.subtract, .bigint(let b)): x -= b
        case (.multiply, .int(let j)): x *= j
        default: return false
        }
        return true
    }

    /// `x op y` on integers of any size.
    static func bigInteger(_ op: BinaryOperator, _ x: BigInt, _ y: BigInt) throws -> Value {
        switch op {
        case .add: return .integer(x + y)
        case .subtract: return .integer(x - y)
        case .multiply:
            try MemoryGuard.check(bytes: (x.bitLength + y.bitLength) / 8)
            return .integer(x * y)
        case .divide:
            if y.isZero { throw RuntimeError.zeroDivision("division by zero") }
            guard let q = BigInt.trueDivide(x, y) else {
                throw RuntimeError.overflow("integer division result too large for a float")
            }
            return .float(q)
        case .floorDivide:
            if y.isZero { throw RuntimeError.zeroDivision("integer division or modulo by zero") }
            return .integer(x.floorDivided(by: y).quotient)
        case .modulo:
            if y.isZero { throw RuntimeError.zeroDivision("integer modulo by zero") }
            return .integer(x.floorDivided(by: y).remainder)
        case .power:
            return try bigPower(x, y)
        case .bitAnd: return .integer(x & y)
        case .bitOr: return .integer(x | y)
        case .bitXor: return .integer(x ^ y)
        case .leftShift:
            if y.isNegative { throw RuntimeError.valueError("negative shift count") }
            if x.isZero { return .int(0) }
            guard let n = y.asInt else { throw MemoryGuard.memoryError() }
            try MemoryGuard.check(bytes: x.bitLength / 8 + n / 8)
            return .integer(x << n)
        case .rightShift:
            if y.isNegative { throw RuntimeError.valueError("negative shift count") }
            guard let n = y.asInt else { return .int(x.isNegative ? -1 : 0) }
            return .integer(x >> n)
        case .matrixMultiply:
            throw unsupported(op, .integer(x), .integer(y))
        }
    }

    /// `x ** y` for integers of any size: a float for negative exponents, as Python.
    static func bigPower(_ x: BigInt, _ y: BigInt) throws -> Value {
        if y.isNegative {
            if x.isZero { throw RuntimeError.zeroDivision("0.0 cannot be raised to a negative power") }
            return try real(.power, try x.asDouble(), try y.asDouble())
        }
        if x.isZero { return .int(y.isZero ? 1 : 0) }
        if x == BigInt(1) { return .int(1) }
        if x == BigInt(-1) { return .int(y.isOdd ? -1 : 1) }
        guard let n = y.asInt else { throw MemoryGuard.memoryError() }
        // The result has about bitLength(x) × n bits.
        let (bits, overflow) = (x.bitLength - 1).multipliedReportingOverflow(by: n)
        if overflow { throw MemoryGuard.memoryError() }
        try MemoryGuard.check(bytes: bits / 8)
        return .integer(x.power(n))
    }

    /// Python's three-argument `pow(base, exponent, modulus)` on integers, including negative exponents
    /// (through the modular inverse).
    static func modularPower(_ base: BigInt, _ exponent: BigInt, _ modulus: BigInt) throws -> Value {
        if modulus.isZero { throw RuntimeError.valueError("pow() 3rd argument cannot be 0") }
        var base = base
        var exponent = exponent
        if exponent.isNegative {
            guard let inverse = base.inverse(modulo: modulus) else {
                throw RuntimeError.valueError("base is not invertible for the given modulus")
            }
            base = inverse
            exponent = -exponent
        }
        return .integer(base.power(exponent, modulus: modulus))
    }
}

extension BigInt {
    /// The nearest double.
    /// - Throws: `OverflowError: int too large to convert to float`.
    func asDouble() throws -> Double {
        guard let d = doubleValue else { throw RuntimeError.intTooLargeForFloat() }
        return d
    }
}
