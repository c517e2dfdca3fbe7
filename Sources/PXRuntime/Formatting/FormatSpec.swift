import PXBigInt

/// Python's format-specification mini-language, used by f-strings, `format()` and `str.format`:
/// `[[fill]align][sign][#][0][width][grouping][.precision][type]`.
public struct FormatSpec: Equatable, Sendable {
    public var fill: Character = " "
    public var align: Character?
    public var sign: Character = "-"
    public var alternate = false
    public var zeroPad = false
    public var width: Int?
    public var grouping: Character?
    public var precision: Int?
    public var type: Character?

    /// Parses a spec.
    /// - Throws: `ValueError` for a malformed spec, as Python phrases it.
    public init(_ text: String) throws {
        var chars = Array(text)
        var i = 0
        if chars.count >= 2, "<>=^".contains(chars[1]) {
            fill = chars[0]
            align = chars[1]
            i = 2
        } else if let first = chars.first, "<>=^".contains(first) {
            align = first
            i = 1
        }
        if i < chars.count, "+- ".contains(chars[i]) {
            sign = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "z" { i += 1 }
        if i < chars.count, chars[i] == "#" {
            alternate = true
            i += 1
        }
        if i < chars.count, chars[i] == "0" {
            zeroPad = true
            i += 1
        }
        var digits = ""
        while i < chars.count, chars[i].isASCII, chars[i].isNumber {
            digits.append(chars[i])
            i += 1
        }
        if !digits.isEmpty {
            guard let w = Int(digits), w <= 1 << 30 else { throw RuntimeError.valueError("Too many decimal digits in format string") }
            width = w
        }
        if i < chars.count, chars[i] == "," || chars[i] == "_" {
            grouping = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "." {
            i += 1
            var p = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber {
                p.append(chars[i])
                i += 1
            }
            guard let value = Int(p) else { throw RuntimeError.valueError("Format specifier missing precision") }
            guard value <= 1 << 20 else { throw RuntimeError.valueError("precision too big") }
            precision = value
        }
        if i < chars.count {
            type = chars[i]
            i += 1
        }
        if i < chars.count { throw RuntimeError.valueError("Invalid format specifier '\(text)'") }
        chars = []
    }

    /// Formats `value` with the spec `text`.
    public static func format(_ value: Value, _ text: String, _ interpreter: Interpreter?) throws -> String {
        if case .instance(let i) = value, let vm = interpreter ?? i.cls.interpreter {
            return try Operations.instanceFormat(value, i.cls, text, vm)
        }
        if text.isEmpty {
            if case .object(let o) = value { return o.repr(interpreter) }
            return try ValueFormatter.checkedStr(value, interpreter)
        }
        return try FormatSpec(text).apply(value, interpreter)
    }

    /// Formats one value.
    public func apply(_ value: Value, _ interpreter: Interpreter?) throws -> String {
        switch value {
        case .scalar(let s):
            return try apply(ArrayConversion.pythonValue(s), interpreter)
        case .int(let i):
            if type == nil || type == "d", precision == nil, grouping == nil {
                return finish(sign: i < 0, body: String(i.magnitude))
            }
            return try formatInteger(BigInt(i), interpreter)
        case .bigint(let b):
            return try formatInteger(b, interpreter)
        case .bool(let b):
            return try formatInteger(BigInt(b ? 1 : 0), interpreter)
        case .float(let d):
            return try formatFloat(d)
        case .str(let s):
            if let type, type != "s" {
                throw RuntimeError.valueError("Unknown format code '\(type)' for object of type 'str'")
            }
            if sign != "-" { throw RuntimeError.valueError("Sign not allowed in string format specifier") }
            var text = s
            if let precision, StringIndexing.codePoints(text) > precision {
                text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(precision)))
            }
            return pad(text, numeric: false)
        default:
            if type == nil && precision == nil && sign == "-" && grouping == nil {
                return pad(try ValueFormatter.checkedStr(value, interpreter), numeric: false)
            }
            throw RuntimeError.typeError("unsupported format string passed to \(value.typeName).__format__")
        }
    }

