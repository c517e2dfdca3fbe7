// MARK: - Numbers and strings

extension Lexer {
    /// Lexes a number with CPython's checks: one `_` only between digits, no leading zeros in a decimal
    /// integer, only the digits of a prefixed literal's radix.
    mutating func lexNumber(start: SourceLocation) {
        var text = ""
        func isHex(_ s: Unicode.Scalar) -> Bool {
            s.isDigit || ("a"..."f").contains(s) || ("A"..."F").contains(s)
        }
        if scalars[position] == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
            let radix: Int
            let name: String
            switch p {
            case "x", "X": (radix, name) = (16, "hexadecimal")
            case "o", "O": (radix, name) = (8, "octal")
            default: (radix, name) = (2, "binary")
            }
            advance()
            var previous = here
            advance()
            while position < scalars.count, isHex(scalars[position]) || scalars[position] == "_" {
                let c = scalars[position]
                if c == "_" {
                    // `0x_1` is fine; `0x1__2` and `0b1_` are not.
                    guard let n = peek(1), isHex(n) else {
                        return invalidNumber(name, at: here, start: start)
                    }
                } else if Int(String(c), radix: radix) == nil {
                    if c.isDigit { return invalidNumber(name, at: here, start: start, digit: c) }
                    break
                } else {
                    text.unicodeScalars.append(c)
                }
                previous = here
                advance()
            }
            // CPython points at the last character of the literal when it ends badly (`0x`, `0xg`, `0x1g`).
            if text.isEmpty || (position < scalars.count && scalars[position].isIdentifierContinue) {
                return invalidNumber(name, at: previous, start: start)
            }
            if let value = Int(text, radix: radix) {
                emit(.int(value), from: start)
            } else {
                emit(.bigInteger(digits: text, radix: radix), from: start)
            }
            return
        }
        var isFloat = false
        /// Decimal digits with single underscores between them; false after reporting a bad underscore.
        func digits() -> Bool {
            while position < scalars.count, scalars[position].isDigit || scalars[position] == "_" {
                if scalars[position] == "_" {
                    guard peek(1)?.isDigit == true else {
                        invalidNumber("decimal", at: here, start: start)
                        return false
                    }
                } else {
                    text.unicodeScalars.append(scalars[position])
                }
                advance()
            }
            return true
        }
        guard digits() else { return }
        if position < scalars.count, scalars[position] == ".", !(peek(1) == "." && peek(2) == ".") {
            isFloat = true
            text.append(".")
            advance()
            guard digits() else { return }
        }
        if position < scalars.count, scalars[position] == "e" || scalars[position] == "E" {
            let sign = peek(1)
            if let s = sign, s.isDigit || ((s == "+" || s == "-") && peek(2)?.isDigit == true) {
                isFloat = true
                text.append("e")
                advance()
                if s == "+" || s == "-" {
                    text.unicodeScalars.append(s)
                    advance()
                }
                guard digits() else { return }
            }
        }
        if position < scalars.count, scalars[position].isIdentifierStart {
            // `1abc`, `1e_5`, `3j`: not a number we know.
            return invalidNumber("decimal", at: start, start: start)
        }
        if isFloat {
            emit(.float(Double(text) ?? .nan), from: start)
        } else if text.count > 1, text.first == "0", text.contains(where: { $0 != "0" }) {
            report(.leadingZeros, at: start)
            emit(.invalid(text), from: start)
        } else if let value = Int(text) {
            emit(.int(value), from: start)
        } else {
            emit(.bigInteger(digits: text, radix: 10), from: start)
        }
    }

    /// Reports "invalid … literal" (or "invalid digit '…' in … literal") at `location` and skips the rest of the
    /// literal's characters.
    mutating func invalidNumber(_ name: String, at location: SourceLocation, start: SourceLocation,
                                digit: Unicode.Scalar? = nil) {
        if let digit {
            report(.invalidDigit, at: location, detail: "'\(digit)' in \(name)")
        } else {
            report(.invalidNumber, at: location, detail: name)
        }
        var text = ""
        while position < scalars.count, scalars[position].isIdentifierContinue || scalars[position] == "." {
            text.unicodeScalars.append(scalars[position])
            advance()
        }
        emit(.invalid(text), from: start)
    }

    /// If a string prefix (`r`, `b`, `f`, `rb`, `fr`, `u`, …) followed by a quote starts here, returns the index
    /// of the quote.
    func stringPrefixEnd() -> Int? {
        var i = position
        var letters = ""
        while i < scalars.count, i - position < 3, "rRbBfFuU".unicodeScalars.contains(scalars[i]) {
            letters.unicodeScalars.append(scalars[i])
            i += 1
        }
        guard !letters.isEmpty, i < scalars.count, scalars[i] == "\"" || scalars[i] == "'" else { return nil }
        let lower = letters.lowercased()
        let valid = ["r", "b", "f", "u", "rb", "br", "fr", "rf"]
        return valid.contains(lower) ? i : nil
    }

    mutating func lexString(start: SourceLocation, prefixEnd: Int) {
        var prefix = ""
        while position < prefixEnd {
            prefix.unicodeScalars.append(scalars[position])
            advance()
        }
        prefix = prefix.lowercased()
        let isRaw = prefix.contains("r")
        let isBytes = prefix.contains("b")
        let isFormat = prefix.contains("f")
        let quote = scalars[position]
        let isTriple = peek(1) == quote && peek(2) == quote
        advance()
        if isTriple {
            advance()
            advance()
        }
        let contentStart = here
        var raw = ""
        var closed = false
        while position < scalars.count {
            let c = scalars[position]
            if c == quote {
                if !isTriple {
                    advance()
                    closed = true
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    advance()
                    advance()
                    advance()
                    closed = true
                    break
                }
            }
            if !isTriple && (c == "\n" || c == "\r") { break }
            if c == "\\", let next = peek(1) {
                raw.unicodeScalars.append(c)
                advance()
                if next == "\r" && peek(1) == "\n" {
                    raw.unicodeScalars.append("\n")
                    consumeNewline()
                } else {
                    raw.unicodeScalars.append(next)
                    advance()
                }
                continue
            }
            if c == "\r" {
                raw.unicodeScalars.append("\n")
                consumeNewline()
                continue
            }
            raw.unicodeScalars.append(c)
            advance()
        }
        if !closed {
            report(isTriple ? .unterminatedTripleString : .unterminatedString, at: start, detail: String(line))
            emit(.invalid(raw), from: start)
            return
        }
        if isFormat {
            emit(.fstring(FStringBody(raw: raw, isRaw: isRaw, contentStart: contentStart)), from: start)
            return
        }
        let text = isRaw ? raw : processEscapes(raw, at: contentStart, allowUnicode: !isBytes)
        if isBytes {
            var bytes: [UInt8] = []
            for s in text.unicodeScalars {
                guard s.value < 256 else {
                    report(.bytesNonASCII, at: start)
                    emit(.invalid(raw), from: start)
                    return
                }
                if !isRaw || s.value < 128 {
                    bytes.append(UInt8(s.value))
                } else {
                    report(.bytesNonASCII, at: start)
                    emit(.invalid(raw), from: start)
                    return
                }
            }
            if raw.unicodeScalars.contains(where: { $0.value > 127 }) {
                report(.bytesNonASCII, at: start)
            }
            emit(.bytes(bytes), from: start)
        } else {
            emit(.string(text), from: start)
        }
    }

    /// Processes backslash escapes as Python does; an unknown escape keeps its backslash.
    mutating func processEscapes(_ raw: String, at location: SourceLocation, allowUnicode: Bool) -> String {
        let result = LiteralEscapes.process(raw, allowUnicode: allowUnicode)
        if let bad = result.invalid {
            report(.invalidEscape, at: location, detail: bad)
        }
        return result.text
    }
}

