import PXBigInt
import PXNumeric

/// The one place where values become text: `repr()` and `str()` exactly as CPython prints them.
public enum ValueFormatter {
    /// `repr(value)`. An error raised by a `__repr__` defined in the language gives the default form instead;
    /// `checkedRepr` passes it on.
    public static func repr(_ value: Value, _ interpreter: Interpreter? = nil) -> String {
        if let text = try? checkedRepr(value, interpreter) { return text }
        if let cls = value.userClass { return Operations.defaultRepr(value, cls) }
        return "<\(value.typeName) object>"
    }

    /// `str(value)`. An error raised by a `__str__` defined in the language gives the default form instead;
    /// `checkedStr` passes it on.
    public static func str(_ value: Value, _ interpreter: Interpreter? = nil) -> String {
        if let text = try? checkedStr(value, interpreter) { return text }
        return repr(value, interpreter)
    }

    /// `repr(value)`, passing on errors raised by `__repr__` methods defined in the language.
    public static func checkedRepr(_ value: Value, _ interpreter: Interpreter?) throws -> String {
        var visiting: Set<ObjectIdentifier> = []
        var out = ""
        try writeRepr(value, into: &out, visiting: &visiting, interpreter)
        return out
    }

    /// `str(value)`, passing on errors raised by `__str__` and `__repr__` methods defined in the language.
    public static func checkedStr(_ value: Value, _ interpreter: Interpreter?) throws -> String {
        switch value {
        case .str(let s): return s
        case .int(let i): return IntegerText.decimal(i)
        case .exception(let e):
            if e.customMessage == nil, e.type.isUserDefined,
               let text = try Operations.instanceStr(value, e.type, interpreter) {
                return text
            }
            return e.message
        case .ndarray(let a): return ArrayPrinter.str(a)
        case .scalar(let s): return s.text
        case .object(let o): return o.str(interpreter)
        case .instance(let i): return try Operations.instanceStr(value, i.cls, interpreter) ?? ""
        default: return try checkedRepr(value, interpreter)
        }
    }

