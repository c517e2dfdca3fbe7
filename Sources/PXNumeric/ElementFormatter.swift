/// The element format numpy's printer shares across one array: right-aligned integers, ` True`/`False`,
/// and floats in numpy's `FloatingFormat` (`floatmode='maxprec'`, precision 8): positional with the decimal
/// points aligned, or scientific when the magnitudes span too much.
struct ElementFormatter {
    private enum Style {
        case integer(width: Int)
        case bool(trueText: String)
        case float(FloatFormat)
        case complex(real: FloatFormat, imaginary: FloatFormat)
    }

    private let style: Style

    init(_ a: NDArray, shown: [ArrayScalar]) {
        switch a.dtype {
        case .bool:
            style = .bool(trueText: a.ndim == 0 ? "True" : " True")
        case .int32, .int64:
            let width = shown.map { String($0.int64Value).count }.max() ?? 1
            style = .integer(width: width)
        case .float32, .float64:
            style = .float(FloatFormat(shown.map(\.doubleValue), single: a.dtype == .float32))
        case .complex128:
            style = .complex(real: FloatFormat(shown.map(\.doubleValue), single: false),
                             imaginary: FloatFormat(shown.map { _ in 0 }, single: false, plusSign: true))
        }
    }

    /// numpy's `ComplexFloatingFormat`: one float format for the real parts, one with a `+` sign for the
    /// imaginary parts.
    init(complex shown: [Complex128]) {
        style = .complex(real: FloatFormat(shown.map(\.real), single: false),
                         imaginary: FloatFormat(shown.map(\.imaginary), single: false, plusSign: true))
    }

    /// The element of `a` at a multi-index.
    func format(_ a: NDArray, at index: [Int]) -> String {
        if case .complex = style, a.dtype.isComplex { return format(a.complexElement(at: index)) }
        return format(a.scalar(at: index))
    }

    /// A complex element: the real part, then the imaginary part with `j` before its trailing padding.
    func format(_ z: Complex128) -> String {
        guard case .complex(let real, let imaginary) = style else { return format(ArrayScalar(z.real)) }
        let i = imaginary.format(z.imaginary)
        let trimmed = i.trimmingTrailingSpaces
        return real.format(z.real) + trimmed + "j" + String(repeating: " ", count: i.count - trimmed.count)
    }

    func format(_ x: ArrayScalar) -> String {
        switch style {
        case .integer(let width):
            let text = String(x.int64Value)
            return String(repeating: " ", count: max(0, width - text.count)) + text
        case .bool(let trueText):
            return x.boolValue ? trueText : "False"
        case .float(let f):
            return f.format(x.doubleValue)
        case .complex:
            return format(Complex128(x.doubleValue))
        }
    }
}

/// numpy's `FloatingFormat` in its default mode.
struct FloatFormat {
    let single: Bool
    var exponential = false
    var padLeft = 0
    var padRight = 0
    var precision = 8
    var exponentSize = 2
    var isFiniteEmpty = false
    /// numpy's `sign='+'`: a `+` before non-negative values (the imaginary parts of complex numbers).
    var plusSign = false

    init(_ values: [Double], single: Bool, plusSign: Bool = false) {
        self.single = single
        self.plusSign = plusSign
        let finite = values.filter { $0.isFinite }
        let magnitudes = finite.map { Swift.abs($0) }.filter { $0 != 0 }
        if let maxValue = magnitudes.max(), let minValue = magnitudes.min() {
            exponential = maxValue >= 1e8 || minValue < 0.0001 || maxValue / minValue > 1000
        }
        if finite.isEmpty {
            isFiniteEmpty = true
        } else if exponential {
            let parts = finite.map {
                FloatFormat.scientific($0, precision: 8, minDigits: 0, single: single, plusSign: plusSign)
            }
            precision = parts.map { $0.fraction.count }.max() ?? 0
            padLeft = parts.map { $0.integer.count }.max() ?? 1
            exponentSize = (parts.map { $0.exponent.count }.max() ?? 2)
            padRight = exponentSize + 2 + precision
        } else {
            let parts = finite.map { FloatFormat.positional($0, precision: 8, single: single, plusSign: plusSign) }
            padLeft = parts.map { $0.integer.count }.max() ?? 0
            padRight = parts.map { $0.fraction.count }.max() ?? 0
        }
        if finite.count != values.count {
            let negativeInfinity = plusSign || values.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1
            padLeft = max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
        }
    }

