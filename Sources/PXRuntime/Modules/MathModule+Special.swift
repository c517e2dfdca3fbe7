#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - gamma, lgamma, erf, erfc, dist and hypot, computed as CPython computes them

extension MathModule {
    static func installSpecial(into r: Registry) {
        r.register("math.gamma", doc: "Gamma function at x.", parameters: ["x"]) { (x: Real) in
            let v = gamma(x.value)
            if v.isNaN && !x.value.isNaN { throw RuntimeError.valueError("math domain error") }
            if v.isInfinite && x.value.isFinite {
                if x.value == 0 { throw RuntimeError.valueError("math domain error") }
                throw RuntimeError.overflow("math range error")
            }
            return v
        }
        r.register("math.lgamma", doc: "Natural logarithm of absolute value of Gamma function at x.",
                   parameters: ["x"]) { (x: Real) in
            let v = logGamma(x.value)
            if v.isInfinite && x.value.isFinite {
                if x.value <= 0 && x.value == x.value.rounded(.down) {
                    throw RuntimeError.valueError("math domain error")
                }
                throw RuntimeError.overflow("math range error")
            }
            return v
        }
        unary(r, "erf", "Error function at x.") { Glibc.erf($0) }
        unary(r, "erfc", "Complementary error function at x.") { Glibc.erfc($0) }
        r.register("math.dist", doc: "Return the Euclidean distance between two points p and q.",
                   parameters: ["p", "q"]) { args, vm in
            try args.check("dist", min: 2, max: 2)
            let p = try Operations.collect(args[0], vm), q = try Operations.collect(args[1], vm)
            guard p.count == q.count else {
                throw RuntimeError.valueError("both points must have the same number of dimensions")
            }
            var differences: [Double] = []
            differences.reserveCapacity(p.count)
            for (a, b) in zip(p, q) { differences.append(Swift.abs(try real(a) - real(b))) }
            return .float(norm(differences))
        }
        r.register("math.hypot", doc: "Multidimensional Euclidean distance from the origin to a point.") { args, _ in
            .float(norm(try args.positional.map { Swift.abs(try real($0)) }))
        }
    }

    // MARK: - Lanczos approximation (N = 13, g = 6.024680040776729583740234375), as CPython's math module

    static let lanczosG = 6.024680040776729583740234375
    static let lanczosGMinusHalf = 5.524680040776729583740234375
    static let lanczosNumerator: [Double] = [
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    /// The denominator x(x+1)…(x+11) as polynomial coefficients.
    static let lanczosDenominator: [Double] = [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
        32670.0, 1925.0, 66.0, 1.0,
    ]
    /// Γ(1) … Γ(23), exact.
    static let gammaOfIntegers: [Double] = [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
        6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
        121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
    ]
    static let logPi = 1.144729885849400174143427351353058711647

    /// The Lanczos sum as a rational function; for large x in 1/x to avoid overflow.
    static func lanczosSum(_ x: Double) -> Double {
        var numerator = 0.0, denominator = 0.0
        if x < 5.0 {
            for i in stride(from: 12, through: 0, by: -1) {
                numerator = numerator * x + lanczosNumerator[i]
                denominator = denominator * x + lanczosDenominator[i]
            }
        } else {
            for i in 0..<13 {
                numerator = numerator / x + lanczosNumerator[i]
                denominator = denominator / x + lanczosDenominator[i]
            }
        }
        return numerator / denominator
    }

    /// sin(πx) with exact zeros at the integers.
    static func sinPi(_ x: Double) -> Double {
        let y = fmod(Swift.abs(x), 2.0)
        let r: Double
        switch Int((2.0 * y).rounded()) {
        case 0: r = sin(Double.pi * y)
        case 1: r = cos(Double.pi * (y - 0.5))
        case 2: r = sin(Double.pi * (1.0 - y))
        case 3: r = -cos(Double.pi * (y - 1.5))
        default: r = sin(Double.pi * (y - 2.0))
        }
        return copysign(1.0, x) * r
    }

    /// Γ(x) (NaN for a domain error, ±∞ for a pole or an overflow).
    static func gamma(_ x: Double) -> Double {
        if !x.isFinite { return x.isNaN || x > 0 ? x : .nan }
        if x == 0 { return copysign(.infinity, x) }
        if x == x.rounded(.down) {
            if x < 0 { return .nan }
            if x <= 23 { return gammaOfIntegers[Int(x) - 1] }
        }
        let absolute = Swift.abs(x)
        if absolute < 1e-20 { return 1.0 / x }
        if absolute > 200.0 { return x < 0 ? 0.0 / sinPi(x) : .infinity }
        let y = absolute + lanczosGMinusHalf
        // The rounding error of y, to correct the result.
        var z: Double
        if absolute > lanczosGMinusHalf {
            let q = y - absolute
            z = q - lanczosGMinusHalf
        } else {
            let q = y - lanczosGMinusHalf
            z = q - absolute
        }
        z = z * lanczosG / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinPi(absolute) / absolute * exp(y) / lanczosSum(absolute)
            r -= z * r
            if absolute < 140.0 {
                r /= pow(y, absolute - 0.5)
            } else {
                let root = pow(y, absolute / 2.0 - 0.25)
                r /= root
                r /= root
            }
        } else {
            r = lanczosSum(absolute) / exp(y)
            r += z * r
            if absolute < 140.0 {
                r *= pow(y, absolute - 0.5)
            } else {
                let root = pow(y, absolute / 2.0 - 0.25)
                r *= root
                r *= root
            }
        }
        return r
    }

