// MARK: - Escapes and character classes

extension RegexParser {
    /// An escape outside a class: a category, an anchor, a back-reference or a character.
    mutating func escape() throws -> RegexNode {
        let start = index
        index += 1
        guard let c = next else { throw Failure(message: "bad escape (end of pattern)", position: start) }
        let fold = flags & Flag.ignoreCase != 0
        let ascii = flags & Flag.ascii != 0
        switch c {
        case 0x41: index += 1; return .assertion(.stringStart)
        case 0x5A: index += 1; return .assertion(.stringEnd)
        case 0x62: index += 1; return .assertion(.wordBoundary(ascii: ascii))
        case 0x42: index += 1; return .assertion(.notWordBoundary(ascii: ascii))
        case 0x31...0x39:
            // A group reference of one or two digits, unless three octal digits make a character.
            if let octal = octalCharacter() { return .literal(octal, fold: fold) }
            var number = Int(c - 0x30)
            index += 1
            if let d = next, d >= 0x30 && d <= 0x39 {
                number = number * 10 + Int(d - 0x30)
                index += 1
            }
            guard number <= groupCount else {
                throw Failure(message: "invalid group reference \(number)", position: start + 1)
            }
            if openGroups.contains(number) { throw Failure(message: "cannot refer to an open group", position: start) }
            return .backreference(number, fold: fold)
        default:
            if let category = try classEscape(start) {
                switch category {
                case .character(let value): return .literal(value, fold: fold)
                case .category(let category, let negated):
                    return .set(RegexCharacterSet(items: [.category(category, negated: negated)]), fold: false)
                }
            }
            throw Failure(message: "bad escape \\\(Character(Unicode.Scalar(c) ?? "?"))", position: start)
        }
    }

    /// What an escape inside or outside a class stands for.
    enum ClassEscape {
        case character(UInt32)
        case category(RegexCategory, negated: Bool)
    }

    /// The escape whose backslash is at `start` (`index` is just after the backslash): a category (`\d`), a
    /// control character (`\n`), a code (`\x41`, `\u00e9`, `\0`, `\101`) or an escaped non-letter; nil for
    /// an unknown ASCII letter.
    mutating func classEscape(_ start: Int) throws -> ClassEscape? {
        guard let c = next else { throw Failure(message: "bad escape (end of pattern)", position: start) }
        index += 1
        let ascii = flags & Flag.ascii != 0
        switch c {
        case 0x64: return .category(.digit(ascii: ascii), negated: false)
        case 0x44: return .category(.digit(ascii: ascii), negated: true)
        case 0x77: return .category(.word(ascii: ascii), negated: false)
        case 0x57: return .category(.word(ascii: ascii), negated: true)
        case 0x73: return .category(.space(ascii: ascii), negated: false)
        case 0x53: return .category(.space(ascii: ascii), negated: true)
        case 0x6E: return .character(0x0A)
        case 0x74: return .character(0x09)
        case 0x72: return .character(0x0D)
        case 0x66: return .character(0x0C)
        case 0x76: return .character(0x0B)
        case 0x61: return .character(0x07)
        case 0x78: return .character(try hexCode(digits: 2, start: start, letter: "x"))
        case 0x75: return .character(try hexCode(digits: 4, start: start, letter: "u"))
        case 0x55:
            let code = try hexCode(digits: 8, start: start, letter: "U")
            guard code <= 0x10FFFF else {
                throw Failure(message: "bad escape \\U\(String(code, radix: 16, uppercase: false))", position: start)
            }
            return .character(code)
        case 0x30:
            // \0 and up to two more octal digits.
            var value: UInt32 = 0
            var n = 0
            while n < 2, let d = next, d >= 0x30 && d <= 0x37 {
                value = value * 8 + (d - 0x30)
                index += 1
                n += 1
            }
            return .character(value)
        default:
            let isASCIILetterOrDigit = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
            if isASCIILetterOrDigit {
                index -= 1
                return nil
            }
            return .character(c)
        }
    }

    /// Three octal digits after a backslash (`\101`), consumed; nil (nothing consumed) otherwise.
    private mutating func octalCharacter() -> UInt32? {
        guard index + 2 < pattern.count else { return nil }
        let digits = pattern[index...index + 2]
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) else { return nil }
        let value = digits.reduce(UInt32(0)) { $0 * 8 + ($1 - 0x30) }
        guard value <= 0o377 else { return nil }
        index += 3
        return value
    }

    private mutating func hexCode(digits: Int, start: Int, letter: String) throws -> UInt32 {
        var value: UInt32 = 0
        var text = ""
        for _ in 0..<digits {
            guard let c = next, let d = Character(Unicode.Scalar(c) ?? " ").hexDigitValue else {
                throw Failure(message: "incomplete escape \\\(letter)\(text)", position: start)
            }
            text.unicodeScalars.append(Unicode.Scalar(c) ?? " ")
            value = value * 16 + UInt32(d)
            index += 1
        }
        return value
    }

    /// `[...]`, at its `[`.
    mutating func characterClass() throws -> RegexCharacterSet {
        let open = index
        index += 1
        var set = RegexCharacterSet()
        if accept("^") { set.negated = true }
        let first = index
        while true {
            guard let c = next else { throw Failure(message: "unterminated character set", position: open) }
            if c == 0x5D && index > first {
                index += 1
                return set
            }
            let itemStart = index
            let low = try classItem()
            if next == 0x2D, index + 1 < pattern.count, pattern[index + 1] != 0x5D {
                index += 1
                let high = try classItem()
                guard case .character(let lo) = low, case .character(let hi) = high else {
                    let text = String(String.UnicodeScalarView(pattern[itemStart..<index].compactMap(Unicode.Scalar.init)))
                    throw Failure(message: "bad character range \(text)", position: itemStart)
                }
                guard lo <= hi else {
                    let text = String(String.UnicodeScalarView(pattern[itemStart..<index].compactMap(Unicode.Scalar.init)))
                    throw Failure(message: "bad character range \(text)", position: itemStart)
                }
                set.items.append(.range(lo, hi))
                continue
            }
            switch low {
            case .character(let v): set.items.append(.range(v, v))
            case .category(let category, let negated): set.items.append(.category(category, negated: negated))
            }
        }
    }

    /// One member of a class: a character or an escape (`\b` is a backspace here).
    private mutating func classItem() throws -> ClassEscape {
        guard let c = next else { throw Failure(message: "unterminated character set", position: index) }
        guard c == 0x5C else {
            index += 1
            return .character(c)
        }
        let start = index
        index += 1
        if next == 0x62 {
            index += 1
            return .character(0x08)
        }
        if let d = next, d >= 0x31 && d <= 0x39 {
            if let octal = octalCharacter() { return .character(octal) }
            throw Failure(message: "bad escape \\\(Character(Unicode.Scalar(d) ?? "?"))", position: start)
        }
        guard let item = try classEscape(start) else {
            let shown = next.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
            throw Failure(message: "bad escape \\\(shown)", position: start)
        }
        return item
    }
}
