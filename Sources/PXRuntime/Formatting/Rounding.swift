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
        case .int(let i):
            guard let n = ndigits, n < 0 else { return .int(i) }
            return .int(try roundInteger(i, -n))
        case .bool(let b):
            return .int(b ? 1 : 0)
        case .float(let d):
            guard let n = ndigits else {
                if d.isNaN { throw RuntimeError.valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw RuntimeError.overflow("cannot convert float infinity to integer") }
                return .int(try Constructors.truncate(d.rounded(.toNearestOrEven)))
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

    static func roundInteger(_ i: Int, _ exponent: Int) throws -> Int {
        guard exponent < 19 else { return 0 }
        let unit = Int(pow(10.0, Double(exponent)))
        var q = i / unit
        var r = i % unit
        if r < 0 {
            q -= 1
            r += unit
        }
        if r * 2 > unit || (r * 2 == unit && q % 2 != 0) { q += 1 }
        let (result, overflow) = q.multipliedReportingOverflow(by: unit)
        if overflow { throw RuntimeError.overflow() }
        return result
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
