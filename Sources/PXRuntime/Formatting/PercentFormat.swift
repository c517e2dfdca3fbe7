import PXBigInt

/// `%`-formatting of strings (`"%i: %.3f" % (i, t)`), compiled once per format string.
public struct PercentFormat: Sendable {
    /// One conversion specifier.
    struct Conversion: Sendable {
        var key: String?
        var leftAlign = false
        var sign: Character?
        var alternate = false
        var zeroPad = false
        /// nil: none; -1: taken from the arguments (`*`).
        var width: Int?
        var precision: Int?
        var type: Character
        var index: Int
        /// The C format for float conversions, built once.
        var cFormat: String = ""
    }

    enum Segment: Sendable {
        case text(String)
        case conversion(Conversion)
    }

    let segments: [Segment]
    /// Set when the format string is malformed; reported when applied, as Python does.
    let problem: String?
    /// The format as steps over positional arguments, when it has no mapping keys and no `*`.
    let plan: Plan?

    init(segments: [Segment], problem: String?) {
        self.segments = segments
        self.problem = problem
        self.plan = problem == nil ? Plan(segments) : nil
    }

    /// Compiles a format string.
    public static func compile(_ format: String) -> PercentFormat {
        var segments: [Segment] = []
        let chars = Array(format)
        var literal = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "%" else {
                literal.append(c)
                i += 1
                continue
            }
            let start = i
            i += 1
            guard i < chars.count else { return PercentFormat(segments: [], problem: "incomplete format") }
            if chars[i] == "%" {
                literal.append("%")
                i += 1
                continue
            }
            var conversion = Conversion(type: "s", index: start)
            if chars[i] == "(" {
                var depth = 1
                var key = ""
                i += 1
                while i < chars.count {
                    if chars[i] == "(" { depth += 1 } else if chars[i] == ")" {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    key.append(chars[i])
                    i += 1
                }
                guard i < chars.count else { return PercentFormat(segments: [], problem: "incomplete format key") }
                i += 1
                conversion.key = key
            }
            flags: while i < chars.count {
                switch chars[i] {
                case "-": conversion.leftAlign = true
                case "+": conversion.sign = "+"
                case " ": if conversion.sign == nil { conversion.sign = " " }
                case "#": conversion.alternate = true
                case "0": conversion.zeroPad = true
                default: break flags
                }
                i += 1
            }
            if i < chars.count, chars[i] == "*" {
                conversion.width = -1
                i += 1
            } else {
                var digits = ""
                while i < chars.count, chars[i].isASCII, chars[i].isNumber {
                    digits.append(chars[i])
                    i += 1
                }
                if !digits.isEmpty { conversion.width = Int(digits) }
            }
            if i < chars.count, chars[i] == "." {
                i += 1
                if i < chars.count, chars[i] == "*" {
                    conversion.precision = -1
                    i += 1
                } else {
                    var digits = ""
                    while i < chars.count, chars[i].isASCII, chars[i].isNumber {
                        digits.append(chars[i])
                        i += 1
                    }
                    conversion.precision = min(Int(digits) ?? 0, 1 << 20)
                }
            }
            while i < chars.count, "hlL".contains(chars[i]) { i += 1 }
            guard i < chars.count else { return PercentFormat(segments: [], problem: "incomplete format") }
            let type = chars[i]
            guard "diouxXeEfFgGcrsa".contains(type) else {
                let code = type.unicodeScalars.first.map { String($0.value, radix: 16) } ?? "0"
                return PercentFormat(segments: [], problem: "unsupported format character '\(type)' (0x\(code)) "
                    + "at index \(i)")
            }
            conversion.type = type
            if conversion.precision != -1 {
                conversion.cFormat = "%\(conversion.alternate ? "#" : "").\(conversion.precision ?? 6)\(type)"
            }
            i += 1
            if !literal.isEmpty {
                segments.append(.text(literal))
                literal = ""
            }
            segments.append(.conversion(conversion))
        }
        if !literal.isEmpty { segments.append(.text(literal)) }
        return PercentFormat(segments: segments, problem: nil)
    }

    /// Applies the format to the right operand of `%`.
    public func apply(_ argument: Value, _ interpreter: Interpreter?) throws -> Value {
        if let plan {
            switch argument {
            case .tuple(let items): return try items.withUnsafeBufferPointer { try plan.run($0, interpreter) }
            case .dict: break
            default:
                return try withUnsafePointer(to: argument) {
                    try plan.run(UnsafeBufferPointer(start: $0, count: 1), interpreter)
                }
            }
        }
        return try applySegments(argument, interpreter)
    }

    /// `apply` without the plan: every feature, one conversion at a time.
    func applySegments(_ argument: Value, _ interpreter: Interpreter?) throws -> Value {
        if let problem { throw RuntimeError.valueError(problem) }
        var positional: [Value]
        var mapping: DictObject?
        switch argument {
        case .tuple(let items): positional = items
        case .dict(let d):
            mapping = d
            positional = [argument]
        default: positional = [argument]
        }
        var next = 0
        var out = ""
        func take() throws -> Value {
            guard next < positional.count else { throw RuntimeError.typeError("not enough arguments for format string") }
            defer { next += 1 }
            return positional[next]
        }
        var usedMapping = false
        for segment in segments {
            switch segment {
            case .text(let t): out += t
            case .conversion(var c):
                let value: Value
                if c.width == -1 {
                    guard case .int(let w) = try take() else { throw RuntimeError.typeError("* wants int") }
                    c.width = w
                    if w < 0 {
                        c.leftAlign = true
                        c.width = -w
                    }
                }
                if c.precision == -1 {
                    guard case .int(let p) = try take() else { throw RuntimeError.typeError("* wants int") }
                    c.precision = max(p, 0)
                }
                if let key = c.key {
                    guard let mapping else { throw RuntimeError.typeError("format requires a mapping") }
                    guard let v = try mapping.get(.str(key)) else { throw RuntimeError.keyError(.str(key)) }
                    value = v
                    usedMapping = true
                } else {
                    value = try take()
                }
                out += try PercentFormat.convert(value, c, interpreter)
            }
        }
        if next < positional.count && !usedMapping && mapping == nil {
            throw RuntimeError.typeError("not all arguments converted during string formatting")
        }
        return .str(out)
    }

