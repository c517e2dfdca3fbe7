/// A recursive-descent parser for the language, producing `Stmt` trees.
///
/// It never throws: problems become `Diagnostic`s, and after an error the parser skips to the next
/// statement (`synchronize()`) so it can keep going. Grammar areas live in `Parser+Statements.swift`,
/// `Parser+Expressions.swift` and `Parser+FString.swift`.
public struct Parser {
    var tokens: [Token]
    var index = 0
    var diagnostics: [Diagnostic] = []
    /// Problems CPython finds after parsing, in its symbol table or compiler (`duplicateArgument`,
    /// `returnOutsideFunction`): they count only when parsing succeeds, and the parser goes on past them.
    var laterProblems: [Diagnostic] = []
    /// Nesting of function bodies, for `return` checks.
    var functionDepth = 0
    /// Nesting of loops in the current function, for `break`/`continue` checks.
    var loopDepth = 0
    /// The kind of scope the statements being parsed belong to (assignment expressions in a comprehension
    /// directly in a class body are an error).
    var scopeKind = ScopeKind.module
    /// Where the test parsed last starts, and the index of the token after it (for "Perhaps you forgot a
    /// comma?", which points at it).
    var lastTestStart = SourceLocation.start
    var lastTestEnd = -1
    /// How far the parser had read when it reported its first problem (CPython compares its line with an
    /// unclosed bracket's), and how far it read for the problem being reported when a lookahead went beyond
    /// the current token.
    var firstReach: SourceLocation?
    var reach: SourceLocation?
    /// Nesting of expressions being parsed; bounded so that hostile input cannot exhaust the stack.
    var expressionDepth = 0
    /// The deepest expression tree accepted; deeper input is `RecursionError: maximum recursion depth exceeded
    /// during compilation`, about where CPython 3.11's compiler gives it.
    public static let maximumDepth = 3000
    /// The deepest recursion of the parser itself (a nested lambda takes two levels, a unary operator one);
    /// deeper input is a `MemoryError`, as CPython's parser gives when its stack is full.
    public static let maximumRecursion = 6000

    /// What kind of scope a piece of code runs in.
    enum ScopeKind {
        case module, function, classBody
    }

    /// Thrown internally to abandon the current statement; caught at statement boundaries.
    struct Abandon: Error {}

    /// Creates a parser over already-lexed tokens.
    init(tokens: [Token], diagnostics: [Diagnostic]) {
        self.tokens = tokens
        self.diagnostics = diagnostics
    }

    /// Parses a whole program (a module, a session line, or a cell).
    /// - Parameters:
    ///   - source: the text.
    ///   - firstLine: the number of its first line, so locations match a longer stream. Default 1.
    public static func parse(_ source: String, firstLine: Int = 1) -> ParseResult {
        let (tokens, lexDiagnostics) = Lexer.tokenize(source, firstLine: firstLine)
        if lexDiagnostics.contains(where: \.stopsReading) {
            // The lexer gave up on the input: parsing its truncated tokens would only add noise.
            return ParseResult(program: [], diagnostics: lexDiagnostics)
        }
        var parser = Parser(tokens: tokens, diagnostics: lexDiagnostics)
        let program = parser.parseProgram()
        if parser.diagnostics.allSatisfy(\.isFoundAfterParsing) {
            parser.diagnostics += parser.laterProblems + ScopeDiagnostics.check(program)
        }
        let parserFound = Array(parser.diagnostics.dropFirst(lexDiagnostics.count))
        let found = Diagnostic.prioritized(lexer: lexDiagnostics, parser: parserFound, reach: parser.firstReach,
                                           end: tokens.last?.location ?? .start)
        return ParseResult(program: program, diagnostics: found)
    }

    /// Parses a single expression (used for f-string fields and `%timeit`-style evaluation).
    /// - Parameters:
    ///   - origin: where the text starts in its file. Default: line 1, column 1.
    ///   - insideFunction: whether the expression stands in a function body (where `yield` may appear).
    ///     Default false.
    public static func parseExpression(_ source: String, at origin: SourceLocation = .start,
                                       insideFunction: Bool = false) -> (Expr?, [Diagnostic]) {
        var (tokens, lexDiagnostics) = Lexer.tokenize(source)
        for i in tokens.indices {
            tokens[i].location = shift(tokens[i].location, by: origin)
            tokens[i].end = shift(tokens[i].end, by: origin)
        }
        lexDiagnostics = lexDiagnostics.map { var d = $0; d.location = shift(d.location, by: origin); return d }
        var parser = Parser(tokens: tokens, diagnostics: lexDiagnostics)
        parser.functionDepth = insideFunction ? 1 : 0
        let expr = try? parser.parseTestList(allowStar: false)
        parser.diagnostics += parser.laterProblems
        if expr != nil {
            while parser.current.kind == .newline { parser.index += 1 }
            if parser.current.kind != .endOfFile {
                parser.diagnostics.append(Diagnostic(.invalidSyntax, at: parser.current.location))
            }
        }
        return (parser.diagnostics.isEmpty ? expr : nil, parser.diagnostics)
    }

