import PXLang

/// Writes values as JSON text exactly as CPython's `json.dumps` does: the same separators and indentation,
/// float text (`repr`, `NaN`, `Infinity`), string escapes (`\u00e9` with `ensure_ascii`), dictionary keys
/// made strings, `sort_keys`, `skipkeys`, `default` for other objects, and the same errors.
struct JSONWriter {
    /// The options of `json.dumps` (and of `JSONEncoder`).
    struct Options {
        /// The text of one indentation level; nil writes everything on one line.
        var indent: String?
        var itemSeparator = ", "
        var keySeparator = ": "
        var sortKeys = false
        var skipKeys = false
        var ensureASCII = true
        var allowNaN = true
        var checkCircular = true
        /// Called with an object JSON cannot represent; its result is written instead.
        var fallback: Value?
    }

    let options: Options
    unowned(unsafe) let vm: Interpreter
    /// The UTF-8 bytes written so far.
    private var out: [UInt8] = []
    /// The newline and indentation before an element, by level (with `indent`).
    private var newlines: [[UInt8]] = []
    /// The containers being written, outermost first (for "Circular reference detected"): a stack searched
    /// from its top, cheaper than hashing for the few levels of usual data.
    private var open: [ObjectIdentifier] = []
    private var depth = 0

    init(options: Options, interpreter: Interpreter) {
        self.options = options
        self.vm = interpreter
        self.itemSeparator = Array(options.itemSeparator.utf8)
        self.keySeparator = Array(options.keySeparator.utf8)
    }

    private let itemSeparator: [UInt8]
    private let keySeparator: [UInt8]

    /// The text written so far.
    var text: String { String(decoding: out, as: UTF8.self) }

    private mutating func emit(_ s: String) { out.append(contentsOf: s.utf8) }

    /// Appends the JSON text of `value`.
    /// - Throws: `TypeError` for an object JSON cannot represent (after `default`), `ValueError` for a
    ///   circular reference or a non-finite float without `allow_nan`, `RecursionError` when nested too deep.
    mutating func write(_ value: Value, level: Int = 0) throws {
        switch value {
        case .none: emit("null")
        case .bool(let b): emit(b ? "true" : "false")
        case .int(let n): emit(IntegerText.decimal(n))
        case .float(let d): emit(try float(d))
        case .str(let s): JSONWriter.appendQuoted(s, ascii: options.ensureASCII, to: &out)
        case .list(let l): try nested(ObjectIdentifier(l)) { try $0.writeArray(l.items, level) }
        case .tuple(let items): try nested(nil) { try $0.writeArray(items, level) }
        case .dict(let d): try nested(ObjectIdentifier(d)) { try $0.writeObject(d, level) }
        case .instance(let inst) where inst.builtinValue != nil:
            // Subclasses of dict, list, tuple, str, int and float are written as their built-in value.
            try write(inst.builtinValue ?? .none, level: level)
        default:
            if value.type.isSubtype(of: BuiltinTypes.int) {
                emit(ValueFormatter.repr(value, vm))
                return
            }
            try writeOther(value, level)
        }
    }

    /// Runs `body` one level deeper, with `identity` marked as being written.
    private mutating func nested(_ identity: ObjectIdentifier?, _ body: (inout JSONWriter) throws -> Void) throws {
        if let identity, options.checkCircular {
            guard !open.contains(identity) else { throw RuntimeError.valueError("Circular reference detected") }
            open.append(identity)
        }
        depth += 1
        defer {
            depth -= 1
            if identity != nil, options.checkCircular { open.removeLast() }
        }
        guard vm.depth + depth < vm.recursionLimit else {
            throw RuntimeError(BuiltinTypes.recursionError, "maximum recursion depth exceeded while encoding a JSON object")
        }
        try body(&self)
    }

    /// Appends the newline and indentation before an element at `level` (nothing on one line).
    private mutating func newline(_ level: Int) {
        guard let indent = options.indent else { return }
        while newlines.count <= level { newlines.append(Array(("\n" + String(repeating: indent, count: newlines.count)).utf8)) }
        out.append(contentsOf: newlines[level])
    }

    private mutating func writeArray(_ items: [Value], _ level: Int) throws {
        if items.isEmpty {
            emit("[]")
            return
        }
        out.append(UInt8(ascii: "["))
        newline(level + 1)
        for (i, item) in items.enumerated() {
            if i > 0 {
                out.append(contentsOf: itemSeparator)
                newline(level + 1)
            }
            try write(item, level: level + 1)
        }
        newline(level)
        out.append(UInt8(ascii: "]"))
    }

    private mutating func writeObject(_ d: DictObject, _ level: Int) throws {
        if d.storage.isEmpty {
            emit("{}")
            return
        }
        // A snapshot of the entries (copy on write: code run by `default` may change the dict).
        let table = d.storage
        if options.sortKeys {
            try writeEntries(sorted(table.map { ($0.key.value, $0.value) }), level)
        } else {
            try writeEntries(table.lazy.map { ($0.key.value, $0.value) }, level)
        }
    }

