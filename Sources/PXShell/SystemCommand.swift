@preconcurrency import Glibc
import PXRuntime

/// A shell command typed with IPython's `!`: `!cmd` runs it with its output going straight to the terminal,
/// `!!cmd` and `x = !cmd` capture what it prints (stdout and stderr) as a list of lines. `{expression}` and
/// `$name` in the command are replaced by the value's `str` first, as IPython expands them.
struct SystemCommand {
    enum Form: Equatable {
        /// `!cmd`.
        case run
        /// `!!cmd`: the lines are the cell's value.
        case capture
        /// `names = !cmd`: the lines are assigned.
        case assign(String)
    }

    var form: Form
    var command: String

    /// The command of a one-line cell that is one, or nil.
    static func parse(_ source: String) -> SystemCommand? {
        guard !source.contains("\n") else { return nil }
        let line = source.trimming(" \t")
        if line.hasPrefix("!!") { return SystemCommand(form: .capture, command: String(line.dropFirst(2))) }
        if line.hasPrefix("!") { return SystemCommand(form: .run, command: String(line.dropFirst())) }
        guard let equals = line.firstIndex(of: "=") else { return nil }
        let target = line[..<equals].trimming(" \t")
        let rest = line[line.index(after: equals)...].drop { $0 == " " || $0 == "\t" }
        guard rest.hasPrefix("!"), !rest.hasPrefix("!="), isTarget(target) else { return nil }
        return SystemCommand(form: .assign(target), command: String(rest.dropFirst()))
    }

    /// `x` or `a, b`: names an assignment can take.
    static func isTarget(_ text: String) -> Bool {
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimming(" \t") }
        return !names.isEmpty && names.allSatisfy { name in
            guard let first = name.first, first == "_" || first.isLetter else { return false }
            return name.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
        }
    }

    /// The command with `{expression}` and `$name` replaced by their values' `str`, as IPython's `DollarFormatter`
    /// expands it: `{{` and `}}` are braces, `{expr!r}` converts, `$name` and `$a.b` outside single quotes are
    /// values, `$$name` is `$name`. If anything fails to evaluate, the whole command is left as it is, as IPython
    /// leaves it. `locals` (a function's, from `locals()`) come before the globals.
    static func expand(_ command: String, _ vm: Interpreter, locals: DictObject? = nil) -> String {
        (try? format(command, vm, locals: locals)) ?? command
    }

    /// The expansion of ``expand(_:_:locals:)``; throws where IPython's formatter raises.
    static func format(_ command: String, _ vm: Interpreter, locals: DictObject?) throws -> String {
        var out = ""
        var literal = ""
        let characters = Array(command)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            let next: Character? = i + 1 < characters.count ? characters[i + 1] : nil
            if (c == "{" || c == "}") && next == c {
                literal.append(c)
                i += 2
                continue
            }
            guard c == "{" else {
                if c == "}" { throw RuntimeError.valueError("Single '}' encountered in format string") }
                literal.append(c)
                i += 1
                continue
            }
            var depth = 1
            var j = i + 1
            while j < characters.count {
                if characters[j] == "{" { depth += 1 } else if characters[j] == "}" { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            guard j < characters.count else { throw RuntimeError.valueError("expected '}' before end of string") }
            out += try dollars(literal, vm, locals: locals)
            literal = ""
            var field = String(characters[(i + 1)..<j])
            var conversion: Character?
            if field.count >= 2, let last = field.last, "rsa".contains(last),
               field[field.index(field.endIndex, offsetBy: -2)] == "!" {
                conversion = last
                field = String(field.dropLast(2))
            }
            guard !field.isEmpty else { throw RuntimeError.indexError("Replacement index 0 out of range") }
            let value = try evaluate(field, vm, locals: locals)
            out += conversion == "r" || conversion == "a" ? ValueFormatter.repr(value, vm) : ValueFormatter.str(value, vm)
            i = j + 1
        }
        return out + (try dollars(literal, vm, locals: locals))
    }

    /// Literal text with its `$name` fields expanded (IPython's pattern `\$(\$?[\w.]+)` where an even number of
    /// single quotes follows in the text).
    static func dollars(_ text: String, _ vm: Interpreter, locals: DictObject?) throws -> String {
        let characters = Array(text)
        let isWord = { (c: Character) in c == "_" || c == "." || c.isLetter || c.isNumber }
        var out = ""
        var i = 0
        while i < characters.count {
            guard characters[i] == "$" else {
                out.append(characters[i])
                i += 1
                continue
            }
            var j = i + 1
            let escaped = j < characters.count && characters[j] == "$"
            if escaped { j += 1 }
            let nameStart = j
            while j < characters.count, isWord(characters[j]) { j += 1 }
            let quotesAfter = characters[j...].filter { $0 == "'" }.count
            guard j > nameStart, quotesAfter % 2 == 0 else {
                out.append("$")
                i += 1
                continue
            }
            let name = String(characters[nameStart..<j])
            out += escaped ? "$" + name : ValueFormatter.str(try evaluate(name, vm, locals: locals), vm)
            i = j
        }
        return out
    }

    /// The value of an expression of a command; with `locals`, as the body of a lambda taking them as
    /// parameters, so that they shadow the globals as in the function.
    static func evaluate(_ expression: String, _ vm: Interpreter, locals: DictObject?) throws -> Value {
        let names = (locals?.keys ?? []).compactMap { key -> String? in if case .str(let s) = key { s } else { nil } }
        guard let locals, !names.isEmpty else { return try vm.evaluateExpression(expression, fileName: "<system>") }
        let function = try vm.evaluateExpression("lambda \(names.joined(separator: ", ")): (\(expression))",
                                                 fileName: "<system>")
        return try vm.call(function, Arguments(try names.map { try locals.get(.str($0)) ?? .none }))
    }

    /// Runs the command with `/bin/sh -c`, its output going where the shell's goes.
    static func run(_ command: String) {
        _ = system(command)
    }

    /// Runs the command and returns what it printed, stdout and stderr together, as lines.
    static func capture(_ command: String) -> [String] {
        guard let pipe = popen("(\(command)) 2>&1", "r") else { return [] }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, pipe)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        pclose(pipe)
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).reversed().drop { $0.isEmpty }.reversed()
    }
}
