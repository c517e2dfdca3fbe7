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

    /// The decimal text of a machine integer, written digit by digit into one buffer (`String(i)` goes through
    /// the generic `description`).
    public static func decimal(_ i: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var n = i.magnitude
            var k = buffer.count
            repeat {
                k -= 1
                buffer[k] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: n % 10)
                n /= 10
            } while n != 0
            if i < 0 {
                k -= 1
                buffer[k] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[k...]), as: UTF8.self)
        }
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
        case .int(let i): return decimal(i)
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
        if base == 10, let n = smallDecimal(text) { return .int(n) }
        var invalid: RuntimeError {
            RuntimeError.valueError("invalid literal for int() with base \(base): \(ValueFormatter.reprString(text))")
        }
        var s = Substring(StringMethods.strip(text, chars: nil, left: true, right: true))
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
        // Any Unicode decimal digit counts as its value (`int("\u{661}")` is 1), as in CPython.
        let digits = String(String.UnicodeScalarView(s.unicodeScalars.compactMap { c -> Unicode.Scalar? in
            if c == "_" { return nil }
            if !c.isASCII, c.properties.numericType == .decimal, let v = c.properties.numericValue {
                return Unicode.Scalar(UInt8(48 + Int(v)))
            }
            return c
        }))
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

    /// `int(text)` of plain ASCII text: optional spaces, an optional sign and 1 to 18 decimal digits (without
    /// underscores); nil for anything else, which the general parser reads.
    static func smallDecimal(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
            var i = 0, end = bytes.count
            while i < end, isSpace(bytes[i]) { i += 1 }
            while end > i, isSpace(bytes[end - 1]) { end -= 1 }
            var negative = false
            if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                negative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            guard i < end, end - i <= 18 else { return nil }
            var n = 0
            while i < end {
                let d = bytes[i] &- 0x30
                guard d < 10 else { return nil }
                n = n * 10 + Int(d)
                i += 1
            }
            return negative ? -n : n
        }
    }
}