    func format(_ x: Double) -> String {
        if !x.isFinite {
            let text = x.isNaN ? (plusSign ? "+nan" : "nan") : (x < 0 ? "-inf" : plusSign ? "+inf" : "inf")
            return String(repeating: " ", count: max(0, padLeft + padRight + 1 - text.count)) + text
        }
        if exponential {
            let p = FloatFormat.scientific(x, precision: precision, minDigits: precision, single: single,
                                           plusSign: plusSign)
            let exponent = String(repeating: "0", count: max(0, exponentSize - p.exponent.count)) + p.exponent
            return String(repeating: " ", count: max(0, padLeft - p.integer.count)) + p.integer + "." + p.fraction
                + "e" + p.exponentSign + exponent
        }
        let p = FloatFormat.positional(x, precision: 8, single: single, plusSign: plusSign)
        return String(repeating: " ", count: max(0, padLeft - p.integer.count)) + p.integer + "." + p.fraction
            + String(repeating: " ", count: max(0, padRight - p.fraction.count))
    }

    /// Dragon4 positional, unique digits, at most `precision` fraction digits, trailing zeros trimmed (`'.'`
    /// trim mode): the signed integer part and the fraction digits.
    static func positional(_ x: Double, precision: Int, single: Bool, plusSign: Bool = false)
        -> (integer: String, fraction: String) {
        let sign = x.sign == .minus ? "-" : plusSign ? "+" : ""
        let (digits, point) = DecimalText.shortest(x, single: single)
        if x == 0 { return (sign + "0", "") }
        let fractionDigits = max(0, digits.count - point)
        if fractionDigits <= precision {
            let text = DecimalText.fixed(digits, point)
            let dot = text.firstIndex(of: ".")!
            var fraction = String(text[text.index(after: dot)...])
            while fraction.last == "0" { fraction.removeLast() }
            return (sign + String(text[..<dot]), fraction)
        }
        var (integer, fraction) = DecimalText.roundedPositional(x, precision: precision)
        while fraction.last == "0" { fraction.removeLast() }
        return (sign + integer, fraction)
    }

    /// Dragon4 scientific, unique digits with at most `precision` fraction digits, padded with zeros to
    /// `minDigits`: signed integer digit, fraction digits, exponent sign and digits (at least 2).
    static func scientific(_ x: Double, precision: Int, minDigits: Int, single: Bool, plusSign: Bool = false)
        -> (integer: String, fraction: String, exponentSign: String, exponent: String) {
        let sign = x.sign == .minus ? "-" : plusSign ? "+" : ""
        var digits: [UInt8]
        var exponent: Int
        if x == 0 {
            digits = [UInt8(ascii: "0")]
            exponent = 0
        } else {
            let (d, point) = DecimalText.shortest(x, single: single)
            digits = d
            exponent = point - 1
            if digits.count - 1 > precision {
                (digits, exponent) = DecimalText.roundedScientific(x, precision: precision)
                while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
            } else if digits.count - 1 < minDigits {
                // Dragon4's `min_digits`: more of the value's own digits, not zeros (a float32 0.0256 shows as
                // 2.5599999e-02 beside longer numbers).
                (digits, exponent) = DecimalText.roundedScientific(x, precision: minDigits)
            }
        }
        var fraction = String(decoding: digits.dropFirst(), as: UTF8.self)
        if fraction.count < minDigits { fraction += String(repeating: "0", count: minDigits - fraction.count) }
        let e = String(Swift.abs(exponent))
        return (sign + String(decoding: digits.prefix(1), as: UTF8.self), fraction, exponent < 0 ? "-" : "+",
                String(repeating: "0", count: max(0, 2 - e.count)) + e)
    }
}
