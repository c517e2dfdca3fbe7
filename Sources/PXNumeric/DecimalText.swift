/// Decimal text of floating-point numbers, as numpy prints them: shortest round-trip digits (numpy's Dragon4
/// in `unique` mode) for float64 and float32, Python's `repr` layout for scalars, and digits rounded to a
/// precision for arrays.
public enum DecimalText {
    /// The shortest digits that read back as `x` (as a float64, or as a float32 when `single`), without
    /// leading or trailing zeros, and the decimal point position: |x| = 0.d₁d₂… × 10^point. Zero is ("0", 1).
    public static func shortest(_ x: Double, single: Bool = false) -> (digits: [UInt8], point: Int) {
        let text = single ? Swift.abs(Float(x)).description : Swift.abs(x).description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var point = 0
        var seenDot = false
        for c in mantissa.utf8 {
            if c == UInt8(ascii: ".") {
                seenDot = true
                continue
            }
            digits.append(c)
            if !seenDot { point += 1 }
        }
        point += exponent
        while digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { return ([UInt8(ascii: "0")], 1) }
        return (digits, point)
    }

    /// Python's `repr(float)` layout of a float64 (`30.0`, `1e+16`, `1e-05`, `nan`, `-inf`), or of a float32
    /// with numpy's float32 scalar rules (positional for 1e-4 ≤ |x| < 1e6).
    public static func scalar(_ x: Double, single: Bool = false) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let sign = x.sign == .minus ? "-" : ""
        if x == 0 { return sign + "0.0" }
        let (digits, point) = shortest(x, single: single)
        let magnitude = Swift.abs(x)
        let positional = magnitude >= 1e-4 && magnitude < (single ? 1e6 : 1e16)
        if positional { return sign + fixed(digits, point) }
        var text = String(decoding: digits.prefix(1), as: UTF8.self)
        if digits.count > 1 { text += "." + String(decoding: digits.dropFirst(), as: UTF8.self) }
        return sign + text + exponent(point - 1, minimumDigits: 2)
    }

    /// `123.45`, `0.001`, `100.0` from digits and a point position (at least one digit after the point).
    static func fixed(_ digits: [UInt8], _ point: Int) -> String {
        let d = String(decoding: digits, as: UTF8.self)
        if point <= 0 { return "0." + String(repeating: "0", count: -point) + d }
        if point >= digits.count { return d + String(repeating: "0", count: point - digits.count) + ".0" }
        return String(decoding: digits[..<point], as: UTF8.self) + "." + String(decoding: digits[point...], as: UTF8.self)
    }

    /// `e+05`, `e-123`: the sign always, at least `minimumDigits` digits.
    static func exponent(_ e: Int, minimumDigits: Int) -> String {
        let magnitude = String(Swift.abs(e))
        return (e < 0 ? "e-" : "e+") + String(repeating: "0", count: max(0, minimumDigits - magnitude.count)) + magnitude
    }

    /// C's `%.{precision}e` digits of |x|, correctly rounded (ties to even): the digits (precision + 1 of them)
    /// and the decimal exponent of the first.
    static func roundedScientific(_ x: Double, precision: Int) -> (digits: [UInt8], exponent: Int) {
        let text = CFormat.double("%.\(precision)e", Swift.abs(x))
        guard let e = text.firstIndex(of: "e") else { return ([UInt8(ascii: "0")], 0) }
        let digits = text[..<e].utf8.filter { $0 != UInt8(ascii: ".") }
        return (Array(digits), Int(text[text.index(after: e)...]) ?? 0)
    }

    /// C's `%.{precision}f` of |x|, correctly rounded: integer digits and fraction digits.
    static func roundedPositional(_ x: Double, precision: Int) -> (integer: String, fraction: String) {
        let text = CFormat.double("%.\(precision)f", Swift.abs(x))
        guard let dot = text.firstIndex(of: ".") else { return (text, "") }
        return (String(text[..<dot]), String(text[text.index(after: dot)...]))
    }

    /// C's `%.{significant}g` (used for a few messages).
    static func general(_ x: Double, significant: Int) -> String {
        CFormat.double("%.\(significant)g", x)
    }
}