    /// log|Γ(x)| (+∞ at the poles).
    static func logGamma(_ x: Double) -> Double {
        if !x.isFinite { return x.isNaN ? x : .infinity }
        if x == x.rounded(.down) && x <= 2.0 { return x <= 0 ? .infinity : 0.0 }
        let absolute = Swift.abs(x)
        if absolute < 1e-20 { return -log(absolute) }
        var r = log(lanczosSum(absolute)) - lanczosG
        r += (absolute - 0.5) * (log(absolute + lanczosG - 0.5) - 1)
        if x < 0 { r = logPi - log(Swift.abs(sinPi(absolute))) - log(absolute) - r }
        return r
    }

    // MARK: - Euclidean norm

    /// The length of a vector of non-negative components, with compensated summation and a correction step
    /// so that the result is (nearly always) correctly rounded, as CPython's `hypot` and `dist`.
    static func norm(_ vector: [Double]) -> Double {
        var maximum = 0.0
        var foundNaN = false
        for x in vector {
            foundNaN = foundNaN || x.isNaN
            if x > maximum { maximum = x }
        }
        if maximum.isInfinite { return maximum }
        if foundNaN { return .nan }
        if maximum == 0 || vector.count <= 1 { return maximum }
        var csum = 1.0
        var frac1 = 0.0, frac2 = 0.0, frac3 = 0.0
        // Adds `x` to the running sum, keeping what the addition lost in `fraction`.
        func accumulate(_ x: Double, _ fraction: inout Double) {
            let old = csum
            csum += x
            fraction += (old - csum) + x
        }
        let exponent = Int(maximum.exponent) + 1
        if exponent >= -1023 {
            let scale = Double(sign: .plus, exponent: -exponent, significand: 1)
            let split = 134217729.0  // 2^27 + 1: Veltkamp–Dekker splitting into halves.
            for component in vector {
                let x = component * scale
                let t = x * split
                let hi = t - (t - x)
                let lo = x - hi
                accumulate(hi * hi, &frac1)
                accumulate(2.0 * hi * lo, &frac2)
                frac3 += lo * lo
            }
            let h = (csum - 1.0 + (frac1 + frac2 + frac3)).squareRoot()
            let t = h * split
            let hi = t - (t - h)
            let lo = h - hi
            accumulate(-hi * hi, &frac1)
            accumulate(-2.0 * hi * lo, &frac2)
            accumulate(-lo * lo, &frac3)
            let x = csum - 1.0 + (frac1 + frac2 + frac3)
            return (h + x / (2.0 * h)) / scale
        }
        // Subnormal maximum: 2^-exponent would overflow, so divide by the maximum instead.
        for component in vector {
            let x = component / maximum
            accumulate(x * x, &frac1)
        }
        return maximum * (csum - 1.0 + frac1).squareRoot()
    }
}
