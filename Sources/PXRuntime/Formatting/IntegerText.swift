import PXBigInt

/// Integers ↔ decimal text with CPython's limit on the number of digits (`sys.set_int_max_str_digits`), which
/// keeps a conversion from running for minutes on a hostile input. Bases that are powers of two are not limited.
public enum IntegerText {
    /// CPython's default limit. Default: 4300 digits.
    public static let defaultMaximumDigits = 4300
    /// The smallest limit `sys.set_int_max_str_digits` accepts (0 means no limit).
    public static let minimumMaximumDigits = 640

    /// The limit in force for `interpreter` (the default without one); 0 means no limit.
    static func maximumDigits(_ interpreter: Interpreter?) -> Int {
        interpreter?.intMaxStrDigits ?? defaultMaximumDigits
    }

    /// The decimal text of an integer of any size.
    /// - Throws: `ValueError` when it has more digits than the limit.
    public static func decimal(_ value: BigInt, _ interpreter: Interpreter?) throws -> String {
        let limit = maximumDigits(interpreter)
        // 2^(64·n) has at most 19.27·n + 1 digits and at least 19.26·(n − 1): a first check without converting.
        if limit > 0 && value.bitLength / 4 > limit * 10 / 3 + 10 { throw tooManyDigits(limit) }
        let text = value.description
        if limit > 0 && text.utf8.count - (value.isNegative ? 1 : 0) > limit { throw tooManyDigits(limit) }
        return text
    }

    /// The decimal text of an integer value (`int`, `bool` or big).
    /// - Throws: `ValueError` when it has more digits than the limit.
    static func decimal(_ value: Value, _ interpreter: Interpreter?) throws -> String? {
        switch value {
        case .int(let i): return String(i)
        case .bool(let b): return b ? "1" : "0"
        case .bigint(let b): return try decimal(b, interpreter)
        default: return nil
        }
    }

    static func tooManyDigits(_ limit: Int) -> RuntimeError {
        RuntimeError.valueError("Exceeds the limit (\(limit) digits) for integer string conversion; "
            + "use sys.set_int_max_str_digits() to increase the limit")
    }

    /// Parses `int(text, base)`: surrounding whitespace, a sign, underscores between digits, and the `0x`,
    /// `0o`, `0b` prefixes (with base 0 or the matching base).
    /// - Throws: `ValueError` for text that is not an integer in `base`, or has more digits than the limit.
    static func parse(_ text: String, base: Int, _ interpreter: Interpreter?) throws -> Value {
        let invalid = RuntimeError.valueError(
            "invalid literal for int() with base \(base): \(ValueFormatter.reprString(text))")
        var s = Substring(text.trimming(" \t\n\r\u{0B}\u{0C}"))
        var negative = false
        if s.first == "-" || s.first == "+" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        var radix = base
        let lower = s.prefix(2).lowercased()
        let prefixRadix = ["0x": 16, "0o": 8, "0b": 2][lower]
        if let prefixRadix, base == 0 || base == prefixRadix {
            radix = prefixRadix
            s = s.dropFirst(2)
            // After a prefix, one underscore may precede the digits (`0x_ff`).
            if s.first == "_" { s = s.dropFirst() }
        } else if base == 0 {
            radix = 10
            // Base 0 reads a literal: no leading zeros in a non-zero decimal.
            if s.first == "0", s.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
        }
        guard radix >= 2 && radix <= 36 else {
            throw RuntimeError.valueError("int() base must be >= 2 and <= 36, or 0")
        }
        if s.hasPrefix("_") || s.hasSuffix("_") || s.contains("__") { throw invalid }
        let digits = s.filter { $0 != "_" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw invalid
        }
        if let small = Int(digits, radix: radix) { return .int(negative ? -small : small) }
        let limit = maximumDigits(interpreter)
        if limit > 0 && radix & (radix - 1) != 0 && digits.utf8.count > limit {
            throw RuntimeError.valueError("Exceeds the limit (\(limit) digits) for integer string conversion: "
                + "value has \(digits.utf8.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        guard let magnitude = BigInt(digits, radix: radix) else { throw invalid }
        return .integer(negative ? -magnitude : magnitude)
    }
}
