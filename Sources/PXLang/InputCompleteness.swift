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

    /// The keywords that begin a compound statement.
    static let compoundKeywords: Set<Keyword> = [
        .if, .elif, .else, .for, .while, .try, .except, .finally, .with, .def, .class, .async,
    ]

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

    /// Whether the first logical line ends with `:` (it opens a block whose body follows), is a decorator
    /// (the decorated definition follows), or is a compound statement with its body on the same line
    /// (`if x: f()`), which an `else:` may still continue — as in CPython's interactive mode, such a line
    /// waits for a blank line.
    static func startsBlock(_ tokens: [Token]) -> Bool {
        if tokens.first?.kind.isOp(.at) == true { return true }
        if case .keyword(let k)? = tokens.first?.kind, compoundKeywords.contains(k) { return true }
        var previous: Token?
        for token in tokens {
            if token.kind == .newline { return previous?.kind.isOp(.colon) == true }
            switch token.kind {
            case .indent, .dedent: continue
            default: previous = token
            }
        }
        return previous?.kind.isOp(.colon) == true
    }
}