    static func convert(_ value: Value, _ c: Conversion, _ interpreter: Interpreter?) throws -> String {
        if case .scalar(let s) = value, c.type != "s" && c.type != "r" && c.type != "a" {
            return try convert(ArrayConversion.pythonValue(s), c, interpreter)
        }
        var body: String
        var negative = false
        var numeric = true
        switch c.type {
        case "d", "i", "u":
            let i: BigInt
            switch value {
            case .int(let v) where c.precision == nil:
                negative = v < 0
                body = String(v.magnitude)
                return try pad(body, signText: negative ? "-" : c.sign.map { String($0) } ?? "", c, numeric: true)
            case .int, .bigint, .bool: i = value.bigIntValue ?? .zero
            case .float(let d):
                guard d.isFinite else {
                    throw RuntimeError.overflow("cannot convert float \(d.isNaN ? "NaN" : "infinity") to integer")
                }
                i = BigInt(truncating: d)
            default:
                throw RuntimeError.typeError("%\(c.type) format: a real number is required, not \(value.typeName)")
            }
            negative = i.isNegative
            body = try IntegerText.decimal(i.magnitude, interpreter)
            if let p = c.precision, body.count < p { body = String(repeating: "0", count: p - body.count) + body }
        case "o", "x", "X":
            guard let i = value.bigIntValue else {
                throw RuntimeError.typeError("%\(c.type) format: an integer is required, not \(value.typeName)")
            }
            negative = i.isNegative
            body = i.magnitude.toString(radix: c.type == "o" ? 8 : 16, uppercase: c.type == "X")
            if let p = c.precision, body.count < p { body = String(repeating: "0", count: p - body.count) + body }
            if c.alternate { body = (c.type == "o" ? "0o" : c.type == "x" ? "0x" : "0X") + body }
        case "e", "E", "f", "F", "g", "G":
            let d: Double
            switch value {
            case .float(let v): d = v
            case .int(let v): d = Double(v)
            case .bigint(let v): d = try v.asDouble()
            case .bool(let b): d = b ? 1 : 0
            default:
                throw RuntimeError.typeError("must be real number, not \(value.typeName)")
            }
            negative = d < 0 || (d == 0 && d.sign == .minus)
            if d.isNaN || d.isInfinite {
                body = d.isNaN ? "nan" : "inf"
                if c.type.isUppercase { body = body.uppercased() }
            } else if (c.type == "f" || c.type == "F") && !c.alternate,
                      let fast = FloatFormatter.fixedPoint(d, precision: c.precision ?? 6) {
                body = fast
            } else {
                body = FloatFormatter.printf(c.cFormat.isEmpty
                    ? "%\(c.alternate ? "#" : "").\(c.precision ?? 6)\(c.type)" : c.cFormat, abs(d))
            }
        case "c":
            numeric = false
            switch value {
            case .int(let v):
                guard v >= 0, v < 0x110000, let s = Unicode.Scalar(UInt32(v)) else {
                    throw RuntimeError.overflow("%c arg not in range(0x110000)")
                }
                body = String(Character(s))
            case .bigint: throw RuntimeError.overflow("%c arg not in range(0x110000)")
            case .str(let s) where StringIndexing.codePoints(s) == 1: body = s
            default: throw RuntimeError.typeError("%c requires int or char")
            }
        case "r", "a":
            numeric = false
            body = try ValueFormatter.checkedRepr(value, interpreter)
            if let p = c.precision { body = String(String.UnicodeScalarView(body.unicodeScalars.prefix(p))) }
        default:
            numeric = false
            if case .str(let s) = value { body = s } else { body = try ValueFormatter.checkedStr(value, interpreter) }
            if let p = c.precision { body = String(String.UnicodeScalarView(body.unicodeScalars.prefix(p))) }
        }
        let signText = numeric ? (negative ? "-" : c.sign.map { String($0) } ?? "") : ""
        return try pad(body, signText: signText, c, numeric: numeric)
    }

    /// The sign and body padded to the conversion's width (widths count code points).
    private static func pad(_ body: String, signText: String, _ c: Conversion, numeric: Bool) throws -> String {
        var body = body
        let total = StringIndexing.codePoints(signText) + StringIndexing.codePoints(body)
        guard let width = c.width, total < width else { return signText + body }
        try Operations.checkAllocation(width)
        if c.leftAlign { return signText + body + String(repeating: " ", count: width - total) }
        if c.zeroPad && numeric {
            var prefix = ""
            if c.alternate, body.hasPrefix("0x") || body.hasPrefix("0X") || body.hasPrefix("0o") {
                prefix = String(body.prefix(2))
                body = String(body.dropFirst(2))
            }
            return signText + prefix + String(repeating: "0", count: width - total) + body
        }
        return String(repeating: " ", count: width - total) + signText + body
    }
}
