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

    /// The command with `{expression}` and `$name` replaced by their values (`$$` is a `$`); text that does not
    /// evaluate is left as it is, as IPython leaves it.
    static func expand(_ command: String, _ vm: Interpreter) -> String {
        var out = ""
        var i = command.startIndex
        while i < command.endIndex {
            let c = command[i]
            if c == "{", let close = command[i...].firstIndex(of: "}") {
                let expression = String(command[command.index(after: i)..<close])
                if !expression.isEmpty, let value = try? vm.evaluateExpression(expression, fileName: "<system>") {
                    out += ValueFormatter.str(value, vm)
                    i = command.index(after: close)
                    continue
                }
            } else if c == "$" {
                let next = command.index(after: i)
                if next < command.endIndex, command[next] == "$" {
                    out += "$"
                    i = command.index(after: next)
                    continue
                }
                let name = command[next...].prefix { $0 == "_" || $0.isLetter || $0.isNumber }
                if !name.isEmpty, let value = vm.globals.lookup(String(name)) {
                    out += ValueFormatter.str(value, vm)
                    i = command.index(next, offsetBy: name.count)
                    continue
                }
            }
            out.append(c)
            i = command.index(after: i)
        }
        return out
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