    static func shift(_ location: SourceLocation, by origin: SourceLocation) -> SourceLocation {
        if location.line == 1 {
            return SourceLocation(line: origin.line, column: origin.column + location.column - 1)
        }
        return SourceLocation(line: origin.line + location.line - 1, column: location.column)
    }

    // MARK: - Token navigation

    var current: Token { tokens[index] }
    var next: Token { tokens[min(index + 1, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func match(_ op: Operator) -> Bool {
        if current.kind.isOp(op) {
            advance()
            return true
        }
        return false
    }

    mutating func match(_ keyword: Keyword) -> Bool {
        if current.kind.isKeyword(keyword) {
            advance()
            return true
        }
        return false
    }

    /// Consumes the operator or reports `expected '…'` and abandons the statement.
    mutating func expect(_ op: Operator) throws {
        if !match(op) {
            switch op {
            // CPython says "expected ':'" when a header ends without one, "invalid syntax" at a wrong token.
            case .colon: try fail(current.kind == .newline ? .expectedColon : .invalidSyntax)
            // CPython names no closing bracket it expected: the bracket is never closed, or the token is wrong.
            case .rightParen, .rightBracket, .rightBrace:
                try checkMissingComma()
                try fail(.invalidSyntax)
            default: try fail(.expectedToken, detail: op.rawValue)
            }
        }
    }

    /// Inside brackets, an expression right after another is "invalid syntax. Perhaps you forgot a comma?" at
    /// the first, as CPython reports it when the second parses; when the second runs to the end of the input,
    /// the error is there (and the bracket is "never closed").
    mutating func checkMissingComma() throws {
        guard lastTestEnd == index, startsExpression, !current.kind.isOp(.star) else { return }
        if case .string = current.kind, index > 0, case .name = tokens[index - 1].kind,
           tokens[index - 1].location == lastTestStart {
            return
        }
        var probe = self
        let parsed = (try? probe.parseTest()) != nil
        try failIfReachingEnd(probe)
        guard parsed else { return }
        reach = probe.current.location
        try fail(.missingComma, at: lastTestStart)
    }

    /// Reports "invalid syntax" at the end of the input when a lookahead parse ran to it: CPython's parser then
    /// fails at the end, inside an open bracket, which is "never closed".
    mutating func failIfReachingEnd(_ probe: Parser) throws {
        guard let end = tokens.last?.location, probe.current.location >= end else { return }
        reach = end
        try fail(.invalidSyntax, at: end)
    }

    mutating func expectName() throws -> String {
        if case .name(let name) = current.kind {
            advance()
            return name
        }
        try fail(.invalidSyntax)
    }

    /// Counts one more level of recursion of the parser, refusing to go deeper than `maximumRecursion`.
    mutating func enterNesting() throws {
        expressionDepth += 1
        if expressionDepth > Parser.maximumRecursion { try fail(.parserStackOverflow) }
    }

    /// `expr` with its span: from `start` to the end of the last token read. (The parser is read when the call
    /// starts: parse the parts of `expr` before it, not in its arguments.)
    func spanned(_ expr: Expr, from start: SourceLocation) -> Expr {
        var expr = expr
        expr.span = SourceSpan(start: start, end: tokens[max(0, index - 1)].end)
        return expr
    }

    /// Refuses an expression tree deeper than `maximumDepth` (chains such as `1+1+…` grow without recursion).
    @discardableResult
    mutating func checkDepth(_ expr: Expr) throws -> Expr {
        if expr.depth > Parser.maximumDepth { try fail(.nestingTooDeep, at: expr.location) }
        return expr
    }

    /// Reports a diagnostic at the current token and abandons the statement.
    mutating func fail(_ id: DiagnosticID, detail: String = "", at location: SourceLocation? = nil) throws -> Never {
        report(id, detail: detail, at: location ?? current.location)
        throw Abandon()
    }

    mutating func report(_ id: DiagnosticID, detail: String = "", at location: SourceLocation) {
        // A lexer diagnostic at an invalid token already explains the problem.
        if case .invalid = current.kind, diagnostics.contains(where: { $0.location == current.location }) {
            return
        }
        diagnostics.append(Diagnostic(id, at: location, detail: detail))
        if firstReach == nil { firstReach = max(location, reach ?? current.location) }
        reach = nil
    }

    /// Skips to the start of the next statement after an error.
    mutating func synchronize() {
        var depth = 0
        while current.kind != .endOfFile {
            switch current.kind {
            case .newline where depth <= 0:
                advance()
                return
            case .indent:
                depth += 1
            case .dedent:
                depth -= 1
                if depth < 0 { return }
            default:
                break
            }
            advance()
        }
    }
}
