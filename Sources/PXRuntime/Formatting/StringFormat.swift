/// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, conversions and nested specs.
enum StringFormat {
    static func format(_ template: String, _ args: Arguments, _ vm: Interpreter) throws -> String {
        var autoIndex = 0
        var manual = false
        return try render(Array(template), args, vm, &autoIndex, &manual, depth: 0)
    }

    static func render(_ chars: [Character], _ args: Arguments, _ vm: Interpreter, _ autoIndex: inout Int,
                       _ manual: inout Bool, depth: Int) throws -> String {
        if depth > 2 { throw RuntimeError.valueError("Max string recursion exceeded") }
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count, chars[i + 1] == "{" {
                    out.append("{")
                    i += 2
                    continue
                }
                var level = 1
                var j = i + 1
                while j < chars.count {
                    if chars[j] == "{" { level += 1 }
                    if chars[j] == "}" {
                        level -= 1
                        if level == 0 { break }
                    }
                    j += 1
                }
                guard j < chars.count else {
                    throw RuntimeError.valueError("expected '}' before end of string")
                }
                out += try field(Array(chars[(i + 1)..<j]), args, vm, &autoIndex, &manual, depth: depth)
                i = j + 1
                continue
            }
            if c == "}" {
                guard i + 1 < chars.count, chars[i + 1] == "}" else {
                    throw RuntimeError.valueError("Single '}' encountered in format string")
                }
                out.append("}")
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    static func field(_ body: [Character], _ args: Arguments, _ vm: Interpreter, _ autoIndex: inout Int,
                      _ manual: inout Bool, depth: Int) throws -> String {
        var nameEnd = 0
        var bracket = false
        while nameEnd < body.count {
            let c = body[nameEnd]
            if c == "[" { bracket = true }
            if c == "]" { bracket = false }
            if !bracket && (c == "!" || c == ":") { break }
            nameEnd += 1
        }
        let fieldName = String(body[..<nameEnd])
        var conversion: Character?
        var spec = ""
        var k = nameEnd
        if k < body.count, body[k] == "!" {
            guard k + 1 < body.count else { throw RuntimeError.valueError("end of string while looking for conversion specifier") }
            conversion = body[k + 1]
            k += 2
        }
        var value = try lookup(fieldName, args, vm, &autoIndex, &manual)
        if k < body.count, body[k] == ":" {
            spec = try render(Array(body[(k + 1)...]), args, vm, &autoIndex, &manual, depth: depth + 1)
        }
        switch conversion {
        case "r", "a": value = .str(try ValueFormatter.checkedRepr(value, vm))
        case "s": value = .str(try ValueFormatter.checkedStr(value, vm))
        case nil: break
        case .some(let other): throw RuntimeError.valueError("Unknown conversion specifier \(other)")
        }
        return try FormatSpec.format(value, spec, vm)
    }

    static func lookup(_ name: String, _ args: Arguments, _ vm: Interpreter, _ autoIndex: inout Int,
                       _ manual: inout Bool) throws -> Value {
        var chars = Array(name)
        var head = ""
        while let c = chars.first, c != ".", c != "[" {
            head.append(c)
            chars.removeFirst()
        }
        var value: Value
        if head.isEmpty {
            if manual { throw RuntimeError.valueError("cannot switch from manual field specification to automatic field numbering") }
            guard autoIndex < args.count else {
                throw RuntimeError.indexError("Replacement index \(autoIndex) out of range for positional args tuple")
            }
            value = args[autoIndex]
            autoIndex += 1
        } else if let index = Int(head) {
            manual = true
            guard index < args.count else {
                throw RuntimeError.indexError("Replacement index \(index) out of range for positional args tuple")
            }
            value = args[index]
        } else {
            guard let v = args.keyword(head) else { throw RuntimeError.keyError(.str(head)) }
            value = v
        }
        while let c = chars.first {
            chars.removeFirst()
            if c == "." {
                var attr = ""
                while let d = chars.first, d != ".", d != "[" {
                    attr.append(d)
                    chars.removeFirst()
                }
                value = try Operations.attribute(value, attr, vm)
            } else if c == "[" {
                var key = ""
                while let d = chars.first, d != "]" {
                    key.append(d)
                    chars.removeFirst()
                }
                if !chars.isEmpty { chars.removeFirst() }
                value = try Operations.item(value, Int(key).map { .int($0) } ?? .str(key), vm)
            }
        }
        return value
    }
}
