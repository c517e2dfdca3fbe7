@preconcurrency import Glibc

/// The colours of the shell's own output, as IPython's `Linux` scheme paints them; plain when colour is off.
///
/// Colour is on only when stdout is a terminal and `NO_COLOR` is unset (and `--colors=NoColor` was not given),
/// so piped transcripts stay plain.
struct ColorScheme {
    /// Whether escape sequences are written.
    let isEnabled: Bool

    /// The scheme for this process: colour on a terminal unless `NO_COLOR` is set or `allowed` is false.
    static func automatic(allowed: Bool = true) -> ColorScheme {
        let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        return ColorScheme(isEnabled: allowed && !noColor && isatty(1) != 0)
    }

    func paint(_ text: String, _ code: String) -> String {
        isEnabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[39m" : text
    }

    /// `In [3]: ` as IPython's neutral theme paints it: green, the number bold bright green. (libedit shows a
    /// colour sequence in front of the character after it, so the last one stands before the final space.)
    func inputPrompt(prefix: String, number: Int) -> String {
        guard isEnabled else { return prefix + "In [\(number)]: " }
        return prefix + "\u{1B}[32mIn [\u{1B}[1;92m\(number)\u{1B}[0;32m]:\u{1B}[39m "
    }

    /// The continuation prompt (`   ...: `) green, as IPython's neutral theme paints it (`Prompt.Continuation`).
    /// The colour starts after the leading spaces, where it shows the same, and ends before the last character
    /// (libedit shows a colour sequence only in front of a character).
    func continuationPrompt(_ plain: String) -> String {
        guard isEnabled, let start = plain.firstIndex(where: { $0 != " " }),
              let end = plain.lastIndex(where: { $0 != " " }), end < plain.index(before: plain.endIndex) else { return plain }
        return String(plain[..<start]) + "\u{1B}[32m" + plain[start...end] + "\u{1B}[39m" + plain[plain.index(after: end)...]
    }

    /// `Out[3]: ` as IPython colours it: red, the number bold bright red.
    func outputPrompt(number: Int) -> String {
        guard isEnabled else { return "Out[\(number)]: " }
        return "\u{1B}[31mOut[\u{1B}[1;91m\(number)\u{1B}[0;31m]: \u{1B}[0m"
    }

    /// Titles of `obj?` fields and error names (bright red).
    func header(_ text: String) -> String { paint(text, "91") }

    /// A traceback or error message painted as IPython 9 paints its tracebacks in the Linux scheme: the rule,
    /// the heading's and the last line's exception names bright red, `Cell` bright cyan, `In[3], line 2`
    /// green, function names cyan and their parameters bright blue, the `---->` arrow and line numbers bright
    /// green; Python's own form (`File "x.py", line 2, in f`) likewise; the engine labels of remote errors
    /// (`[0:apply]`) bright cyan.
    func traceback(_ text: String) -> String {
        guard isEnabled else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let line = String(line)
            if line == "Traceback (most recent call last):" { return header(line) }
            if let painted = contextTracebackLine(line) { return painted }
            if line.hasPrefix("  File \""), let close = line.dropFirst(8).firstIndex(of: "\"") {
                let file = String(line[line.index(line.startIndex, offsetBy: 8)..<close])
                let rest = line[line.index(after: close)...]
                guard rest.hasPrefix(", line ") else { return line }
                let afterLine = rest.dropFirst(7)
                let number = afterLine.prefix { $0.isNumber }
                var tail = String(afterLine.dropFirst(number.count))
                if tail.hasPrefix(", in ") { tail = ", in " + paint(String(tail.dropFirst(5)), "36") }
                return "  File \"" + paint(file, "32") + "\", line " + paint(String(number), "32") + tail
            }
            return exceptionLine(line)
        }.joined(separator: "\n")
    }

    /// A line of IPython's Context traceback, painted, or nil when `line` is not one.
    func contextTracebackLine(_ line: String) -> String? {
        if line.count >= 20 && line.allSatisfy({ $0 == "-" }) { return header(line) }
        if let heading = line.range(of: "Traceback (most recent call last)"), heading.upperBound == line.endIndex {
            let name = line[..<heading.lowerBound]
            guard name.hasSuffix("  "), let first = name.first, first.isLetter else { return nil }
            let trimmed = String(name.reversed().drop { $0 == " " }.reversed())
            return header(trimmed) + name.dropFirst(trimmed.count) + line[heading]
        }
        if line.hasPrefix("Cell In["), let close = line.firstIndex(of: "]"),
           line[line.index(after: close)...].hasPrefix(", line ") {
            let afterLine = line[line.index(close, offsetBy: 8)...]
            let number = afterLine.prefix { $0.isNumber }
            var out = paint("Cell", "96") + paint(" ", "96") + paint(String(line[line.index(line.startIndex, offsetBy: 5)...close]), "32")
                + paint(", line " + number, "32")
            let rest = afterLine.dropFirst(number.count)
            if rest.hasPrefix(", in ") {
                let function = rest.dropFirst(5)
                let name = function.prefix { $0 != "(" }
                out += ", in " + paint(String(name), "36") + paint(String(function.dropFirst(name.count)), "94")
            } else {
                out += rest
            }
            return out
        }
        if line.hasPrefix("----> ") {
            let body = line.dropFirst(6)
            let number = body.prefix { $0.isNumber }
            guard !number.isEmpty else { return nil }
            return paint("----> ", "92") + paint(String(number), "92") + body.dropFirst(number.count)
        }
        let margin = line.prefix { $0 == " " }
        if margin.count >= 2, margin.count <= 6 {
            let number = line.dropFirst(margin.count).prefix { $0.isNumber }
            if !number.isEmpty, line.dropFirst(margin.count + number.count).first == " ", margin.count + number.count == 7 {
                return paint(String(margin) + number, "92") + line.dropFirst(margin.count + number.count)
            }
        }
        return nil
    }

    /// `Name: message` and `[0:apply] Name: message` with the name (and label) painted.
    func exceptionLine(_ line: String) -> String {
        var label = ""
        var rest = Substring(line)
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]"), rest[rest.index(after: close)...].hasPrefix(" ") {
            label = paint(String(rest[...close]), "96") + " "
            rest = rest[rest.index(close, offsetBy: 2)...]
        }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        guard !name.isEmpty, name.first?.isUppercase == true,
              rest.dropFirst(name.count).hasPrefix(":") || rest.count == name.count,
              name.hasSuffix("Error") || name.hasSuffix("Exception") || name.hasSuffix("Interrupt")
                || name.hasSuffix("Exit") || name.hasSuffix("Timeout") || name.hasSuffix("Aborted")
                || name.hasSuffix("Warning") || name == "StopIteration"
        else { return label.isEmpty ? line : label + rest }
        return label + header(String(name)) + rest.dropFirst(name.count)
    }
}
