import PXRuntime

/// IPython's line transforms for cells of several lines: a logical line that starts with `!cmd`, `!!cmd`,
/// `%magic args` or is `names = !cmd`, at any indentation, becomes a call of the shell object
/// (`get_ipython().system('cmd')`, `get_ipython().getoutput('cmd')`, `get_ipython().run_line_magic('magic', 'args')`),
/// as IPython rewrites it before Python sees the cell; tracebacks show the rewritten line, as in IPython.
///
/// Inside a `def`, the calls also pass `locals()`, so that `{expression}` and `$name` in the command see the
/// function's variables (IPython reads them from the caller's frame, which swiftpx's built-ins cannot). That
/// argument is left out of the text tracebacks show (`shown`), which is IPython's rewritten line.
enum IPythonSyntax {
    /// The cell with its escaped lines rewritten (`code`, what runs; `shown`, the same without the `locals()`
    /// argument, as IPython's rewritten cell reads), or nil when it has none.
    static func transform(_ source: String) -> (code: String, shown: String)? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let starts = logicalLineStarts(lines)
        var changed = false
        var out = lines
        var shown = lines
        var functionIndents: [Int] = []
        for (i, line) in lines.enumerated() where starts[i] {
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            let text = line.dropFirst(indent.count)
            if text.isEmpty || text.hasPrefix("#") { continue }
            while let last = functionIndents.last, indent.count <= last { functionIndents.removeLast() }
            if text.hasPrefix("def ") || text.hasPrefix("async def ") { functionIndents.append(indent.count) }
            let locals = functionIndents.last.map { indent.count > $0 } ?? false
            guard let call = rewrite(String(text), inFunction: locals) else { continue }
            out[i] = String(indent) + call
            shown[i] = String(indent) + (locals ? rewrite(String(text), inFunction: false) ?? call : call)
            changed = true
        }
        return changed ? (out.joined(separator: "\n"), shown.joined(separator: "\n")) : nil
    }

    /// The call replacing one escaped logical line (without its indentation), or nil for ordinary code.
    static func rewrite(_ text: String, inFunction: Bool) -> String? {
        let extra = inFunction ? ", locals()" : ""
        if text.hasPrefix("!!") { return "get_ipython().getoutput(\(quoted(text.dropFirst(2)))\(extra))" }
        if text.hasPrefix("!") { return "get_ipython().system(\(quoted(text.dropFirst()))\(extra))" }
        if text.hasPrefix("%"), !text.hasPrefix("%%") {
            let content = text.dropFirst()
            let name = content.prefix { $0 != " " }
            guard !name.isEmpty else { return nil }
            let arguments = content.dropFirst(name.count).dropFirst()
            return "get_ipython().run_line_magic(\(quoted(name)), \(quoted(arguments)))"
        }
        guard let equals = assignmentOperator(text) else { return nil }
        let rest = text[text.index(after: equals)...].drop { $0 == " " || $0 == "\t" }
        guard rest.hasPrefix("!") else { return nil }
        return String(text[..<text.index(after: equals)]) + " get_ipython().getoutput(\(quoted(rest.dropFirst()))\(extra))"
    }

    /// Python's repr of the text, as IPython writes the command into the call.
    static func quoted(_ text: Substring) -> String { ValueFormatter.repr(.str(String(text))) }

    /// The first `=` of the line outside brackets and strings that is an assignment (not `==`, `!=`, `<=`, `+=` …).
    static func assignmentOperator(_ text: String) -> String.Index? {
        var depth = 0
        var quote: Character?
        var previous: Character = " "
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            if let q = quote {
                if c == "\\" { i = next < text.endIndex ? text.index(after: next) : next; continue }
                if c == q { quote = nil }
            } else {
                switch c {
                case "'", "\"": quote = c
                case "#": return nil
                case "(", "[", "{": depth += 1
                case ")", "]", "}": depth = max(0, depth - 1)
                case "=" where depth == 0:
                    let following = next < text.endIndex ? text[next] : " "
                    if following != "=", !"=!<>+-*/%&|^@:".contains(previous) { return i }
                    if following == "=" { i = text.index(after: next); previous = "="; continue }
                default: break
                }
            }
            previous = c
            i = next
        }
        return nil
    }

    /// For each line, whether it starts a logical line: not inside brackets, a string of several lines, or a
    /// line continued with `\`.
    static func logicalLineStarts(_ lines: [String]) -> [Bool] {
        var starts: [Bool] = []
        var depth = 0
        var triple: String?
        var continued = false
        for line in lines {
            starts.append(depth == 0 && triple == nil && !continued)
            continued = false
            var quote: Character?
            var i = line.startIndex
            while i < line.endIndex {
                let c = line[i]
                let rest = line[i...]
                if let t = triple {
                    if c == "\\" { i = line.index(i, offsetBy: 2, limitedBy: line.endIndex) ?? line.endIndex; continue }
                    if rest.hasPrefix(t) { triple = nil; i = line.index(i, offsetBy: 3); continue }
                } else if let q = quote {
                    if c == "\\" { i = line.index(i, offsetBy: 2, limitedBy: line.endIndex) ?? line.endIndex; continue }
                    if c == q { quote = nil }
                } else {
                    if rest.hasPrefix("'''") || rest.hasPrefix("\"\"\"") {
                        triple = String(rest.prefix(3))
                        i = line.index(i, offsetBy: 3)
                        continue
                    }
                    switch c {
                    case "'", "\"": quote = c
                    case "#": i = line.endIndex; continue
                    case "(", "[", "{": depth += 1
                    case ")", "]", "}": depth = max(0, depth - 1)
                    case "\\" where line.index(after: i) == line.endIndex: continued = true
                    default: break
                    }
                }
                i = line.index(after: i)
            }
        }
        return starts
    }
}
