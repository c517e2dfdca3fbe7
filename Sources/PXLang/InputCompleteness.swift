/// Decides whether typed lines form a complete input or the shell should ask for more.
///
/// Rules (as the shell promises): an open bracket or an unterminated triple-quoted string needs more lines;
/// a block (`def`, `if`, `for`, … — any first line ending in `:`) continues until a blank line.
public enum InputCompleteness: Equatable, Sendable {
    /// The lines can be run (or reported as an error).
    case complete
    /// More lines are needed.
    case incomplete

    /// Classifies `lines`.
    public static func check(_ lines: [String]) -> InputCompleteness {
        guard let first = lines.first else { return .complete }
        let source = lines.joined(separator: "\n")
        var lexer = Lexer(source + "\n")
        lexer.run()
        if lexer.endsInsideOpenConstruct { return .incomplete }
        if source.hasSuffix("\\") { return .incomplete }
        let opensBlock = lines.count > 1 || startsBlock(first, lexer: lexer)
        if opensBlock {
            return lines.last?.trimmingSpaces.isEmpty == true ? .complete : .incomplete
        }
        return .complete
    }

    /// Whether the logical first line starts a block: it ends with `:` outside brackets, or it is a
    /// compound statement header.
    static func startsBlock(_ line: String, lexer: Lexer) -> Bool {
        let meaningful = lexer.tokens.filter {
            switch $0.kind {
            case .newline, .indent, .dedent, .endOfFile: return false
            default: return true
            }
        }
        guard let last = meaningful.last else { return false }
        if last.kind.isOp(.colon) { return true }
        if case .keyword(let k)? = meaningful.first?.kind,
           [.def, .if, .for, .while, .try, .with, .class].contains(k),
           lexer.tokens.contains(where: { $0.kind.isOp(.colon) }) {
            // `if x: y` on one line: complete unless the user keeps going (`else:` comes on a later line).
            return false
        }
        return false
    }
}
