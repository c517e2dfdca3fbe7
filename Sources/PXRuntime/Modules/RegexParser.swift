/// Parses a regular expression with the syntax and the error messages of CPython's `re` (sre_parse): groups,
/// named groups and references, non-greedy repeats, look-around, character classes, escapes and inline flags.
struct RegexParser {
    /// A syntax error: CPython's message, and the pattern position it points at (nil for none).
    struct Failure: Error {
        let message: String
        let position: Int?
    }

    /// The flags of `re`, as CPython numbers them.
    enum Flag {
        static let ignoreCase = 2, locale = 4, multiline = 8, dotAll = 16, unicode = 32, verbose = 64, ascii = 256
    }

    let pattern: [UInt32]
    var index = 0
    /// The flags in effect (changed by inline flags).
    private(set) var flags: Int
    /// The number of capturing groups so far.
    private(set) var groupCount = 0
    /// Group numbers by name.
    private(set) var groupNames: [(name: String, number: Int)] = []
    /// Groups opened and not yet closed (a reference to one is an error).
    var openGroups: Set<Int> = []

    init(_ pattern: String, flags: Int) {
        self.pattern = pattern.unicodeScalars.map(\.value)
        self.flags = flags
    }

    /// Parses the whole pattern.
    /// - Returns: the tree and the flags in effect (the given ones and global inline flags).
    mutating func parse() throws -> RegexNode {
        let node = try alternation()
        if index < pattern.count {
            // Only an unmatched `)` stops the top level before the end.
            throw Failure(message: "unbalanced parenthesis", position: index)
        }
        return node
    }


    var next: UInt32? { index < pattern.count ? pattern[index] : nil }
    private func isFlag(_ flag: Int) -> Bool { flags & flag != 0 }

    mutating func accept(_ c: Character) -> Bool {
        guard let n = next, n == c.unicodeScalars.first?.value else { return false }
        index += 1
        return true
    }

    private mutating func alternation() throws -> RegexNode {
        var branches = [try sequence()]
        while accept("|") { branches.append(try sequence()) }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    /// Skips whitespace and `#` comments in verbose mode.
    private mutating func skipVerbose() {
        guard isFlag(Flag.verbose) else { return }
        while let c = next {
            if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                index += 1
            } else if c == 0x23 {
                while let d = next, d != 0x0A { index += 1 }
            } else {
                return
            }
        }
    }

    private mutating func sequence() throws -> RegexNode {
        var items: [RegexNode] = []
        while true {
            skipVerbose()
            guard let c = next, c != 0x7C, c != 0x29 else { break }   // | )
            let start = index
            if let quantifier = try repeatBounds() {
                // A quantifier with nothing before it, after an anchor, or after another quantifier.
                guard let last = items.last else { throw Failure(message: "nothing to repeat", position: start) }
                switch last {
                case .assertion, .empty: throw Failure(message: "nothing to repeat", position: start)
                case .repetition where !quantifier.lazyOnly:
                    throw Failure(message: "multiple repeat", position: start)
                default: break
                }
                var greedy = true
                if accept("?") { greedy = false } else if next == 0x2B {
                    throw Failure(message: "possessive repeats are not supported", position: index)
                }
                items[items.count - 1] = .repetition(last, min: quantifier.min, max: quantifier.max, greedy: greedy)
                continue
            }
            if let item = try atom() { items.append(item) }
        }
        if items.count == 1 { return items[0] }
        return items.isEmpty ? .empty : .sequence(items)
    }

    /// A quantifier at the current position (`*`, `+`, `?`, `{m,n}`), consumed; nil when there is none (a `{`
    /// that does not make a quantifier is a literal).
    private mutating func repeatBounds() throws -> (min: Int, max: Int?, lazyOnly: Bool)? {
        guard let c = next else { return nil }
        switch c {
        case 0x2A: index += 1; return (0, nil, false)
        case 0x2B: index += 1; return (1, nil, false)
        case 0x3F: index += 1; return (0, 1, false)
        case 0x7B:
            let here = index
            index += 1
            if next == 0x7D {
                index = here
                return nil
            }
            let lo = digits()
            var hi = lo
            if accept(",") { hi = digits() }
            guard accept("}") else {
                index = here
                return nil
            }
            let min = lo.isEmpty ? 0 : try count(lo, at: here)
            let max: Int? = hi.isEmpty ? nil : try count(hi, at: here)
            if let max, max < min { throw Failure(message: "min repeat greater than max repeat", position: here + 1) }
            return (min, max, false)
        default:
            return nil
        }
    }

    private mutating func digits() -> String {
        var s = ""
        while let c = next, c >= 0x30 && c <= 0x39 {
            s.unicodeScalars.append(Unicode.Scalar(UInt8(c)))
            index += 1
        }
        return s
    }

    private func count(_ text: String, at position: Int) throws -> Int {
        guard let n = Int(text), n < 4_294_967_295 else {
            throw Failure(message: "the repetition number is too large", position: position + 1)
        }
        return n
    }

    /// One item: a character, a class, a group, an anchor or an escape; nil for something that matches
    /// nothing at all (a comment group, inline flags).
    private mutating func atom() throws -> RegexNode? {
        guard let c = next else { return nil }
        let fold = isFlag(Flag.ignoreCase)
        switch c {
        case 0x2E:
            index += 1
            return .any(dotAll: isFlag(Flag.dotAll))
        case 0x5E:
            index += 1
            return .assertion(.lineStart(multiline: isFlag(Flag.multiline)))
        case 0x24:
            index += 1
            return .assertion(.lineEnd(multiline: isFlag(Flag.multiline)))
        case 0x5B:
            return .set(try characterClass(), fold: fold)
        case 0x28:
            return try group()
        case 0x5C:
            return try escape()
        default:
            index += 1
            return .literal(c, fold: fold)
        }
    }

