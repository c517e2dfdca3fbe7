import PXBigInt
import PXNumeric
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `round()`: half to even, on the exact binary value.
enum Rounding {
    static func round(_ number: Value, _ digits: Value) throws -> Value {
        var ndigits: Int?
        switch digits {
        case .none: ndigits = nil
        case .int(let n): ndigits = n
        case .bool(let b): ndigits = b ? 1 : 0
        default: throw RuntimeError.typeError("'\(digits.typeName)' object cannot be interpreted as an integer")
        }
        switch number {
        case .int, .bigint:
            guard let n = ndigits, n < 0, let i = number.bigIntValue else { return number }
            return .integer(roundInteger(i, n == Int.min ? Int.max : -n))
        case .bool(let b):
            return .int(b ? 1 : 0)
        case .float(let d):
            guard let n = ndigits else {
                if d.isNaN { throw RuntimeError.valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw RuntimeError.overflow("cannot convert float infinity to integer") }
                return try Constructors.integer(d.rounded(.toNearestOrEven))
            }
            return .float(roundFloat(d, n))
        case .ndarray(let a):
            return ArrayConversion.result(try numeric { try NumpyModule.round(a, decimals: ndigits ?? 0) })
        case .scalar(let s):
            // Without digits a numpy scalar rounds to a Python int; with digits the numpy way, to a numpy scalar
            // (`round(np.float64(2.675), 2)`).
            guard ndigits != nil else { return try round(ArrayConversion.pythonValue(s), .none) }
            let a = try numeric { try NDArray.full(shape: [], value: s) }
            return ArrayConversion.result(try numeric { try NumpyModule.round(a, decimals: ndigits ?? 0) })
        default:
            if let cls = number.userClass, let method = cls.override("__round__") {
                return try Operations.callSpecial(method, number, cls, digits.isNone ? [] : [digits], nil)
            }
            if let base = number.builtinBase { return try round(base, digits) }
            throw RuntimeError.typeError("type \(number.typeName) doesn't define __round__ method")
        }
    }

    /// `round(i, -exponent)`: to a multiple of 10^exponent, half to even.
    static func roundInteger(_ i: BigInt, _ exponent: Int) -> BigInt {
        // A power of ten with more digits than `i` rounds it to zero.
        if exponent > i.bitLength / 3 + 1 { return .zero }
        let unit = BigInt(10).power(exponent)
        var (q, r) = i.floorDivided(by: unit)
        let twice = r + r
        if twice > unit || (twice == unit && q.isOdd) { q = q + 1 }
        return q * unit
    }

    static func roundFloat(_ d: Double, _ n: Int) -> Double {
        guard d.isFinite, d != 0 else { return d }
        if n >= 0 {
            if n > 320 { return d }
            let text = FloatFormatter.printf("%.\(n)f", d)
            return Double(text) ?? d
        }
        if n < -308 { return 0 * d }
        let unit = pow(10.0, Double(-n))
        let y = d / unit
        var z = y.rounded()
        if abs(y - z) == 0.5 { z = 2.0 * (y / 2.0).rounded() }
        let result = z * unit
        return result.isFinite ? result : d
    }
}