/// Backslash-escape processing shared by string literals and the literal parts of f-strings.
public enum LiteralEscapes {
    /// Processes escapes in `raw`.
    /// - Returns: the text, and the first malformed `\x`/`\u` escape if any.
    public static func process(_ raw: String, allowUnicode: Bool = true) -> (text: String, invalid: String?) {
        var out = String.UnicodeScalarView()
        var invalid: String?
        let s = Array(raw.unicodeScalars)
        var i = 0
        func hexDigit(_ c: Unicode.Scalar) -> Int? { Int(String(c), radix: 16) }
        while i < s.count {
            let c = s[i]
            guard c == "\\", i + 1 < s.count else {
                out.append(c)
                i += 1
                continue
            }
            let n = s[i + 1]
            i += 1
            switch n {
            case "\n": i += 1
            case "\\": out.append("\\"); i += 1
            case "'": out.append("'"); i += 1
            case "\"": out.append("\""); i += 1
            case "a": out.append("\u{07}"); i += 1
            case "b": out.append("\u{08}"); i += 1
            case "f": out.append("\u{0C}"); i += 1
            case "n": out.append("\n"); i += 1
            case "r": out.append("\r"); i += 1
            case "t": out.append("\t"); i += 1
            case "v": out.append("\u{0B}"); i += 1
            case "0"..."7":
                var v: UInt32 = 0
                var k = 0
                while k < 3, i < s.count, ("0"..."7").contains(s[i]) {
                    v = v * 8 + (s[i].value - 48)
                    i += 1
                    k += 1
                }
                out.append(Unicode.Scalar(v) ?? "?")
            case "x", "u", "U":
                let count = n == "x" ? 2 : n == "u" ? 4 : 8
                if n != "x" && !allowUnicode {
                    out.append("\\")
                    continue
                }
                var v: UInt32 = 0
                var ok = i + count < s.count
                if ok {
                    for k in 1...count {
                        guard let d = hexDigit(s[i + k]) else { ok = false; break }
                        v = v * 16 + UInt32(d)
                    }
                }
                if ok, let scalar = Unicode.Scalar(v) {
                    out.append(scalar)
                    i += count + 1
                } else {
                    if invalid == nil { invalid = "\\" + String(n) }
                    out.append("\\")
                }
            default:
                out.append("\\")
            }
        }
        return (String(out), invalid)
    }
}
