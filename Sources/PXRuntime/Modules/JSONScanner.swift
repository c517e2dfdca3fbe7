/// Reads JSON text as CPython's `json` scanner does: the same values (ints of any size, floats, `NaN` and
/// `Infinity`, surrogate pairs in `\u` escapes), the same hooks (`object_hook`, `object_pairs_hook`,
/// `parse_float`, `parse_int`, `parse_constant`) and the same errors at the same character positions.
struct JSONScanner {
    /// A decoding error: CPython's message and the byte offset it points at.
    struct Failure: Error {
        let message: String
        let offset: Int
    }

    /// The hooks of `json.loads`; nil for the default.
    struct Hooks {
        var object: Value?
        var objectPairs: Value?
        var parseFloat: Value?
        var parseInt: Value?
        var parseConstant: Value?
        var strict = true
    }

    let bytes: [UInt8]
    let hooks: Hooks
    unowned(unsafe) let vm: Interpreter
    private var depth = 0
    /// The entries of the objects being read, innermost last (see `object(from:)`).
    private var pending: [(HashKey, Value)] = []

    init(_ text: String, hooks: Hooks, interpreter: Interpreter) {
        self.bytes = Array(text.utf8)
        self.hooks = hooks
        self.vm = interpreter
    }

    /// The character (code point) offset of a byte offset, as error positions count.
    func characterOffset(_ byteOffset: Int) -> Int {
        bytes.withUnsafeBufferPointer { all in
            StringIndexing.codePoints(UnsafeBufferPointer(rebasing: all[0..<max(0, min(byteOffset, all.count))]))
        }
    }

