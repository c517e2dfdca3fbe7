/// Decides whether typed lines form a complete input or the shell should ask for more.
///
/// Rules (as the shell promises): an open bracket or an unterminated triple-quoted string needs more lines;
/// a block (`def`, `if`, `for`, … — any first line ending in `:`, or a `@decorator` line) continues until a
/// blank line.
public enum InputCompleteness: Equatable, Sendable {
    /// The lines can be run (or reported as an error).
    case complete
    /// More lines are needed.
    case incomplete

    /// Classifies `lines`.
    public static func check(_ lines: [String]) -> InputCompleteness {
        guard !lines.isEmpty else { return .complete }
        let source = lines.joined(separator: "\n")
        var lexer = Lexer(source + "\n")
        lexer.run()
        if lexer.endsInsideOpenConstruct { return .incomplete }
        if source.hasSuffix("\\") { return .incomplete }
        if startsBlock(lexer.tokens) {
            return lines.count > 1 && lines.last?.trimmingSpaces.isEmpty == true ? .complete : .incomplete
        }
        return .complete
    }

    /// Whether a logical line ends with `:` (it opens a block whose body follows: the first line, or a clause
    /// such as `else:` after a one-line `if x: f()`), or the first line is a decorator (the decorated
    /// definition follows).
    static func startsBlock(_ tokens: [Token]) -> Bool {
        if tokens.first?.kind.isOp(.at) == true { return true }
        var previous: Token?
        var lineEnds: [Token?] = []
        for token in tokens {
            switch token.kind {
            case .newline:
                lineEnds.append(previous)
                previous = nil
            case .indent, .dedent, .endOfFile: continue
            default: previous = token
            }
        }
        if previous != nil { lineEnds.append(previous) }
        return lineEnds.contains { $0?.kind.isOp(.colon) == true }
    }

    /// Whether a line continues the compound statement before it (`else:`, `elif …:`, `except …:`,
    /// `finally:`), as after a one-line `if x: f()` in a file.
    public static func continuesStatement(_ line: String) -> Bool {
        var lexer = Lexer(line.drop { $0 == " " || $0 == "\t" } + "\n")
        lexer.run()
        guard case .keyword(let k)? = lexer.tokens.first?.kind else { return false }
        return k == .else || k == .elif || k == .except || k == .finally
    }
}
