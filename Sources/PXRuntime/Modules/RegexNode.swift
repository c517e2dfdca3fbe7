/// A parsed regular expression, with the flags that apply at each point baked into its nodes (inline flags
/// such as `(?i:...)` change them for a part of the pattern).
indirect enum RegexNode {
    case empty
    /// One character (compared case-insensitively when `fold`).
    case literal(UInt32, fold: Bool)
    /// `.`: any character, or any but `\n`.
    case any(dotAll: Bool)
    case set(RegexCharacterSet, fold: Bool)
    case sequence([RegexNode])
    case alternation([RegexNode])
    /// A group: capturing (its number) or not (nil).
    case group(Int?, RegexNode)
    /// `x*`, `x+?`, `x{2,5}`: `max` nil for no upper bound.
    case repetition(RegexNode, min: Int, max: Int?, greedy: Bool)
    case assertion(RegexAssertion)
    /// `\1`, `(?P=name)`.
    case backreference(Int, fold: Bool)
    /// `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`.
    case look(RegexNode, ahead: Bool, negative: Bool)

    /// The number of characters every match of the node has, or nil when it varies (for look-behind).
    var fixedWidth: Int? {
        switch self {
        case .empty, .assertion, .look: return 0
        case .literal, .any, .set: return 1
        case .sequence(let items):
            var total = 0
            for item in items {
                guard let w = item.fixedWidth else { return nil }
                total += w
            }
            return total
        case .alternation(let branches):
            let widths = branches.map(\.fixedWidth)
            guard let first = widths.first, let w = first, widths.allSatisfy({ $0 == w }) else { return nil }
            return w
        case .group(_, let body): return body.fixedWidth
        case .repetition(let body, let min, let max, _):
            guard max == min, let w = body.fixedWidth else { return nil }
            return w * min
        case .backreference: return nil
        }
    }
}

/// A zero-width assertion.
enum RegexAssertion {
    /// `^`: the start of the string, or after any `\n` when `multiline`.
    case lineStart(multiline: Bool)
    /// `$`: the end, before a final `\n`, or before any `\n` when `multiline`.
    case lineEnd(multiline: Bool)
    /// `\A`.
    case stringStart
    /// `\Z`.
    case stringEnd
    /// `\b` (`ascii`: words of ASCII letters, digits and `_` only).
    case wordBoundary(ascii: Bool)
    /// `\B`.
    case notWordBoundary(ascii: Bool)
}

/// A character class: `[a-z_]`, `[^\d\s]`, `\w`.
struct RegexCharacterSet {
    /// A member of a class.
    enum Item {
        case range(UInt32, UInt32)
        case category(RegexCategory, negated: Bool)
    }

    var items: [Item] = []
    var negated = false

    /// Whether `c` is in the class (with `fold`, also when its lower- or uppercase form is).
    func contains(_ c: UInt32, fold: Bool) -> Bool {
        var found = containsExactly(c)
        if !found && fold {
            let lower = RegexCase.lower(c), upper = RegexCase.upper(c)
            found = (lower != c && containsExactly(lower)) || (upper != c && containsExactly(upper))
        }
        return found != negated
    }

    private func containsExactly(_ c: UInt32) -> Bool {
        for item in items {
            switch item {
            case .range(let lo, let hi): if c >= lo && c <= hi { return true }
            case .category(let category, let negated): if category.contains(c) != negated { return true }
            }
        }
        return false
    }
}

/// `\d`, `\w`, `\s`, over Unicode or (with `re.ASCII`) over ASCII only, as Python's `re` defines them.
enum RegexCategory {
    case digit(ascii: Bool)
    case word(ascii: Bool)
    case space(ascii: Bool)

    func contains(_ c: UInt32) -> Bool {
        switch self {
        case .digit(let ascii):
            if c < 0x80 { return c >= 0x30 && c <= 0x39 }
            return !ascii && Unicode.Scalar(c)?.properties.numericType == .decimal
        case .word(let ascii): return RegexCategory.isWord(c, ascii: ascii)
        case .space(let ascii):
            if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F && !ascii) }
            return !ascii && (Unicode.Scalar(c)?.properties.isWhitespace ?? false)
        }
    }

    /// A character of `\w`: a letter, a digit or `_` (any Unicode letter or number unless `ascii`).
    static func isWord(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 {
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
        }
        guard !ascii, let scalar = Unicode.Scalar(c) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

/// Simple one-character case mappings, as `re.IGNORECASE` compares characters.
enum RegexCase {
    static func lower(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A ? c + 32 : c }
        guard let scalar = Unicode.Scalar(c) else { return c }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first?.value ?? c : c
    }

    static func upper(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A ? c - 32 : c }
        guard let scalar = Unicode.Scalar(c) else { return c }
        let mapped = scalar.properties.uppercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first?.value ?? c : c
    }
}