    func formatInteger(_ i: BigInt, _ interpreter: Interpreter?) throws -> String {
        switch type {
        case nil, "d", "n":
            if precision != nil { throw RuntimeError.valueError("Precision not allowed in integer format specifier") }
            if type == "n", let grouping { throw RuntimeError.valueError("Cannot specify '\(grouping)' with 'n'.") }
            let digits = try IntegerText.decimal(i.magnitude, interpreter)
            return finish(sign: i.isNegative, body: grouped(digits, every: 3))
        case "b", "o", "x", "X":
            let radix = type == "b" ? 2 : type == "o" ? 8 : 16
            var digits = i.magnitude.toString(radix: radix, uppercase: type == "X")
            if grouping != nil { digits = grouped(digits, every: 4) }
            let prefix = alternate ? "0" + (type.map { String($0) } ?? "") : ""
            return finish(sign: i.isNegative, body: digits, prefix: prefix)
        case "c":
            guard let n = i.asInt, n >= 0, n < 0x110000, let scalar = Unicode.Scalar(UInt32(n)) else {
                throw RuntimeError.overflow("%c arg not in range(0x110000)")
            }
            return pad(String(Character(scalar)), numeric: false)
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(try i.asDouble())
        case .some(let other):
            throw RuntimeError.valueError("Unknown format code '\(other)' for object of type 'int'")
        }
    }

    func formatFloat(_ d: Double) throws -> String {
        if let type, !"eEfFgGn%".contains(type) {
            throw RuntimeError.valueError("Unknown format code '\(type)' for object of type 'float'")
        }
        // `n` is `g` with the locale's separators, and the C locale has none.
        if type == "n" {
            if let grouping { throw RuntimeError.valueError("Cannot specify '\(grouping)' with 'n'.") }
            var general = self
            general.type = "g"
            return try general.formatFloat(d)
        }
        let negative = d < 0 || (d == 0 && d.sign == .minus)
        var body = FloatFormatter.format(abs(d), type: type ?? "r", precision: precision, alternate: alternate)
        if let grouping, d.isFinite {
            let end = body.firstIndex { $0 == "." || $0 == "e" || $0 == "E" || $0 == "%" } ?? body.endIndex
            body = grouped(String(body[..<end]), every: 3, separator: grouping) + body[end...]
        }
        return finish(sign: negative && !d.isNaN, body: body)
    }

    func grouped(_ digits: String, every n: Int, separator: Character? = nil) -> String {
        guard let sep = separator ?? grouping else { return digits }
        var out: [Character] = []
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % n == 0 { out.append(sep) }
            out.append(c)
        }
        return String(out.reversed())
    }

    /// Adds the sign and pads to the width.
    func finish(sign negative: Bool, body: String, prefix: String = "") -> String {
        let signText = negative ? "-" : sign == "+" ? "+" : sign == " " ? " " : ""
        let head = signText + prefix
        let effectiveAlign = align ?? (zeroPad ? "=" : ">")
        let effectiveFill = align == nil && zeroPad ? "0" : fill
        guard let width else { return head + body }
        let length = StringIndexing.codePoints(head) + StringIndexing.codePoints(body)
        guard length < width else { return head + body }
        let padding = width - length
        let fillText = String(repeating: effectiveFill, count: padding)
        switch effectiveAlign {
        case "<": return head + body + fillText
        case "^":
            let left = padding / 2
            return String(repeating: effectiveFill, count: left) + head + body
                + String(repeating: effectiveFill, count: padding - left)
        case "=":
            if effectiveFill == "0", grouping != nil, prefix.isEmpty {
                return head + zeroGrouped(body, width: width - head.count)
            }
            return head + fillText + body
        default: return fillText + head + body
        }
    }

    /// Zero padding that continues the digit grouping, as Python does for `{:010,}`.
    func zeroGrouped(_ body: String, width: Int) -> String {
        guard let sep = grouping else { return body }
        let end = body.firstIndex { $0 == "." || $0 == "e" || $0 == "E" || $0 == "%" } ?? body.endIndex
        var digits = body[..<end].filter { $0 != sep }
        let tail = body[end...]
        var candidate = grouped(digits, every: 3)
        while candidate.count + tail.count < width {
            digits = "0" + digits
            candidate = grouped(digits, every: 3)
        }
        return candidate + tail
    }

    /// Pads text (strings align left, numbers right, by default).
    func pad(_ text: String, numeric: Bool) -> String {
        guard let width else { return text }
        let length = StringIndexing.codePoints(text)
        guard length < width else { return text }
        let padding = width - length
        let fill = zeroPad && align == nil ? "0" : self.fill
        let fillText = String(repeating: fill, count: padding)
        switch align ?? (numeric ? ">" : "<") {
        case ">": return fillText + text
        case "^":
            let left = padding / 2
            return String(repeating: fill, count: left) + text + String(repeating: fill, count: padding - left)
        default: return text + fillText
        }
    }
}
