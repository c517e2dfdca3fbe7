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
    /// The text written so far.
    private(set) var text = ""
    /// The containers being written (for "Circular reference detected").
    private var open: Set<ObjectIdentifier> = []
    private var depth = 0

    init(options: Options, interpreter: Interpreter) {
        self.options = options
        self.vm = interpreter
    }

    /// Appends the JSON text of `value`.
    /// - Throws: `TypeError` for an object JSON cannot represent (after `default`), `ValueError` for a
    ///   circular reference or a non-finite float without `allow_nan`, `RecursionError` when nested too deep.
    mutating func write(_ value: Value, level: Int = 0) throws {
        switch value {
        case .none: text += "null"
        case .bool(let b): text += b ? "true" : "false"
        case .int(let n): text += String(n)
        case .float(let d): text += try float(d)
        case .str(let s): JSONWriter.appendQuoted(s, ascii: options.ensureASCII, to: &text)
        case .list(let l): try nested(ObjectIdentifier(l)) { try $0.writeArray(l.items, level) }
        case .tuple(let items): try nested(nil) { try $0.writeArray(items, level) }
        case .dict(let d): try nested(ObjectIdentifier(d)) { try $0.writeObject(d, level) }
        case .instance(let inst) where inst.builtinValue != nil:
            // Subclasses of dict, list, tuple, str, int and float are written as their built-in value.
            try write(inst.builtinValue ?? .none, level: level)
        default:
            if value.type.isSubtype(of: BuiltinTypes.int) {
                text += ValueFormatter.repr(value, vm)
                return
            }
            try writeOther(value, level)
        }
    }

    /// Runs `body` one level deeper, with `identity` marked as being written.
    private mutating func nested(_ identity: ObjectIdentifier?, _ body: (inout JSONWriter) throws -> Void) throws {
        if let identity, options.checkCircular {
            guard open.insert(identity).inserted else { throw RuntimeError.valueError("Circular reference detected") }
        }
        depth += 1
        defer {
            depth -= 1
            if let identity, options.checkCircular { open.remove(identity) }
        }
        guard vm.depth + depth < vm.recursionLimit else {
            throw RuntimeError(BuiltinTypes.recursionError, "maximum recursion depth exceeded while encoding a JSON object")
        }
        try body(&self)
    }

    /// The newline and indentation before an element at `level`, or nil on one line.
    private func newline(_ level: Int) -> String? {
        guard let indent = options.indent else { return nil }
        return "\n" + String(repeating: indent, count: level)
    }

    private mutating func writeArray(_ items: [Value], _ level: Int) throws {
        if items.isEmpty {
            text += "[]"
            return
        }
        text += "["
        let inner = newline(level + 1)
        if let inner { text += inner }
        for (i, item) in items.enumerated() {
            if i > 0 { text += options.itemSeparator + (inner ?? "") }
            try write(item, level: level + 1)
        }
        if let outer = newline(level) { text += outer }
        text += "]"
    }

    private mutating func writeObject(_ d: DictObject, _ level: Int) throws {
        if d.storage.isEmpty {
            text += "{}"
            return
        }
        var pairs = d.storage.map { ($0.key.value, $0.value) }
        if options.sortKeys { pairs = try sorted(pairs) }
        text += "{"
        let inner = newline(level + 1)
        if let inner { text += inner }
        var first = true
        for (key, value) in pairs {
            guard let name = try keyText(key) else { continue }
            if !first { text += options.itemSeparator + (inner ?? "") }
            first = false
            JSONWriter.appendQuoted(name, ascii: options.ensureASCII, to: &text)
            text += options.keySeparator
            try write(value, level: level + 1)
        }
        if let outer = newline(level) { text += outer }
        text += "}"
    }

    /// Items in key order, as `sorted(d.items())` orders them.
    private func sorted(_ pairs: [(Value, Value)]) throws -> [(Value, Value)] {
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
    static func appendQuoted(_ s: String, ascii: Bool, to out: inout String) {
        out += "\""
        var plainStart = s.unicodeScalars.startIndex
        var index = plainStart
        let scalars = s.unicodeScalars
        while index < scalars.endIndex {
            let c = scalars[index]
            let v = c.value
            let plain = v >= 0x20 && v != 0x22 && v != 0x5C && (!ascii || v < 0x7F)
            if plain {
                scalars.formIndex(after: &index)
                continue
            }
            out.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
            switch v {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            default:
                if v > 0xFFFF {
                    let u = v - 0x10000
                    appendEscape(0xD800 | (u >> 10), to: &out)
                    appendEscape(0xDC00 | (u & 0x3FF), to: &out)
                } else {
                    appendEscape(v, to: &out)
                }
            }
            scalars.formIndex(after: &index)
            plainStart = index
        }
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
        out += "\""
    }

    /// Appends `\uXXXX` with four lowercase hex digits.
    private static func appendEscape(_ v: UInt32, to out: inout String) {
        let hex = String(v, radix: 16)
        out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