    /// The entries of an object that is not empty, in the order given.
    private mutating func writeEntries<Entries: Sequence<(Value, Value)>>(_ entries: Entries, _ level: Int) throws {
        out.append(UInt8(ascii: "{"))
        newline(level + 1)
        var first = true
        for (key, value) in entries {
            guard let name = try keyText(key) else { continue }
            if !first {
                out.append(contentsOf: itemSeparator)
                newline(level + 1)
            }
            first = false
            JSONWriter.appendQuoted(name, ascii: options.ensureASCII, to: &out)
            out.append(contentsOf: keySeparator)
            try write(value, level: level + 1)
        }
        newline(level)
        out.append(UInt8(ascii: "}"))
    }

    /// Items in key order, as `sorted(d.items())` orders them.
    private func sorted(_ pairs: [(Value, Value)]) throws -> [(Value, Value)] {
        if let keys = pairs.allStringKeys {
            // Code point order is UTF-8 byte order.
            return pairs.indices.sorted { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }.map { pairs[$0] }
        }
        var failure: Error?
        let result = pairs.sorted { a, b in
            if failure != nil { return false }
            do {
                return try Operations.compare(.less, a.0, b.0, vm)
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return result
    }

    /// The text a dictionary key is written as; nil for a key `skipkeys` skips.
    /// - Throws: `TypeError: keys must be str, int, float, bool or None, not tuple`.
    private func keyText(_ key: Value) throws -> String? {
        switch key.unwrappingBuiltin {
        case .str(let s): return s
        case .float(let d): return try float(d)
        case .bool(let b): return b ? "true" : "false"
        case .none: return "null"
        case .int(let n): return String(n)
        default:
            if key.type.isSubtype(of: BuiltinTypes.int) { return ValueFormatter.repr(key, vm) }
            if options.skipKeys { return nil }
            throw RuntimeError.typeError("keys must be str, int, float, bool or None, not \(key.typeName)")
        }
    }

    /// A float as JSON writes it: its `repr`, or `NaN`, `Infinity`, `-Infinity`.
    /// - Throws: `ValueError` for a non-finite float when `allow_nan` is false.
    private func float(_ d: Double) throws -> String {
        if d.isFinite { return FloatFormatter.repr(d) }
        guard options.allowNaN else {
            throw RuntimeError.valueError("Out of range float values are not JSON compliant")
        }
        return d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity")
    }

    /// An object JSON has no form for: what `default` returns for it, written in its place.
    private mutating func writeOther(_ value: Value, _ level: Int) throws {
        guard let fallback = options.fallback, !fallback.isNone else {
            throw RuntimeError.typeError("Object of type \(value.typeName) is not JSON serializable")
        }
        let identity = JSONWriter.identity(value)
        try nested(identity) { writer in
            let replacement = try writer.vm.call(fallback, value)
            try writer.write(replacement, level: level)
        }
    }

    /// The identity of a value that is an object (for the circular-reference check of `default`).
    private static func identity(_ value: Value) -> ObjectIdentifier? {
        switch value {
        case .instance(let i): return ObjectIdentifier(i)
        case .object(let o): return ObjectIdentifier(o)
        case .set(let s): return ObjectIdentifier(s)
        default: return nil
        }
    }

    /// Appends `s` as a JSON string literal: `"` and `\` escaped, control characters as `\n` or `\u001f`, and
    /// with `ascii` every character outside space…`~` as `\uXXXX` (a surrogate pair above U+FFFF).
    static func appendQuoted(_ s: String, ascii: Bool, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var plainStart = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && (b < 0x7F || !ascii) {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<i]))
                switch b {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case ..<0x80:
                    appendEscape(UInt32(b), to: &out)
                default:
                    // A non-ASCII character with `ensure_ascii`: decode its (valid) UTF-8 sequence.
                    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    var v = UInt32(b) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                    for k in 1..<length where i + k < n { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                    if v > 0xFFFF {
                        let u = v - 0x10000
                        appendEscape(0xD800 | (u >> 10), to: &out)
                        appendEscape(0xDC00 | (u & 0x3FF), to: &out)
                    } else {
                        appendEscape(v, to: &out)
                    }
                    i += length - 1
                }
                i += 1
                plainStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<n]))
        }
        out.append(0x22)
    }

    /// Appends `\uXXXX` with four lowercase hex digits.
    private static func appendEscape(_ v: UInt32, to out: inout [UInt8]) {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        out.append(0x5C)
        out.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int((v >> UInt32(shift)) & 0xF)]) }
    }
}

private extension Array where Element == (Value, Value) {
    /// The keys as Swift strings when all of them are `str`; nil otherwise.
    var allStringKeys: [String]? {
        var keys: [String] = []
        keys.reserveCapacity(count)
        for (key, _) in self {
            guard case .str(let s) = key else { return nil }
            keys.append(s)
        }
        return keys
    }
}