    private mutating func group() throws -> RegexNode? {
        let open = index
        index += 1
        var capture = true
        var name: String?
        if accept("?") {
            guard let kind = next else { throw Failure(message: "unexpected end of pattern", position: index) }
            index += 1
            switch kind {
            case 0x3A: capture = false   // (?:
            case 0x50:                   // (?P<name> or (?P=name)
                if accept("<") {
                    name = try groupName(until: ">")
                } else if accept("=") {
                    let refName = try groupName(until: ")")
                    guard let number = groupNames.first(where: { $0.name == refName })?.number else {
                        throw Failure(message: "unknown group name '\(refName)'", position: open + 4)
                    }
                    if openGroups.contains(number) {
                        throw Failure(message: "cannot refer to an open group", position: open)
                    }
                    return .backreference(number, fold: isFlag(Flag.ignoreCase))
                } else {
                    let shown = next.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
                    throw Failure(message: shown.isEmpty ? "unexpected end of pattern" : "unknown extension ?P\(shown)",
                                  position: shown.isEmpty ? index : open + 1)
                }
            case 0x3D, 0x21:             // (?= (?!
                let body = try alternation()
                try close(open)
                return .look(body, ahead: true, negative: kind == 0x21)
            case 0x3C:                   // (?<= (?<!
                guard let which = next, which == 0x3D || which == 0x21 else {
                    throw Failure(message: "unknown extension ?<\(next.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? "")",
                                  position: open + 1)
                }
                index += 1
                let body = try alternation()
                try close(open)
                guard body.fixedWidth != nil else {
                    throw Failure(message: "look-behind requires fixed-width pattern", position: nil)
                }
                return .look(body, ahead: false, negative: which == 0x21)
            case 0x23:                   // (?# comment )
                while let d = next, d != 0x29 { index += 1 }
                guard accept(")") else {
                    throw Failure(message: "missing ), unterminated comment", position: open)
                }
                return nil
            default:
                index -= 1
                return try inlineFlags(open)
            }
        }
        var number: Int?
        if capture {
            groupCount += 1
            number = groupCount
            if let name {
                if let previous = groupNames.first(where: { $0.name == name }) {
                    throw Failure(message: "redefinition of group name '\(name)' as group \(groupCount); was group "
                                  + "\(previous.number)", position: open + 4)
                }
                groupNames.append((name, groupCount))
            }
            openGroups.insert(groupCount)
        }
        let body = try alternation()
        try close(open)
        if let number { openGroups.remove(number) }
        return .group(number, body)
    }

    private mutating func close(_ open: Int) throws {
        guard accept(")") else { throw Failure(message: "missing ), unterminated subpattern", position: open) }
    }

    private mutating func groupName(until terminator: Character) throws -> String {
        let start = index
        var name = ""
        while let c = next, c != terminator.unicodeScalars.first?.value {
            name.unicodeScalars.append(Unicode.Scalar(c) ?? "?")
            index += 1
        }
        guard accept(terminator) else {
            throw Failure(message: name.isEmpty ? "missing group name" : "missing \(terminator), unterminated name",
                          position: start)
        }
        if name.isEmpty { throw Failure(message: "missing group name", position: start) }
        let valid = name.unicodeScalars.enumerated().allSatisfy { i, s in
            s == "_" || s.properties.isAlphabetic || (i > 0 && s.properties.numericType != nil)
        }
        guard valid else { throw Failure(message: "bad character in group name '\(name)'", position: start) }
        return name
    }

    /// `(?aiLmsux)` (global, at the start only) and `(?aiLmsux-imsx:...)` (scoped).
    private mutating func inlineFlags(_ open: Int) throws -> RegexNode? {
        var add = 0, remove = 0
        var removing = false
        while let c = next {
            let flag: Int
            switch c {
            case 0x61: flag = Flag.ascii
            case 0x69: flag = Flag.ignoreCase
            case 0x4C: flag = Flag.locale
            case 0x6D: flag = Flag.multiline
            case 0x73: flag = Flag.dotAll
            case 0x75: flag = Flag.unicode
            case 0x78: flag = Flag.verbose
            case 0x2D where !removing:
                removing = true
                index += 1
                continue
            case 0x29 where !removing:
                index += 1
                guard open == 0 || isLeadingFlagGroup(open) else {
                    throw Failure(message: "global flags not at the start of the expression", position: open)
                }
                flags |= add
                return nil
            case 0x3A:
                index += 1
                let saved = flags
                flags = (flags | add) & ~remove
                let body = try alternation()
                flags = saved
                try close(open)
                return .group(nil, body)
            default:
                let shown = Unicode.Scalar(c).map { String(Character($0)) } ?? ""
                throw Failure(message: (removing ? "unknown flag" : "unknown extension ?\(shown)"),
                              position: removing ? index : open + 1)
            }
            if removing { remove |= flag } else { add |= flag }
            index += 1
        }
        throw Failure(message: "missing -, : or )", position: index)
    }

    /// Whether everything before `open` is other global flag groups.
    private func isLeadingFlagGroup(_ open: Int) -> Bool {
        var i = 0
        while i < open {
            guard pattern[i] == 0x28, i + 1 < open, pattern[i + 1] == 0x3F else { return false }
            i += 2
            while i < open, pattern[i] != 0x29 { i += 1 }
            i += 1
        }
        return i == open
    }
}
