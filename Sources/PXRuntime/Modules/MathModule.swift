#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `math` module.
enum MathModule {
    static func real(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bigint(let b): return try b.asDouble()
        case .bool(let b): return b ? 1 : 0
        case .ndarray(let a) where a.count == 1: return a.scalar(flat: 0).doubleValue
        case .scalar(let s): return s.doubleValue
        default: throw RuntimeError.typeError("must be real number, not \(v.typeName)")
        }
    }

    /// An integer argument, clamped to the machine range (for exponents such as `ldexp`'s).
    static func integer(_ v: Value, _ name: String) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bigint(let b): return b.isNegative ? Int.min : Int.max
        case .bool(let b): return b ? 1 : 0
        case .scalar(let s) where !s.isFloat: return Int(s.int64Value)
        case .float: throw RuntimeError.typeError("'float' object cannot be interpreted as an integer")
        default: throw RuntimeError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// Checks a libm result the way CPython's math module does.
    static func checked(_ x: Double, _ r: Double, overflowPossible: Bool = true) throws -> Double {
        if r.isNaN && !x.isNaN { throw RuntimeError.valueError("math domain error") }
        if r.isInfinite && x.isFinite {
            if overflowPossible { throw RuntimeError.overflow("math range error") }
            throw RuntimeError.valueError("math domain error")
        }
        return r
    }

    static func unary(_ r: Registry, _ name: String, _ doc: String, overflow: Bool = true,
                      _ f: @escaping (Double) -> Double) {
        r.register("math." + name, doc: doc, parameters: ["x"]) { (x: Real) in
            try checked(x.value, f(x.value), overflowPossible: overflow)
        }
    }

    static func install(into r: Registry) {
        r.declareModule("math", doc: "This module provides access to the mathematical functions defined by the C standard.")
        r.register("math.pi", value: .float(Double.pi))
        r.register("math.e", value: .float(M_E))
        r.register("math.tau", value: .float(2 * Double.pi))
        r.register("math.inf", value: .float(.infinity))
        r.register("math.nan", value: .float(.nan))
        unary(r, "sqrt", "Return the square root of x.") { $0.squareRoot() }
        unary(r, "exp", "Return e raised to the power of x.") { Glibc.exp($0) }
        unary(r, "expm1", "Return exp(x)-1.") { Glibc.expm1($0) }
        unary(r, "sin", "Return the sine of x (measured in radians).") { Glibc.sin($0) }
        unary(r, "cos", "Return the cosine of x (measured in radians).") { Glibc.cos($0) }
        unary(r, "tan", "Return the tangent of x (measured in radians).") { Glibc.tan($0) }
        unary(r, "asin", "Return the arc sine (measured in radians) of x.") { Glibc.asin($0) }
        unary(r, "acos", "Return the arc cosine (measured in radians) of x.") { Glibc.acos($0) }
        unary(r, "atan", "Return the arc tangent (measured in radians) of x.") { Glibc.atan($0) }
        unary(r, "sinh", "Return the hyperbolic sine of x.") { Glibc.sinh($0) }
        unary(r, "cosh", "Return the hyperbolic cosine of x.") { Glibc.cosh($0) }
        unary(r, "tanh", "Return the hyperbolic tangent of x.") { Glibc.tanh($0) }
        unary(r, "fabs", "Return the absolute value of the float x.") { Swift.abs($0) }
        r.registerUnary("math.log10", doc: "Return the base 10 logarithm of x.", parameter: "x") { v, _ in
            .float(try logarithm(v) { Glibc.log10($0) })
        }
        r.registerUnary("math.log2", doc: "Return the base 2 logarithm of x.", parameter: "x") { v, _ in
            .float(try logarithm(v) { Glibc.log2($0) })
        }
        unary(r, "log1p", "Return the natural logarithm of 1+x (base e).", overflow: false) {
            $0 <= -1 ? .nan : Glibc.log1p($0)
        }
        unary(r, "degrees", "Convert angle x from radians to degrees.") { $0 * 180 / Double.pi }
        unary(r, "radians", "Convert angle x from degrees to radians.") { $0 * Double.pi / 180 }
        r.register("math.log", doc: "Return the logarithm of x to the given base.\n\n"
                   + "If the base is not specified, returns the natural logarithm (base e) of x.",
                   parameters: ["x", "base"]) { (x: Value, base: Value?) in
            let numerator = try logarithm(x) { Glibc.log($0) }
            guard let base else { return numerator }
            let denominator = try logarithm(base) { Glibc.log($0) }
            if denominator == 0 { throw RuntimeError.zeroDivision("float division by zero") }
            return numerator / denominator
        }
        r.register("math.pow", doc: "Return x**y (x to the power of y).", parameters: ["x", "y"]) { (x: Real, y: Real) in
            let (x, y) = (x.value, y.value)
            if x == 0 && y < 0 { throw RuntimeError.valueError("math domain error") }
            if x < 0 && y != y.rounded() && y.isFinite { throw RuntimeError.valueError("math domain error") }
            let v = Glibc.pow(x, y)
            if v.isInfinite && x.isFinite && y.isFinite { throw RuntimeError.overflow("math range error") }
            return v
        }
        r.register("math.atan2", doc: "Return the arc tangent (measured in radians) of y/x.",
                   parameters: ["y", "x"]) { (y: Real, x: Real) in Glibc.atan2(y.value, x.value) }
        r.register("math.copysign", doc: "Return a float with the magnitude of x but the sign of y.",
                   parameters: ["x", "y"]) { (x: Real, y: Real) in Glibc.copysign(x.value, y.value) }
        r.register("math.fmod", doc: "Return fmod(x, y), according to platform C.",
                   parameters: ["x", "y"]) { (x: Real, y: Real) in
            if y.value == 0 { throw RuntimeError.valueError("math domain error") }
            return Glibc.fmod(x.value, y.value)
        }
        r.register("math.modf", doc: "Return the fractional and integer parts of x.", parameters: ["x"]) { (x: Real) in
            var whole = 0.0
            let fraction = Glibc.modf(x.value, &whole)
            return Value.tuple([.float(fraction), .float(whole)])
        }
        r.register("math.isnan", doc: "Return True if x is a NaN (not a number), and False otherwise.",
                   parameters: ["x"]) { (x: Real) in x.value.isNaN }
        r.register("math.isinf", doc: "Return True if x is a positive or negative infinity, and False otherwise.",
                   parameters: ["x"]) { (x: Real) in x.value.isInfinite }
        r.register("math.isfinite", doc: "Return True if x is neither an infinity nor a NaN, and False otherwise.",
                   parameters: ["x"]) { (x: Real) in x.value.isFinite }
        r.register("math.isclose", doc: "Determine whether two floating point numbers are close in value.",
                   parameters: ["a", "b", Parameter("rel_tol", default: 1e-09, keywordOnly: true),
                                Parameter("abs_tol", default: 0.0, keywordOnly: true)]) {
            (a: Real, b: Real, rel: Real, absolute: Real) in
            let (a, b, rel, absolute) = (a.value, b.value, rel.value, absolute.value)
            if a == b { return true }
            if a.isInfinite || b.isInfinite { return false }
            let diff = Swift.abs(b - a)
            return diff <= Swift.abs(rel * b) || diff <= Swift.abs(rel * a) || diff <= absolute
        }
        r.registerUnary("math.fsum", doc: "Return an accurate floating point sum of values in the iterable seq.")
        { v, vm in .float(try fsum(try Operations.collect(v, vm).map(real))) }
        r.register("math.prod", doc: "Calculate the product of all the elements in the input iterable.",
                   parameters: ["start"]) { args, vm in
            try args.check("prod", min: 1, max: 1, keywords: ["start"])
            var total = args.keyword("start") ?? .int(1)
            try Operations.iterate(args[0], vm) {
                total = try Operations.binary(.multiply, total, $0, vm)
                return true
            }
            return total
        }
        r.register("math.frexp", doc: "Return the mantissa and exponent of x, as pair (m, e).",
                   parameters: ["x"]) { (x: Real) in
            let x = x.value
            if x == 0 || !x.isFinite { return Value.tuple([.float(x), .int(0)]) }
            let e = Int(x.exponent) + 1
            return Value.tuple([.float(x / Double(sign: .plus, exponent: e, significand: 1)), .int(e)])
        }
        installIntegers(into: r)
        installSpecial(into: r)
        r.register("math.ldexp", doc: "Return x * (2**i).", parameters: ["x", "i"]) { (x: Real, i: Integral) in
            let v = Glibc.ldexp(x.value, Int32(clamping: i.value))
            if v.isInfinite && x.value.isFinite { throw RuntimeError.overflow("math range error") }
            return v
        }
    }

    /// Exact summation with partial sums (Shewchuk), as CPython's `math.fsum`.
    static func fsum(_ values: [Double]) throws -> Double {
        var partials: [Double] = []
        var special = 0.0
        for x0 in values {
            var x = x0
            if !x.isFinite {
                special += x
                continue
            }
            var i = 0
            for var y in partials {
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[i] = lo
                    i += 1
                }
                x = hi
            }
            partials.removeSubrange(i...)
            partials.append(x)
        }
        if special != 0 || special.isNaN {
            if special.isNaN { throw RuntimeError.valueError("-inf + inf in fsum") }
            return special
        }
        var n = partials.count
        var hi = 0.0
        if n > 0 {
            n -= 1
            hi = partials[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = partials[n]
                hi = x + y
                let yr = hi - x
                lo = y - yr
                if lo != 0 { break }
            }
            if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
                let y = lo * 2
                let x = hi + y
                let yr = x - hi
                if y == yr { hi = x }
            }
        }
        return hi
    }
}

/// A real-number argument of the math module: converts as CPython's math functions do (ints, bools, floats,
/// one-element arrays) and keeps its wording (`must be real number, not str`).
struct Real: ArgumentConvertible {
    static var typeDescription: String { "float" }
    let value: Double

    init(argument: Value) throws {
        value = try MathModule.real(argument)
    }
}

/// An integer argument of the math module (`'float' object cannot be interpreted as an integer`).
struct Integral: ArgumentConvertible {
    static var typeDescription: String { "int" }
    let value: Int

    init(argument: Value) throws {
        value = try MathModule.integer(argument, "")
    }
}
