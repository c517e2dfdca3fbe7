import PXBigInt
/// The methods of `str`.
enum StringMethods {
    static let names = [
        "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "index",
        "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isspace",
        "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition", "removeprefix", "removesuffix",
        "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
        "startswith", "strip", "swapcase", "title", "upper", "zfill",
    ]

    static func call(_ s: String, _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "upper": return .str(s.uppercased())
        case "lower": return .str(s.lowercased())
        case "casefold": return .str(s.lowercased())
        case "swapcase":
            return .str(String(s.map { c in c.isUppercase ? Character(c.lowercased()) : Character(c.uppercased()) }))
        case "title": return .str(title(s))
        case "capitalize":
            guard let first = s.first else { return .str("") }
            return .str(String(first).uppercased() + s.dropFirst().lowercased())
        case "strip", "lstrip", "rstrip":
            try args.check("str.\(name)", min: 0, max: 1)
            let chars: Set<Unicode.Scalar>? = try args.positional.first.flatMap { v -> Set<Unicode.Scalar>? in
                if case .none = v { return nil }
                return Set(try string(v, "\(name) arg").unicodeScalars)
            }
            return .str(strip(s, chars: chars, left: name != "rstrip", right: name != "lstrip"))
        case "split", "rsplit":
            let sep = args.argument(0, "sep") ?? .none
            let maxSplit = try args.argument(1, "maxsplit").map { try integer($0) } ?? -1
            let parts: [String]
            if case .none = sep {
                parts = name == "split" ? splitWhitespace(s, maxSplit) : rsplitWhitespace(s, maxSplit)
            } else {
                let separator = try string(sep, "must be str or None")
                if separator.isEmpty { throw RuntimeError.valueError("empty separator") }
                parts = name == "split" ? split(s, separator, maxSplit) : rsplit(s, separator, maxSplit)
            }
            return .list(ListObject(parts.map { .str($0) }))
        case "splitlines":
            let keep = args.argument(0, "keepends")?.isTruthy ?? false
            return .list(ListObject(splitLines(s, keepEnds: keep).map { .str($0) }))
        case "join":
            try args.check("str.join", min: 1, max: 1)
            return .str(try join(s, args[0], vm))
        case "replace":
            try args.check("replace", min: 2, max: 3)
            let old = try string(args[0], "replace() argument 1 must be str")
            let new = try string(args[1], "replace() argument 2 must be str")
            let limit = args.count > 2 ? try integer(args[2]) : -1
            return .str(replace(s, old, new, limit))
        case "startswith", "endswith":
            try args.check("str.\(name)", min: 1, max: 3)
            if args.count == 1, case .str(let p) = args[0] {
                return .bool(name == "startswith" ? hasPrefix(s, p) : hasSuffix(s, p))
            }
            let (text, _) = try window(s, args)
            let candidates: [String]
            switch args[0] {
            case .str(let p): candidates = [p]
            case .tuple(let items): candidates = try items.map { try string($0, "tuple for \(name) must only contain str") }
            default:
                throw RuntimeError.typeError("\(name) first arg must be str or a tuple of str, not \(args[0].typeName)")
            }
            let scalars = Array(text.unicodeScalars)
            return .bool(candidates.contains { p in
                let ps = Array(p.unicodeScalars)
                return name == "startswith" ? scalars.starts(with: ps) : scalars.reversed().starts(with: ps.reversed())
            })
        case "find", "rfind", "index", "rindex", "count":
            try args.check("str.\(name)", min: 1, max: 3)
            if args.count == 1, case .str(let sub) = args[0], !sub.isEmpty {
                return try search(s, name, sub)
            }
            let needle = Array(try string(args[0], "must be str, not \(args[0].typeName)").unicodeScalars)
            let (text, offset) = try window(s, args)
            let hay = Array(text.unicodeScalars)
            if name == "count" { return .int(count(hay, needle)) }
            let found = name.hasPrefix("r") ? lastIndex(hay, needle) : firstIndex(hay, needle)
            if let found { return .int(found + offset) }
            if name.hasSuffix("index") { throw RuntimeError.valueError("substring not found") }
            return .int(-1)
        case "isdigit", "isdecimal", "isnumeric":
            return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType != nil })
        case "isalpha": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic })
        case "isalnum":
            return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil
            })
        case "isspace": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.isPythonSpace })
        case "isascii": return .bool(s.unicodeScalars.allSatisfy { $0.isASCII })
        case "isupper":
            return .bool(s.contains { $0.isCased } && !s.contains { $0.isLowercase })
        case "islower":
            return .bool(s.contains { $0.isCased } && !s.contains { $0.isUppercase })
        case "istitle": return .bool(!s.isEmpty && title(s) == s && s.contains { $0.isCased })
        case "isidentifier":
            guard let first = s.unicodeScalars.first, first.isIdentifierStartScalar else { return .bool(false) }
            return .bool(s.unicodeScalars.dropFirst().allSatisfy { $0.isIdentifierStartScalar || $0.properties.numericType != nil })
        case "zfill":
            try args.check("zfill", min: 1, max: 1)
            let width = try integer(args[0])
            try Operations.checkAllocation(width)
            let n = StringIndexing.codePoints(s)
            guard n < width else { return .str(s) }
            let zeros = String(repeating: "0", count: width - n)
            if let first = s.first, first == "-" || first == "+" { return .str(String(first) + zeros + s.dropFirst()) }
            return .str(zeros + s)
        case "center", "ljust", "rjust":
            try args.check(name, min: 1, max: 2)
            let width = try integer(args[0])
            try Operations.checkAllocation(width)
            var fill: Character = " "
            if args.count > 1 {
                let f = try string(args[1], "The fill character must be a unicode character")
                guard f.count == 1, let c = f.first else {
                    throw RuntimeError.typeError("The fill character must be exactly one character long")
                }
                fill = c
            }
            let n = StringIndexing.codePoints(s)
            guard n < width else { return .str(s) }
            let total = width - n
            switch name {
            case "ljust": return .str(s + String(repeating: fill, count: total))
            case "rjust": return .str(String(repeating: fill, count: total) + s)
            default:
                let left = total / 2 + (total & width & 1)
                return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: total - left))
            }
        case "partition", "rpartition":
            try args.check(name, min: 1, max: 1)
            let sep = try string(args[0], "must be str")
            if sep.isEmpty { throw RuntimeError.valueError("empty separator") }
            let hay = Array(s.unicodeScalars), needle = Array(sep.unicodeScalars)
            guard let at = name == "partition" ? firstIndex(hay, needle) : lastIndex(hay, needle) else {
                return name == "partition" ? .tuple([.str(s), .str(""), .str("")]) : .tuple([.str(""), .str(""), .str(s)])
            }
            return .tuple([.str(text(hay[..<at])), .str(sep), .str(text(hay[(at + needle.count)...]))])
        case "removeprefix":
            let p = try string(args.positional.first ?? .none, "must be str")
            return .str(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
        case "removesuffix":
            let p = try string(args.positional.first ?? .none, "must be str")
            return .str(s.hasSuffix(p) && !p.isEmpty ? String(s.dropLast(p.count)) : s)
        case "encode": return try Codecs.encode(s, args)
        case "expandtabs":
            let size = try args.argument(0, "tabsize").map { try integer($0) } ?? 8
            var out = ""
            var column = 0
            for c in s {
                if c == "\t" {
                    let spaces = size > 0 ? size - column % size : 0
                    out += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    out.append(c)
                    column = c == "\n" || c == "\r" ? 0 : column + 1
                }
            }
            return .str(out)
        case "format":
            return .str(try StringFormat.format(s, args, vm))
        default:
            return nil
        }
    }

    // MARK: - Helpers

    /// `sep.join(iterable)`.
    /// - Throws: `TypeError` for an item that is not a str, as CPython words it.
    static func join(_ sep: String, _ iterable: Value, _ vm: Interpreter) throws -> String {
        switch iterable {
        case .list(let l): return try join(sep, l.items)
        case .tuple(let t): return try join(sep, t)
        default: return try join(sep, try Operations.collect(iterable, vm))
        }
    }

    /// `sep.join(items)`, written once into a string of the exact size.
    static func join(_ sep: String, _ items: [Value]) throws -> String {
        var total = 0
        for (index, item) in items.enumerated() {
            guard case .str(let piece) = item else {
                throw RuntimeError.typeError("sequence item \(index): expected str instance, \(item.typeName) found")
            }
            total += piece.utf8.count
        }
        if items.count == 1, case .str(let only) = items[0] { return only }
        total += sep.utf8.count * max(0, items.count - 1)
        return String(unsafeUninitializedCapacity: total) { buffer in
            var at = 0
            func append(_ text: String) {
                var text = text
                text.withUTF8 { bytes in
                    guard let source = bytes.baseAddress, let target = buffer.baseAddress, !bytes.isEmpty else { return }
                    UnsafeMutableRawPointer(target + at).copyMemory(from: source, byteCount: bytes.count)
                    at += bytes.count
                }
            }
            for (index, item) in items.enumerated() {
                if index > 0 { append(sep) }
                if case .str(let piece) = item { append(piece) }
            }
            return at
        }
    }

    /// `s.startswith(p)`: code points match exactly where their UTF-8 bytes do.
    static func hasPrefix(_ s: String, _ p: String) -> Bool {
        s.utf8.starts(with: p.utf8)
    }

    /// `s.endswith(p)`.
    static func hasSuffix(_ s: String, _ p: String) -> Bool {
        s.utf8.count >= p.utf8.count && s.utf8.suffix(p.utf8.count).elementsEqual(p.utf8)
    }

    static func string(_ v: Value, _ message: String) throws -> String {
        guard case .str(let s) = v else { throw RuntimeError.typeError(message) }
        return s
    }

    static func integer(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .bigint: throw RuntimeError.sizeOverflow()
        case .scalar(let s) where !s.isFloat: return Int(s.int64Value)
        default:
            if case .int(let i)? = try Operations.instanceConversion(v, ["__index__"], to: "int") { return i }
            if case .int(let i)? = v.builtinBase { return i }
            throw RuntimeError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// `operator.index(v)` of any size: an int (or bool), or what `__index__` gives.
    static func bigInteger(_ v: Value) throws -> BigInt {
        if let b = v.bigIntValue { return b }
        return BigInt(try integer(v))
    }

    static func text<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The `[start:end]` window of `find`-style methods, and its offset.
    static func window(_ s: String, _ args: Arguments) throws -> (String, Int) {
        guard args.count > 1 else { return (s, 0) }
        let scalars = Array(s.unicodeScalars)
        let slice = SliceObject(start: args[1], stop: args.count > 2 ? args[2] : .none, step: .none)
        let (start, stop, _, _) = try Slicing.indices(slice, count: scalars.count)
        if start > stop || start > scalars.count { return ("", start) }
        return (text(scalars[start..<stop]), start)
    }

    static func firstIndex(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Int? {
        if needle.isEmpty { return 0 }
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }

    static func lastIndex(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Int? {
        if needle.isEmpty { return hay.count }
        guard hay.count >= needle.count else { return nil }
        for i in stride(from: hay.count - needle.count, through: 0, by: -1)
            where hay[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }

    static func count(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Int {
        if needle.isEmpty { return hay.count + 1 }
        var n = 0
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i..<(i + needle.count)].elementsEqual(needle) {
                n += 1
                i += needle.count
            } else {
                i += 1
            }
        }
        return n
    }

    static func strip(_ s: String, chars: Set<Unicode.Scalar>?, left: Bool, right: Bool) -> String {
        let scalars = Array(s.unicodeScalars)
        func drop(_ c: Unicode.Scalar) -> Bool { chars.map { $0.contains(c) } ?? c.isPythonSpace }
        var start = 0, end = scalars.count
        if left { while start < end, drop(scalars[start]) { start += 1 } }
        if right { while end > start, drop(scalars[end - 1]) { end -= 1 } }
        return text(scalars[start..<end])
    }

    static func splitWhitespace(_ s: String, _ maxSplit: Int) -> [String] {
        if let parts = splitASCIIWhitespace(s, maxSplit) { return parts }
        var parts: [String] = []
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            while i < scalars.count, scalars[i].isPythonSpace { i += 1 }
            if i >= scalars.count { break }
            if maxSplit >= 0 && parts.count == maxSplit {
                // The rest keeps its trailing whitespace, as in CPython.
                parts.append(text(scalars[i...]))
                break
            }
            let start = i
            while i < scalars.count, !scalars[i].isPythonSpace { i += 1 }
            parts.append(text(scalars[start..<i]))
        }
        return parts
    }

    static func rsplitWhitespace(_ s: String, _ maxSplit: Int) -> [String] {
        if maxSplit < 0 { return splitWhitespace(s, -1) }
        var parts: [String] = []
        let scalars = Array(s.unicodeScalars)
        var i = scalars.count
        while i > 0 {
            while i > 0, scalars[i - 1].isPythonSpace { i -= 1 }
            if i == 0 { break }
            if parts.count == maxSplit {
                // The rest keeps its leading whitespace, as in CPython.
                parts.append(text(scalars[..<i]))
                break
            }
            let end = i
            while i > 0, !scalars[i - 1].isPythonSpace { i -= 1 }
            parts.append(text(scalars[i..<end]))
        }
        return parts.reversed()
    }

    static func split(_ s: String, _ sep: String, _ maxSplit: Int) -> [String] {
        splitBytes(s, sep, maxSplit)
    }

    static func rsplit(_ s: String, _ sep: String, _ maxSplit: Int) -> [String] {
        if maxSplit < 0 { return split(s, sep, -1) }
        let hay = Array(s.unicodeScalars), needle = Array(sep.unicodeScalars)
        var parts: [String] = []
        var end = hay.count
        var i = hay.count - needle.count
        while i >= 0, parts.count < maxSplit {
            if hay[i..<(i + needle.count)].elementsEqual(needle) {
                parts.append(text(hay[(i + needle.count)..<end]))
                end = i
                i -= needle.count
            } else {
                i -= 1
            }
        }
        parts.append(text(hay[..<end]))
        return parts.reversed()
    }

    static func splitLines(_ s: String, keepEnds: Bool) -> [String] {
        var lines: [String] = []
        let scalars = Array(s.unicodeScalars)
        var start = 0
        var i = 0
        let breaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029]
        while i < scalars.count {
            if breaks.contains(scalars[i].value) {
                var end = i + 1
                if scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { end = i + 2 }
                lines.append(text(scalars[start..<(keepEnds ? end : i)]))
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < scalars.count { lines.append(text(scalars[start...])) }
        return lines
    }

    static func replace(_ s: String, _ old: String, _ new: String, _ limit: Int) -> String {
        if !old.isEmpty { return replaceBytes(s, old, new, limit) }
        // An empty `old` matches before every code point and at the end.
        var out = ""
        var replaced = 0
        for c in s.unicodeScalars {
            if limit < 0 || replaced < limit {
                out += new
                replaced += 1
            }
            out.unicodeScalars.append(c)
        }
        if limit < 0 || replaced < limit { out += new }
        return out
    }

    /// Python's `str.title`: a cased character after an uncased one is uppercased, others lowercased.
    static func title(_ s: String) -> String {
        var out = ""
        var previousCased = false
        for c in s {
            if c.isCased {
                out += previousCased ? c.lowercased() : c.uppercased()
                previousCased = true
            } else {
                out.append(c)
                previousCased = false
            }
        }
        return out
    }
}

extension Character {
    var isCased: Bool { isUppercase || isLowercase || isTitlecase }
    var isTitlecase: Bool { unicodeScalars.first?.properties.generalCategory == .titlecaseLetter }
}

extension Unicode.Scalar {
    var isIdentifierStartScalar: Bool { self == "_" || properties.isXIDStart }
}
