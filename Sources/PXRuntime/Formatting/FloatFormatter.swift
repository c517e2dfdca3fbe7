#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Formats floating-point numbers exactly as CPython does.
public enum FloatFormatter {
    /// `repr(x)` / `str(x)`: the shortest digits that round-trip, fixed notation for 1e-4 ≤ |x| < 1e16,
    /// exponent notation otherwise.
    public static func repr(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
        // Swift's shortest digits in fixed notation are CPython's repr wherever CPython uses fixed notation.
        let magnitude = abs(x)
        if magnitude >= 1e-4 && magnitude < 1e16 {
            let text = x.description
            if !text.utf8.contains(UInt8(ascii: "e")) { return text }
        }
        let (digits, decimalPoint) = shortestDigits(x)
        let sign = x < 0 ? "-" : ""
        if decimalPoint <= -4 || decimalPoint > 16 {
            var mantissa = String(digits.prefix(1))
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            return sign + mantissa + exponentSuffix(decimalPoint - 1)
        }
        return sign + fixed(digits: digits, decimalPoint: decimalPoint, addDotZero: true)
    }

    /// The shortest round-trip decimal digits of |x| (no leading or trailing zeros) and the position of
    /// the decimal point: |x| = 0.d1d2d3… × 10^decimalPoint.
    public static func shortestDigits(_ x: Double) -> (digits: String, decimalPoint: Int) {
        let text = abs(x).description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var integerPart = mantissa
        var fractionPart: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<dot]
            fractionPart = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(integerPart) + fractionPart
        var decimalPoint = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            decimalPoint -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        if digits.isEmpty { return ("0", 1) }
        return (digits, decimalPoint)
    }

    /// |x| rounded to `significant` digits: the digits without trailing zeros and the decimal point position.
    static func roundedDigits(_ x: Double, significant: Int) -> (String, Int) {
        if x == 0 { return ("0", 1) }
        let text = printf("%.\(significant - 1)e", abs(x))
        guard let e = text.firstIndex(of: "e") else { return ("0", 1) }
        var digits = text[..<e].filter { $0 != "." }
        while digits.count > 1 && digits.last == "0" { digits.removeLast() }
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        return (digits, exponent + 1)
    }

    static func fixed(digits: String, decimalPoint: Int, addDotZero: Bool) -> String {
        if decimalPoint <= 0 {
            return "0." + String(repeating: "0", count: -decimalPoint) + digits
        }
        if decimalPoint >= digits.count {
            return digits + String(repeating: "0", count: decimalPoint - digits.count) + (addDotZero ? ".0" : "")
        }
        let split = digits.index(digits.startIndex, offsetBy: decimalPoint)
        return digits[..<split] + "." + digits[split...]
    }

    static func exponentSuffix(_ e: Int) -> String {
        let magnitude = abs(e)
        return (e < 0 ? "e-" : "e+") + (magnitude < 10 ? "0" : "") + String(magnitude)
    }

    /// `%.{precision}f` of |x| without calling C, exact and rounded half to even like glibc's `printf`.
    /// Returns nil outside the fast range (|x| ≥ 2^63, precision > 18).
    public static func fixedPoint(_ x: Double, precision: Int) -> String? {
        guard let scaled = fixedPointScaled(x, precision: precision) else { return nil }
        return insertPoint(String(scaled), precision: precision)
    }

    /// Digits with a decimal point inserted before the last `precision` of them (zero-padded on the left).
    static func insertPoint(_ digits: String, precision: Int) -> String {
        var digits = digits
        if precision == 0 { return digits }
        if digits.utf8.count <= precision {
            digits = String(repeating: "0", count: precision - digits.utf8.count + 1) + digits
        }
        let split = digits.utf8.count - precision
        let index = digits.utf8.index(digits.utf8.startIndex, offsetBy: split)
        return String(digits[..<index]) + "." + String(digits[index...])
    }

    /// |x| × 10^precision rounded half to even (the digits of `%.{precision}f` without the point), or nil
    /// outside the fast range (|x| ≥ 2^63, precision > 18).
    static func fixedPointScaled(_ x: Double, precision: Int) -> UInt128? {
        let magnitude = Swift.abs(x)
        guard magnitude.isFinite, magnitude < 9.2e18, precision >= 0, precision <= 18 else { return nil }
        if magnitude == 0 { return 0 }
        let significand64 = magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0)
        let exponent = Int(magnitude.exponentBitPattern == 0 ? -1074 : Int(magnitude.exponentBitPattern) - 1075)
        var power64: UInt64 = 1
        for _ in 0..<precision { power64 &*= 10 }
        if exponent < 0, exponent > -64 {
            // The product fits in 64 bits in the common case.
            let (high, low) = significand64.multipliedFullWidth(by: power64)
            if high == 0 {
                let shift = UInt64(-exponent)
                var scaled = low >> shift
                let remainder = low - (scaled << shift)
                let half: UInt64 = 1 << (shift - 1)
                if remainder > half || (remainder == half && scaled & 1 == 1) { scaled += 1 }
                return UInt128(scaled)
            }
        }
        let significand = UInt128(significand64)
        let product = significand * UInt128(power64)
        if exponent >= 0 {
            guard exponent < 10, product.leadingZeroBitCount > exponent + 1 else { return nil }
            return product << UInt128(exponent)
        }
        if -exponent >= 128 {
            return product != 0 && -exponent == 128 && product > (UInt128(1) << 127) ? 1 : 0
        }
        let shift = UInt128(-exponent)
        var scaled = product >> shift
        let remainder = product - (scaled << shift)
        let half = UInt128(1) << (shift - 1)
        if remainder > half || (remainder == half && scaled & 1 == 1) { scaled += 1 }
        return scaled
    }

    /// C `printf` formatting of one double with a conversion such as `%.3f`, `%e`, `%g`.
    public static func printf(_ format: String, _ x: Double) -> String {
        withVaList([x]) { args in
            withUnsafeTemporaryAllocation(of: CChar.self, capacity: 128) { buffer -> String in
                let n = Int(vsnprintf(buffer.baseAddress, 128, format, args))
                if n < 128 {
                    return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: max(n, 0)),
                                  as: UTF8.self)
                }
                var large = [CChar](repeating: 0, count: n + 1)
                _ = withVaList([x]) { vsnprintf(&large, large.count, format, $0) }
                return String(decoding: large.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
        }
    }

    /// Formats with a presentation type (`f`, `e`, `g`, `%`, or `r` for repr-like with a precision) as
    /// Python's `format()` does, without sign, padding or grouping.
    public static func format(_ x: Double, type: Character, precision: Int?, alternate: Bool) -> String {
        // `%` keeps its percent sign after nan and inf.
        let percent = type == "%" ? "%" : ""
        if x.isNaN { return (type.isUppercase ? "NAN" : "nan") + percent }
        if x.isInfinite { return (type.isUppercase ? "INF" : "inf") + percent }
        let flag = alternate ? "#" : ""
        switch type {
        case "f", "F":
            if !alternate, let fast = fixedPoint(x, precision: precision ?? 6) { return fast }
            return printf("%\(flag).\(precision ?? 6)f", x)
        case "e", "E":
            return printf("%\(flag).\(precision ?? 6)\(type)", x)
        case "g", "G":
            var p = precision ?? 6
            if p == 0 { p = 1 }
            return printf("%\(flag).\(p)\(type)", x)
        case "%":
            return printf("%\(flag).\(precision ?? 6)f", x * 100) + "%"
        default:
            // No presentation type: like 'g' but always with a digit after the point in fixed notation,
            // and repr when there is no precision.
            guard let precision else { return repr(x) }
            let p = max(precision, 1)
            let (digits, decimalPoint) = roundedDigits(x, significant: p)
            let sign = x < 0 || (x == 0 && x.sign == .minus) ? "-" : ""
            if decimalPoint <= -4 || decimalPoint > p - 1 {
                var mantissa = String(digits.prefix(1))
                if digits.count > 1 { mantissa += "." + digits.dropFirst() }
                return sign + mantissa + exponentSuffix(decimalPoint - 1)
            }
            return sign + fixed(digits: digits, decimalPoint: decimalPoint, addDotZero: true)
        }
    }
}
