#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rest of CPython 3.11's real-valued distributions, transcribed from `random.py` step for step so that
/// they consume the stream and round exactly as CPython does.
extension PythonRandom {
    /// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
    public mutating func logNormalVariate(mu: Double, sigma: Double) -> Double {
        exp(normalVariate(mu: mu, sigma: sigma))
    }

    /// `paretovariate(alpha)`.
    public mutating func paretoVariate(_ alpha: Double) -> Double {
        let u = 1.0 - random()
        return pow(u, -1.0 / alpha)
    }

    /// `weibullvariate(alpha, beta)`.
    public mutating func weibullVariate(alpha: Double, beta: Double) -> Double {
        let u = 1.0 - random()
        return alpha * pow(-log(u), 1.0 / beta)
    }

    /// `vonmisesvariate(mu, kappa)`: Fisher's algorithm; a concentration below 1e-6 is uniform on the circle.
    public mutating func vonMisesVariate(mu: Double, kappa: Double) -> Double {
        let twoPi = 2 * Double.pi
        if kappa <= 1e-6 { return twoPi * random() }
        let s = 0.5 / kappa
        let r = s + (1.0 + s * s).squareRoot()
        var z = 0.0
        while true {
            let u1 = random()
            z = cos(Double.pi * u1)
            let d = z / (r + z)
            let u2 = random()
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d) { break }
        }
        let q = 1.0 / r
        let f = (q + z) / (1.0 + q * z)
        let u3 = random()
        return Self.pythonModulo(u3 > 0.5 ? mu + acos(f) : mu - acos(f), twoPi)
    }

    /// `gammavariate(alpha, beta)`: Cheng's method above 1, the exponential at 1, algorithm GS below.
    /// - Throws: `ValueError: gammavariate: alpha and beta must be > 0.0`.
    public mutating func gammaVariate(alpha: Double, beta: Double) throws(NumericError) -> Double {
        guard alpha > 0.0, beta > 0.0 else { throw .value("gammavariate: alpha and beta must be > 0.0") }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).squareRoot()
            let bbb = alpha - log(4.0), ccc = alpha + ainv
            let sgMagic = 1.0 + log(4.5)
            while true {
                let u1 = random()
                if !(1e-7 < u1 && u1 < 0.9999999) { continue }
                let u2 = 1.0 - random()
                let v = log(u1 / (1.0 - u1)) / ainv
                let x = alpha * exp(v)
                let z = u1 * u1 * u2
                let r = bbb + ccc * v - x
                if r + sgMagic - 4.5 * z >= 0.0 || r >= log(z) { return x * beta }
            }
        }
        if alpha == 1.0 { return -log(1.0 - random()) * beta }
        var x = 0.0
        while true {
            let u = random()
            let b = (M_E + alpha) / M_E
            let p = b * u
            x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha)
            let u1 = random()
            if p > 1.0 {
                if u1 <= pow(x, alpha - 1.0) { break }
            } else if u1 <= exp(-x) {
                break
            }
        }
        return x * beta
    }

    /// `betavariate(alpha, beta)`: the ratio of two gamma variates.
    /// - Throws: `gammavariate`'s `ValueError` for a parameter not above 0.
    public mutating func betaVariate(alpha: Double, beta: Double) throws(NumericError) -> Double {
        let y = try gammaVariate(alpha: alpha, beta: 1.0)
        guard y != 0 else { return 0.0 }
        return y / (y + (try gammaVariate(alpha: beta, beta: 1.0)))
    }

    /// `randbytes(n)`: the bytes of `getrandbits(n * 8)`, least significant first.
    public mutating func randomBytes(_ n: Int) -> [UInt8] {
        randomWords(bits: max(0, n) * 8).flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } }
            .prefix(max(0, n)).map { $0 }
    }

    /// Python's float `%`: the remainder takes the divisor's sign.
    static func pythonModulo(_ x: Double, _ y: Double) -> Double {
        let r = fmod(x, y)
        if r == 0 { return copysign(0.0, y) }
        return (y < 0) != (r < 0) ? r + y : r
    }
}
