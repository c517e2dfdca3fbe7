/// The methods of `bytes`, on the bytes themselves: results are bytes (not str), case and space are ASCII's,
/// and arguments must be bytes-like, as in CPython.
enum BytesMethods {
    static let names = [
        "capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "hex", "index", "isalnum",
        "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower",
        "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
        "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper",
        "zfill",
    ]

    static func call(_ b: [UInt8], _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "decode": return try decode(b, args)
        case "hex": return .str(try hex(b, args))
        case "upper": return .bytes(b.map(upper))
        case "lower": return .bytes(b.map(lower))
        case "swapcase": return .bytes(b.map { isUpper($0) ? lower($0) : upper($0) })
        case "capitalize": return .bytes(b.enumerated().map { $0.offset == 0 ? upper($0.element) : lower($0.element) })
        case "title": return .bytes(title(b))
        case "isalpha": return .bool(!b.isEmpty && b.allSatisfy(isAlpha))
        case "isdigit": return .bool(!b.isEmpty && b.allSatisfy(isDigit))
        case "isalnum": return .bool(!b.isEmpty && b.allSatisfy { isAlpha($0) || isDigit($0) })
        case "isspace": return .bool(!b.isEmpty && b.allSatisfy(isSpace))
        case "isascii": return .bool(b.allSatisfy { $0 < 0x80 })
        case "islower": return .bool(b.contains(where: isLower) && !b.contains(where: isUpper))
        case "isupper": return .bool(b.contains(where: isUpper) && !b.contains(where: isLower))
        case "istitle": return .bool(b.contains(where: isAlpha) && title(b) == b)
        case "strip", "lstrip", "rstrip": return .bytes(try strip(b, name, args))
        case "split", "rsplit": return try split(b, fromEnd: name == "rsplit", args)
        case "splitlines": return splitLines(b, keepEnds: args.argument(0, "keepends")?.isTruthy ?? false)
        case "join": return try join(b, args, vm)
        case "replace": return try replace(b, args)
        case "find", "rfind", "index", "rindex", "count": return try search(b, name, args)
        case "startswith", "endswith": return try affix(b, name, args)
        case "partition", "rpartition": return try partition(b, fromEnd: name == "rpartition", args)
        case "center", "ljust", "rjust": return try justify(b, name, args)
        case "zfill":
            try args.check("zfill", min: 1, max: 1)
            let width = try StringMethods.integer(args[0])
            guard width > b.count else { return .bytes(b) }
            try MemoryGuard.check(bytes: width)
            let zeros = [UInt8](repeating: UInt8(ascii: "0"), count: width - b.count)
            if let first = b.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                return .bytes([first] + zeros + b.dropFirst())
            }
            return .bytes(zeros + b)
        case "translate":
            try args.check("translate", min: 1, max: 2, keywords: ["delete"])
            let table: [UInt8]?
            if case .none = args[0] { table = nil } else { table = try operand(args[0]) }
            if let table, table.count != 256 {
                throw RuntimeError.valueError("translation table must be 256 characters long")
            }
            let delete = try args.argument(1, "delete").map(operand) ?? []
            return .bytes(b.filter { !delete.contains($0) }.map { table?[Int($0)] ?? $0 })
        case "removeprefix", "removesuffix":
            try args.check(name, min: 1, max: 1)
            let affix = try operand(args[0])
            if name == "removeprefix" { return .bytes(b.starts(with: affix) ? Array(b.dropFirst(affix.count)) : b) }
            return .bytes(b.count >= affix.count && Array(b.suffix(affix.count)) == affix
                ? Array(b.dropLast(affix.count)) : b)
        case "expandtabs":
            let size = try args.argument(0, "tabsize").map { try StringMethods.integer($0) } ?? 8
            var out: [UInt8] = []
            var column = 0
            for c in b {
                if c == UInt8(ascii: "\t") {
                    let spaces = size > 0 ? size - column % size : 0
                    out += [UInt8](repeating: UInt8(ascii: " "), count: spaces)
                    column += spaces
                } else {
                    out.append(c)
                    column = c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") ? 0 : column + 1
                }
            }
            return .bytes(out)
        default: return nil
        }
    }

    // MARK: - ASCII classes

    static func isUpper(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
    static func isLower(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
    static func isAlpha(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }
    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    static func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
    static func upper(_ c: UInt8) -> UInt8 { isLower(c) ? c - 32 : c }
    static func lower(_ c: UInt8) -> UInt8 { isUpper(c) ? c + 32 : c }

    static func title(_ b: [UInt8]) -> [UInt8] {
        var previousCased = false
        return b.map { c in
            let result = previousCased ? lower(c) : upper(c)
            previousCased = isAlpha(c)
            return result
        }
    }

    // MARK: - Arguments

    /// A bytes-like argument.
    static func operand(_ v: Value) throws -> [UInt8] {
        guard case .bytes(let b) = v.unwrappingBuiltin else {
            throw RuntimeError.typeError("a bytes-like object is required, not '\(v.typeName)'")
        }
        return b
    }

    /// The sub-sequence a search looks for: bytes, or one byte given as an int.
    static func needle(_ v: Value) throws -> [UInt8] {
        switch v.unwrappingBuiltin {
        case .bytes(let b): return b
        case .int(let i):
            guard (0...255).contains(i) else { throw RuntimeError.valueError("byte must be in range(0, 256)") }
            return [UInt8(i)]
        default:
            throw RuntimeError.typeError("argument should be integer or bytes-like object, not '\(v.typeName)'")
        }
    }

    // MARK: - Searching

    static func occurrences(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> [Int] {
        if needle.isEmpty { return Array(hay.startIndex...hay.endIndex) }
        var found: [Int] = []
        var i = hay.startIndex
        while i + needle.count <= hay.endIndex {
            if hay[i..<i + needle.count].elementsEqual(needle) {
                found.append(i)
                i += needle.count
            } else {
                i += 1
            }
        }
        return found
    }

    static func search(_ b: [UInt8], _ name: String, _ args: Arguments) throws -> Value {
        try args.check(name, min: 1, max: 3)
        let sub = try needle(args[0])
        let slice = SliceObject(start: args.count > 1 ? args[1] : .none, stop: args.count > 2 ? args[2] : .none,
                                step: .none)
        let (start, stop, _, _) = try Slicing.indices(slice, count: b.count)
        let window = start <= stop ? b[start..<stop] : b[start..<start]
        if name == "count" { return .int(sub.isEmpty ? window.count + 1 : occurrences(window, sub).count) }
        var position: Int?
        if name == "find" || name == "index" {
            position = sub.isEmpty ? window.startIndex : firstIndex(window, sub)
        } else {
            position = sub.isEmpty ? window.endIndex : lastIndex(window, sub)
        }
        if start > b.count { position = nil }
        if let position { return .int(position) }
        if name == "index" || name == "rindex" { throw RuntimeError.valueError("subsection not found") }
        return .int(-1)
    }

    static func firstIndex(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Int? {
        var i = hay.startIndex
        while i + needle.count <= hay.endIndex {
            if hay[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func lastIndex(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Int? {
        var i = hay.endIndex - needle.count
        while i >= hay.startIndex {
            if hay[i..<i + needle.count].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    static func affix(_ b: [UInt8], _ name: String, _ args: Arguments) throws -> Value {
        try args.check(name, min: 1, max: 3)
        let slice = SliceObject(start: args.count > 1 ? args[1] : .none, stop: args.count > 2 ? args[2] : .none,
                                step: .none)
        let (start, stop, _, _) = try Slicing.indices(slice, count: b.count)
        let window = start <= stop ? Array(b[start..<stop]) : []
        let candidates: [Value]
        if case .tuple(let items) = args[0] { candidates = items } else { candidates = [args[0]] }
        for candidate in candidates {
            guard case .bytes(let affix) = candidate.unwrappingBuiltin else {
                throw RuntimeError.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(candidate.typeName)")
            }
            if start > b.count { continue }
            if name == "startswith" ? window.starts(with: affix) : window.reversed().starts(with: affix.reversed()) {
                return .bool(true)
            }
        }
        return .bool(false)
    }

    // MARK: - Splitting and joining

    static func split(_ b: [UInt8], fromEnd: Bool, _ args: Arguments) throws -> Value {
        let name = fromEnd ? "rsplit" : "split"
        try args.check(name, min: 0, max: 2, keywords: ["sep", "maxsplit"])
        let separator = args.argument(0, "sep").flatMap { $0.isNone ? nil : $0 }
        let limit = try args.argument(1, "maxsplit").map { try StringMethods.integer($0) } ?? -1
        var parts: [[UInt8]] = []
        if let separator {
            let sep = try operand(separator)
            if sep.isEmpty { throw RuntimeError.valueError("empty separator") }
            var found = occurrences(b[...], sep)
            if limit >= 0 && found.count > limit { found = fromEnd ? Array(found.suffix(limit)) : Array(found.prefix(limit)) }
            var start = 0
            for position in found {
                parts.append(Array(b[start..<position]))
                start = position + sep.count
            }
            parts.append(Array(b[start...]))
        } else {
            // Runs of ASCII whitespace separate; at most `limit` splits, the rest kept whole.
            var words: [Range<Int>] = []
            var i = 0
            while i < b.count {
                while i < b.count && isSpace(b[i]) { i += 1 }
                guard i < b.count else { break }
                let start = i
                while i < b.count && !isSpace(b[i]) { i += 1 }
                words.append(start..<i)
            }
            if limit >= 0 && words.count > limit {
                if fromEnd {
                    let kept = words.suffix(limit)
                    var head = Array(b[..<(kept.first?.lowerBound ?? b.count)])
                    while let last = head.last, isSpace(last) { head.removeLast() }
                    parts = [head] + kept.map { Array(b[$0]) }
                } else {
                    let kept = words.prefix(limit)
                    var tail = Array(b[(kept.last?.upperBound ?? 0)...])
                    while let first = tail.first, isSpace(first) { tail.removeFirst() }
                    parts = kept.map { Array(b[$0]) } + [tail]
                }
            } else {
                parts = words.map { Array(b[$0]) }
            }
        }
        return .list(ListObject(parts.map { .bytes($0) }))
    }

    static func splitLines(_ b: [UInt8], keepEnds: Bool) -> Value {
        var lines: [Value] = []
        var start = 0
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "\n") || b[i] == UInt8(ascii: "\r") {
                var end = i + 1
                if b[i] == UInt8(ascii: "\r") && end < b.count && b[end] == UInt8(ascii: "\n") { end += 1 }
                lines.append(.bytes(Array(b[start..<(keepEnds ? end : i)])))
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < b.count { lines.append(.bytes(Array(b[start...]))) }
        return .list(ListObject(lines))
    }

    static func join(_ b: [UInt8], _ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("join", min: 1, max: 1)
        var out: [UInt8] = []
        var index = 0
        try Operations.iterate(args[0], vm) { item in
            guard case .bytes(let part) = item.unwrappingBuiltin else {
                throw RuntimeError.typeError("sequence item \(index): expected a bytes-like object, \(item.typeName) found")
            }
            if index > 0 { out += b }
            out += part
            index += 1
            return true
        }
        return .bytes(out)
    }

    static func partition(_ b: [UInt8], fromEnd: Bool, _ args: Arguments) throws -> Value {
        try args.check(fromEnd ? "rpartition" : "partition", min: 1, max: 1)
        let sep = try operand(args[0])
        if sep.isEmpty { throw RuntimeError.valueError("empty separator") }
        guard let i = fromEnd ? lastIndex(b[...], sep) : firstIndex(b[...], sep) else {
            return fromEnd ? .tuple([.bytes([]), .bytes([]), .bytes(b)]) : .tuple([.bytes(b), .bytes([]), .bytes([])])
        }
        return .tuple([.bytes(Array(b[..<i])), .bytes(sep), .bytes(Array(b[(i + sep.count)...]))])
    }

    // MARK: - Editing

    static func strip(_ b: [UInt8], _ name: String, _ args: Arguments) throws -> [UInt8] {
        try args.check(name, min: 0, max: 1)
        let chars = try args.argument(0, "bytes").flatMap { $0.isNone ? nil : try operand($0) }
        let strips = { (c: UInt8) -> Bool in chars.map { $0.contains(c) } ?? isSpace(c) }
        var start = 0, end = b.count
        if name != "rstrip" { while start < end && strips(b[start]) { start += 1 } }
        if name != "lstrip" { while end > start && strips(b[end - 1]) { end -= 1 } }
        return Array(b[start..<end])
    }

    static func replace(_ b: [UInt8], _ args: Arguments) throws -> Value {
        try args.check("replace", min: 2, max: 3)
        let old = try operand(args[0]), new = try operand(args[1])
        let limit = args.count > 2 ? try StringMethods.integer(args[2]) : -1
        var found = occurrences(b[...], old)
        if limit >= 0 && found.count > limit { found = Array(found.prefix(limit)) }
        try MemoryGuard.check(count: found.count, elementSize: new.count)
        var out: [UInt8] = []
        var start = 0
        for position in found {
            out += b[start..<min(position, b.count)]
            out += new
            start = old.isEmpty ? position : position + old.count
            if old.isEmpty && position < b.count {
                out.append(b[position])
                start = position + 1
            }
        }
        if start < b.count { out += b[start...] }
        return .bytes(out)
    }

    static func justify(_ b: [UInt8], _ name: String, _ args: Arguments) throws -> Value {
        try args.check(name, min: 1, max: 2)
        let width = try StringMethods.integer(args[0])
        var fill = UInt8(ascii: " ")
        if args.count > 1 {
            let f = try operand(args[1])
            guard f.count == 1 else {
                throw RuntimeError.typeError("\(name)() argument 2 must be a byte string of length 1, not bytes")
            }
            fill = f[0]
        }
        guard width > b.count else { return .bytes(b) }
        try MemoryGuard.check(bytes: width)
        let padding = width - b.count
        let left: Int
        switch name {
        case "ljust": left = 0
        case "rjust": left = padding
        default: left = padding / 2 + (padding & width & 1)
        }
        return .bytes([UInt8](repeating: fill, count: left) + b + [UInt8](repeating: fill, count: padding - left))
    }

    // MARK: - Text

    /// `bytes.decode(encoding='utf-8', errors='strict')` for UTF-8, ASCII and Latin-1.
    static func decode(_ b: [UInt8], _ args: Arguments) throws -> Value {
        try args.check("decode", min: 0, max: 2, keywords: ["encoding", "errors"])
        let encoding = try args.argument(0, "encoding").map { try StringMethods.string($0, "decode() argument 'encoding' must be str") } ?? "utf-8"
        let errors = try args.argument(1, "errors").map { try StringMethods.string($0, "decode() argument 'errors' must be str") } ?? "strict"
        let name = Codecs.canonicalName(encoding)
        return .str(try Codecs.decode(b, encoding: name, errors: errors))
    }

    /// `bytes.hex(sep='', bytes_per_sep=1)`.
    static func hex(_ b: [UInt8], _ args: Arguments) throws -> String {
        try args.check("hex", min: 0, max: 2, keywords: ["sep", "bytes_per_sep"])
        let digits = b.map { ValueFormatter.hex(UInt32($0), width: 2) }
        guard let sepValue = args.argument(0, "sep") else { return digits.joined() }
        let sep: String
        switch sepValue {
        case .str(let s): sep = s
        case .bytes(let s): sep = String(decoding: s, as: UTF8.self)
        default: throw RuntimeError.typeError("sep must be str or bytes.")
        }
        guard sep.unicodeScalars.count == 1 else { throw RuntimeError.valueError("sep must be length 1.") }
        let group = try args.argument(1, "bytes_per_sep").map { try StringMethods.integer($0) } ?? 1
        guard group != 0, !digits.isEmpty else { return digits.joined() }
        let size = group.magnitude > UInt(digits.count) ? digits.count : Int(group.magnitude)
        var groups: [String] = []
        if group > 0 {
            // Counted from the right.
            var end = digits.count
            while end > 0 {
                groups.insert(digits[max(0, end - size)..<end].joined(), at: 0)
                end -= size
            }
        } else {
            var start = 0
            while start < digits.count {
                groups.append(digits[start..<min(digits.count, start + size)].joined())
                start += size
            }
        }
        return groups.joined(separator: sep)
    }

    /// `bytes.maketrans(from, to)`: the 256-byte table mapping each byte of `from` to the byte of `to`.
    static func makeTranslation(_ args: Arguments) throws -> Value {
        try args.check("maketrans", min: 2, max: 2)
        let from = try operand(args[0]), to = try operand(args[1])
        guard from.count == to.count else { throw RuntimeError.valueError("maketrans arguments must have same length") }
        var table = (0...255).map { UInt8($0) }
        for (f, t) in zip(from, to) { table[Int(f)] = t }
        return .bytes(table)
    }

    /// `bytes.fromhex(string)`: pairs of hexadecimal digits, spaces allowed between pairs.
    static func fromHex(_ args: Arguments) throws -> Value {
        try args.check("fromhex", min: 1, max: 1)
        let text = Array(try StringMethods.string(args[0], "fromhex() argument must be str, not \(args[0].typeName)")
            .unicodeScalars)
        var out: [UInt8] = []
        var i = 0
        while i < text.count {
            if text[i] == " " || (text[i].value >= 9 && text[i].value <= 13) {
                i += 1
                continue
            }
            guard let high = hexDigit(text[i]) else {
                throw RuntimeError.valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
            }
            guard i + 1 < text.count, let low = hexDigit(text[i + 1]) else {
                throw RuntimeError.valueError("non-hexadecimal number found in fromhex() arg at position \(i + 1)")
            }
            out.append(high << 4 | low)
            i += 2
        }
        return .bytes(out)
    }

    static func hexDigit(_ c: Unicode.Scalar) -> UInt8? {
        switch c {
        case "0"..."9": return UInt8(c.value - 48)
        case "a"..."f": return UInt8(c.value - 87)
        case "A"..."F": return UInt8(c.value - 55)
        default: return nil
        }
    }
}