    static func writeRepr(_ value: Value, into out: inout String, visiting: inout Set<ObjectIdentifier>,
                          _ interpreter: Interpreter?, depth: Int = 0) throws {
        if depth > (interpreter?.recursionLimit ?? 1000) {
            // As CPython: data nested deeper than the recursion limit is an error, not a stack overflow.
            throw RuntimeError(BuiltinTypes.recursionError,
                               "maximum recursion depth exceeded while getting the repr of an object")
        }
        switch value {
        case .none, .undefined: out += "None"
        case .bool(let b): out += b ? "True" : "False"
        case .int(let i): out += IntegerText.decimal(i)
        case .bigint(let b): out += try IntegerText.decimal(b, interpreter)
        case .float(let d): out += FloatFormatter.repr(d)
        case .str(let s): out += reprString(s)
        case .bytes(let b): out += reprBytes(b)
        case .tuple(let items):
            out += "("
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                try writeRepr(item, into: &out, visiting: &visiting, interpreter, depth: depth + 1)
            }
            out += items.count == 1 ? ",)" : ")"
        case .list(let l):
            guard visiting.insert(ObjectIdentifier(l)).inserted else {
                out += "[...]"
                return
            }
            defer { visiting.remove(ObjectIdentifier(l)) }
            out += "["
            for (i, item) in l.items.enumerated() {
                if i > 0 { out += ", " }
                try writeRepr(item, into: &out, visiting: &visiting, interpreter, depth: depth + 1)
            }
            out += "]"
        case .dict(let d):
            guard visiting.insert(ObjectIdentifier(d)).inserted else {
                out += "{...}"
                return
            }
            defer { visiting.remove(ObjectIdentifier(d)) }
            out += "{"
            var first = true
            for (k, v) in d.storage {
                if !first { out += ", " }
                first = false
                try writeRepr(k.value, into: &out, visiting: &visiting, interpreter, depth: depth + 1)
                out += ": "
                try writeRepr(v, into: &out, visiting: &visiting, interpreter, depth: depth + 1)
            }
            out += "}"
        case .set(let s):
            if s.count == 0 {
                out += s.isFrozen ? "frozenset()" : "set()"
                return
            }
            if s.isFrozen { out += "frozenset(" }
            defer { if s.isFrozen { out += ")" } }
            out += "{"
            for (i, item) in s.elements.enumerated() {
                if i > 0 { out += ", " }
                try writeRepr(item, into: &out, visiting: &visiting, interpreter, depth: depth + 1)
            }
            out += "}"
        case .range(let r):
            let b = r.bounds
            out += b.step == BigInt(1) ? "range(\(b.start), \(b.stop))" : "range(\(b.start), \(b.stop), \(b.step))"
        case .slice(let s):
            out += "slice(\(repr(s.start)), \(repr(s.stop)), \(repr(s.step)))"
        case .ndarray(let a): out += ArrayPrinter.repr(a)
        case .scalar(let s): out += s.reprText
        case .function(let f): out += "<function \(f.qualifiedName) at \(address(f))>"
        case .builtin(let b):
            if b === Builtins.ellipsis {
                out += "Ellipsis"
            } else if let owner = b.owner {
                let kind = b.name.hasPrefix("__") && b.name.hasSuffix("__") ? "slot wrapper" : "method"
                out += "<\(kind) '\(b.name)' of '\(owner.name)' objects>"
            } else {
                out += "<built-in function \(b.name)>"
            }
        case .boundMethod(let m):
            if case .function(let f)? = m.function {
                out += "<bound method \(f.qualifiedName) of "
                try writeRepr(m.receiver, into: &out, visiting: &visiting, interpreter, depth: depth + 1)
                out += ">"
            } else if case .object(let o) = m.receiver {
                out += "<bound method \(o.pythonType.name).\(m.name) of \(o.repr(interpreter))>"
            } else {
                out += "<built-in method \(m.name) of \(m.receiver.typeName) object at \(address(m))>"
            }
        case .module(let m):
            if let file = m.file {
                out += "<module '\(m.name)' from '\(file)'>"
            } else {
                out += "<module '\(m.name)' (built-in)>"
            }
        case .type(let t): out += t.repr
        case .exception(let e):
            if let custom = e.customRepr {
                out += custom
                return
            }
            if e.type.isUserDefined, let text = try Operations.instanceRepr(value, e.type, interpreter) {
                out += text
                return
            }
            out += e.type.name + "("
            for (i, arg) in e.args.enumerated() {
                if i > 0 { out += ", " }
                try writeRepr(arg, into: &out, visiting: &visiting, interpreter, depth: depth + 1)
            }
            out += ")"
        case .iterator(let it as GeneratorIterator): out += "<generator object \(it.frame.code.qualifiedName) at \(address(it))>"
        case .iterator(let it):
            if let describe = it.describe {
                out += describe(interpreter)
            } else {
                out += "<\(it.type.name) object at \(address(it))>"
            }
        case .object(let o): out += o.repr(interpreter)
        case .instance(let i): out += try Operations.instanceRepr(value, i.cls, interpreter) ?? ""
        case .cell(let c): out += "<cell at \(address(c))>"
        }
    }

    /// A stable pseudo-address for reprs such as `<function f at 0x7f…>`.
    public static func address(_ object: AnyObject) -> String {
        "0x" + String(UInt(bitPattern: ObjectIdentifier(object).hashValue), radix: 16)
    }

    /// Python's `repr` of a string: single quotes unless the text has a single quote and no double quote.
    /// `ascii()`'s form of a repr: characters beyond ASCII as `\x`, `\u` or `\U` escapes.
    public static func asciiEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.unicodeScalars.append(scalar)
            } else if v < 0x100 {
                out += "\\x" + hex(v, width: 2)
            } else if v < 0x10000 {
                out += "\\u" + hex(v, width: 4)
            } else {
                out += "\\U" + hex(v, width: 8)
            }
        }
        return out
    }

    public static func reprString(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var out = String(quote)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "'" where !useDouble: out += "\\'"
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value < 0x100 {
                    out += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value < 0x10000 {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        out.append(quote)
        return out
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Python's `str.isprintable` for one character.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x7F { return scalar.value >= 0x20 }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        case .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// Python's `repr` of bytes.
    public static func reprBytes(_ bytes: [UInt8]) -> String {
        let useDouble = bytes.contains(39) && !bytes.contains(34)
        var out = useDouble ? "b\"" : "b'"
        for b in bytes {
            switch b {
            case 92: out += "\\\\"
            case 10: out += "\\n"
            case 13: out += "\\r"
            case 9: out += "\\t"
            case 39 where !useDouble: out += "\\'"
            case 32..<127: out.unicodeScalars.append(Unicode.Scalar(b))
            default: out += "\\x" + hex(UInt32(b), width: 2)
            }
        }
        out += useDouble ? "\"" : "'"
        return out
    }
}