    /// The byte offset of a character offset.
    func byteOffset(_ characterOffset: Int) -> Int {
        var n = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if n == characterOffset { return i }
                n += 1
            }
            i += 1
        }
        return bytes.count
    }

    /// The offset of the first byte at or after `i` that is not JSON whitespace.
    func skipSpace(_ i: Int) -> Int {
        var i = i
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        return i
    }

    /// Reads one value starting at byte `i`.
    /// - Returns: the value and the offset just after it.
    /// - Throws: `Failure` for malformed text, or what a hook raised.
    mutating func value(at i: Int) throws -> (Value, Int) {
        guard i < bytes.count else { throw Failure(message: "Expecting value", offset: i) }
        switch bytes[i] {
        case UInt8(ascii: "\""): return try string(from: i + 1)
        case UInt8(ascii: "{"): return try descend { try $0.object(from: i + 1) }
        case UInt8(ascii: "["): return try descend { try $0.array(from: i + 1) }
        case UInt8(ascii: "n") where matches("null", at: i): return (.none, i + 4)
        case UInt8(ascii: "t") where matches("true", at: i): return (.bool(true), i + 4)
        case UInt8(ascii: "f") where matches("false", at: i): return (.bool(false), i + 5)
        case UInt8(ascii: "N") where matches("NaN", at: i): return (try constant("NaN"), i + 3)
        case UInt8(ascii: "I") where matches("Infinity", at: i): return (try constant("Infinity"), i + 8)
        case UInt8(ascii: "-") where matches("-Infinity", at: i): return (try constant("-Infinity"), i + 9)
        default: return try number(at: i)
        }
    }

    private func matches(_ word: StaticString, at i: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        return word.withUTF8Buffer { w in (0..<count).allSatisfy { bytes[i + $0] == w[$0] } }
    }

    private mutating func descend(_ body: (inout JSONScanner) throws -> (Value, Int)) throws -> (Value, Int) {
        depth += 1
        defer { depth -= 1 }
        guard vm.depth + depth < vm.recursionLimit else {
            throw RuntimeError(BuiltinTypes.recursionError,
                               "maximum recursion depth exceeded while decoding a JSON document")
        }
        return try body(&self)
    }

    private func constant(_ name: String) throws -> Value {
        if let hook = hooks.parseConstant, !hook.isNone { return try vm.call(hook, .str(name)) }
        switch name {
        case "NaN": return .float(.nan)
        case "Infinity": return .float(.infinity)
        default: return .float(-.infinity)
        }
    }

    private func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, as an int or a float (or what the hooks make of it).
    private func number(at start: Int) throws -> (Value, Int) {
        var i = start
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard i < bytes.count else { throw Failure(message: "Expecting value", offset: start) }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
        } else if isDigit(i) {
            while isDigit(i) { i += 1 }
        } else {
            throw Failure(message: "Expecting value", offset: start)
        }
        var isFloat = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "."), isDigit(i + 1) {
            isFloat = true
            i += 2
            while isDigit(i) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            var j = i + 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: "+") { j += 1 }
            if isDigit(j) {
                while isDigit(j) { j += 1 }
                isFloat = true
                i = j
            }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if isFloat {
            if let hook = hooks.parseFloat, !hook.isNone { return (try vm.call(hook, .str(text)), i) }
            return (.float(Double(text) ?? .nan), i)
        }
        if let hook = hooks.parseInt, !hook.isNone { return (try vm.call(hook, .str(text)), i) }
        if let n = Int(text) { return (.int(n), i) }
        return (try vm.call(.type(BuiltinTypes.int), .str(text)), i)
    }

    /// A string whose opening quote is just before `start`.
    private func string(from start: Int) throws -> (Value, Int) {
        let begin = start - 1
        var out = ""
        var chunk = start
        var i = start
        while true {
            guard i < bytes.count else { throw Failure(message: "Unterminated string starting at", offset: begin) }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                if chunk == start { return (.str(String(decoding: bytes[start..<i], as: UTF8.self)), i + 1) }
                out += String(decoding: bytes[chunk..<i], as: UTF8.self)
                return (.str(out), i + 1)
            }
            if b < 0x20 && hooks.strict { throw Failure(message: "Invalid control character at", offset: i) }
            guard b == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            out += String(decoding: bytes[chunk..<i], as: UTF8.self)
            i += 1
            guard i < bytes.count else { throw Failure(message: "Unterminated string starting at", offset: begin) }
            switch bytes[i] {
            case UInt8(ascii: "\""): out += "\""
            case UInt8(ascii: "\\"): out += "\\"
            case UInt8(ascii: "/"): out += "/"
            case UInt8(ascii: "b"): out += "\u{8}"
            case UInt8(ascii: "f"): out += "\u{C}"
            case UInt8(ascii: "n"): out += "\n"
            case UInt8(ascii: "r"): out += "\r"
            case UInt8(ascii: "t"): out += "\t"
            case UInt8(ascii: "u"):
                let (scalar, next) = try unicodeEscape(at: i + 1)
                out.unicodeScalars.append(scalar)
                i = next
                chunk = i
                continue
            default:
                throw Failure(message: "Invalid \\escape", offset: i - 1)
            }
            i += 1
            chunk = i
        }
    }

    /// The four hex digits of a `\u` escape at `i` (and a second escape after a high surrogate).
    /// - Returns: the character (U+FFFD for an unpaired surrogate) and the offset after the escape(s).
    private func unicodeEscape(at i: Int) throws -> (Unicode.Scalar, Int) {
        guard i + 4 < bytes.count, let high = hex4(at: i) else {
            throw Failure(message: "Invalid \\uXXXX escape", offset: i - 1)
        }
        var code = high
        var next = i + 4
        if (0xD800...0xDBFF).contains(high), next + 6 < bytes.count,
           bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u") {
            guard let low = hex4(at: next + 2) else {
                throw Failure(message: "Invalid \\uXXXX escape", offset: next + 1)
            }
            if (0xDC00...0xDFFF).contains(low) {
                code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                next += 6
            }
        }
        return (Unicode.Scalar(code) ?? "\u{FFFD}", next)
    }

    private func hex4(at i: Int) -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for b in bytes[i..<i + 4] {
            guard let d = Character(Unicode.Scalar(b)).hexDigitValue else { return nil }
            v = v * 16 + UInt32(d)
        }
        return v
    }

    /// An array whose `[` is just before `start`.
    private mutating func array(from start: Int) throws -> (Value, Int) {
        var items: [Value] = []
        var i = skipSpace(start)
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { return (.list(items), i + 1) }
        while true {
            let (item, next) = try value(at: i)
            items.append(item)
            i = skipSpace(next)
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { return (.list(items), i + 1) }
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else {
                throw Failure(message: "Expecting ',' delimiter", offset: i)
            }
            i = skipSpace(i + 1)
        }
    }

    /// An object whose `{` is just before `start`.
    private mutating func object(from start: Int) throws -> (Value, Int) {
        let pairsHook = hooks.objectPairs.flatMap { $0.isNone ? nil : $0 }
        var pairs: [(Value, Value)] = []
        // This object's entries go on `pending` above those of the objects it is inside, and into a table of
        // their number at the end.
        let base = pending.count
        var i = skipSpace(start)
        var end: Int
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            end = i + 1
        } else {
            while true {
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw Failure(message: "Expecting property name enclosed in double quotes", offset: i)
                }
                let (key, afterKey) = try string(from: i + 1)
                i = skipSpace(afterKey)
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                    throw Failure(message: "Expecting ':' delimiter", offset: i)
                }
                i = skipSpace(i + 1)
                let (item, next) = try value(at: i)
                if pairsHook == nil { pending.append((try HashKey(key), item)) } else { pairs.append((key, item)) }
                i = skipSpace(next)
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { break }
                guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else {
                    throw Failure(message: "Expecting ',' delimiter", offset: i)
                }
                i = skipSpace(i + 1)
            }
            end = i + 1
        }
        if let pairsHook { return (try vm.call(pairsHook, .list(pairs.map { .tuple([$0.0, $0.1]) })), end) }
        var table = DictTable(minimumCapacity: pending.count - base)
        for (key, item) in pending[base...] { table[key] = item }
        pending.removeSubrange(base...)
        let d = DictObject(table)
        if let hook = hooks.object, !hook.isNone { return (try vm.call(hook, .dict(d)), end) }
        return (.dict(d), end)
    }
}
