/// Turns source text into tokens, including the `newline`, `indent` and `dedent` tokens of Python's
/// layout rules: brackets join lines implicitly, a trailing backslash joins lines explicitly, and blank or
/// comment-only lines produce nothing.
public struct Lexer {
    let scalars: [Unicode.Scalar]
    var position = 0
    var line = 1
    var column = 1
    var indentStack: [Int] = [0]
    var brackets: [(Character, SourceLocation)] = []
    var atLineStart = true
    var tokens: [Token] = []
    /// Problems found so far.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The most brackets that may be open at once, as in CPython's tokenizer.
    static let maximumBracketDepth = 200

    /// Creates a lexer over `source` whose first line is numbered `firstLine`.
    public init(_ source: String, firstLine: Int = 1) {
        self.scalars = Array(source.unicodeScalars)
        self.line = firstLine
    }

    /// Lexes the whole source.
    /// - Returns: the tokens, always ending with `endOfFile`, and the diagnostics found.
    public static func tokenize(_ source: String, firstLine: Int = 1) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(source, firstLine: firstLine)
        lexer.run()
        return (lexer.tokens, lexer.diagnostics)
    }

    /// Whether the source ends inside an open bracket or a triple-quoted string, so more lines are needed.
    public var endsInsideOpenConstruct: Bool {
        !brackets.isEmpty || diagnostics.contains { $0.id == .unterminatedTripleString }
    }

    // MARK: - Driver

    mutating func run() {
        while position < scalars.count {
            if atLineStart && brackets.isEmpty {
                if handleIndentation() { continue }
            }
            atLineStart = false
            let c = scalars[position]
            switch c {
            case " ", "\t", "\u{0C}":
                advance()
            case "\r", "\n":
                let start = here
                consumeNewline()
                if brackets.isEmpty {
                    emit(.newline, from: start)
                    atLineStart = true
                }
            case "#":
                while position < scalars.count, scalars[position] != "\n", scalars[position] != "\r" { advance() }
            case "\\":
                advance()
                if position < scalars.count, scalars[position] == "\n" || scalars[position] == "\r" {
                    consumeNewline()
                } else if position >= scalars.count {
                    break
                } else {
                    report(.characterAfterContinuation, at: here)
                }
            default:
                lexToken()
            }
        }
        finish()
    }

    mutating func finish() {
        let start = here
        if let last = tokens.last, last.kind != .newline {
            emit(.newline, from: start)
        }
        for (bracket, location) in brackets.reversed() {
            report(.unclosedBracket, at: location, detail: String(bracket))
        }
        while indentStack.count > 1 {
            indentStack.removeLast()
            emit(.dedent, from: start)
        }
        emit(.endOfFile, from: start)
    }

    /// Measures the indentation of a new logical line. Returns true when the line was blank and was skipped.
    mutating func handleIndentation() -> Bool {
        var width = 0
        var scan = position
        while scan < scalars.count {
            let c = scalars[scan]
            if c == " " { width += 1 } else if c == "\t" { width = (width / 8 + 1) * 8 } else if c == "\u{0C}" {
                width = 0
            } else { break }
            scan += 1
        }
        if scan >= scalars.count || scalars[scan] == "\n" || scalars[scan] == "\r" || scalars[scan] == "#" {
            // Blank or comment-only line: skip it entirely.
            while position < scan { advance() }
            while position < scalars.count, scalars[position] != "\n", scalars[position] != "\r" { advance() }
            if position < scalars.count { consumeNewline() }
            return true
        }
        while position < scan { advance() }
        let start = SourceLocation(line: line, column: 1)
        atLineStart = false
        let current = indentStack[indentStack.count - 1]
        if width > current {
            if indentStack.count > 100 {
                // As CPython's tokenizer: stop reading, so the parser never nests deeper.
                report(.tooManyIndentationLevels, at: here)
                position = scalars.count
                return true
            }
            indentStack.append(width)
            tokens.append(Token(kind: .indent, location: start, end: here))
        } else if width < current {
            while width < indentStack[indentStack.count - 1] {
                indentStack.removeLast()
                tokens.append(Token(kind: .dedent, location: here, end: here))
            }
            if width != indentStack[indentStack.count - 1] {
                // CPython reports it at the end of the line.
                var end = position
                while end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
                report(.unindentMismatch, at: SourceLocation(line: line, column: column + end - position))
                indentStack.append(width)
            }
        }
        return false
    }

    // MARK: - Tokens

    mutating func lexToken() {
        let start = here
        let c = scalars[position]
        if c.isIdentifierStart {
            if let prefixEnd = stringPrefixEnd() {
                lexString(start: start, prefixEnd: prefixEnd)
                return
            }
            var text = ""
            while position < scalars.count, scalars[position].isIdentifierContinue {
                text.unicodeScalars.append(scalars[position])
                advance()
            }
            if let keyword = Keyword(rawValue: text) {
                emit(.keyword(keyword), from: start)
            } else {
                emit(.name(text), from: start)
            }
            return
        }
        if c.isDigit || (c == "." && peek(1)?.isDigit == true) {
            lexNumber(start: start)
            return
        }
        if c == "\"" || c == "'" {
            lexString(start: start, prefixEnd: position)
            return
        }
        if let op = matchOperator() {
            for _ in op.rawValue.unicodeScalars { advance() }
            switch op {
            case .leftParen, .leftBracket, .leftBrace:
                // CPython's tokenizer stops at 200 open brackets.
                if brackets.count >= Lexer.maximumBracketDepth {
                    // The rest of the input cannot be read sensibly: stop here, with nothing left open.
                    report(.tooDeeplyNested, at: start)
                    brackets = []
                    position = scalars.count
                    return
                }
                brackets.append((op == .leftParen ? "(" : op == .leftBracket ? "[" : "{", start))
            case .rightParen, .rightBracket, .rightBrace:
                let expected: Character = op == .rightParen ? "(" : op == .rightBracket ? "[" : "{"
                if let last = brackets.last, last.0 == expected {
                    brackets.removeLast()
                } else if let (opening, openedAt) = brackets.popLast() {
                    let line = openedAt.line == start.line ? "" : String(openedAt.line)
                    report(.mismatchedBracket, at: start, detail: op.rawValue + String(opening) + line)
                } else {
                    report(.unmatchedBracket, at: start, detail: op.rawValue)
                }
            default: break
            }
            emit(.op(op), from: start)
            return
        }
        advance()
        // CPython's tokenizer passes an ASCII character it does not know to the parser ("invalid syntax"),
        // and names any other.
        if !c.isASCII {
            report(c.isPrintable ? .invalidCharacter : .invalidNonPrintableCharacter, at: start,
                   detail: String(Character(c)))
        }
        emit(.invalid(String(Character(c))), from: start)
    }

    /// The operators with their characters, longest first, so that `**=` wins over `**` and `*`.
    static let operatorsByLength: [(op: Operator, scalars: [Unicode.Scalar])] = Operator.allCases
        .map { ($0, Array($0.rawValue.unicodeScalars)) }
        .sorted { $0.1.count > $1.1.count }

    func matchOperator() -> Operator? {
        let first = scalars[position]
        for (op, characters) in Lexer.operatorsByLength where characters[0] == first {
            var i = 1
            while i < characters.count, peek(i) == characters[i] { i += 1 }
            if i == characters.count { return op }
        }
        return nil
    }

    // MARK: - Helpers

    var here: SourceLocation { SourceLocation(line: line, column: column) }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        let i = position + offset
        return i < scalars.count ? scalars[i] : nil
    }

    mutating func advance() {
        if scalars[position] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        position += 1
    }

    mutating func consumeNewline() {
        if scalars[position] == "\r" {
            position += 1
            if position < scalars.count, scalars[position] == "\n" { position += 1 }
            line += 1
            column = 1
        } else {
            advance()
        }
    }

    mutating func emit(_ kind: TokenKind, from start: SourceLocation) {
        tokens.append(Token(kind: kind, location: start, end: here))
    }

    mutating func report(_ id: DiagnosticID, at location: SourceLocation, detail: String = "") {
        diagnostics.append(Diagnostic(id, at: location, detail: detail))
    }
}

extension Unicode.Scalar {
    var isDigit: Bool { ("0"..."9").contains(self) }
    /// Whether CPython counts the character printable (`str.isprintable`): not a control, format,
    /// surrogate, private-use or unassigned character, nor a separator other than the space.
    var isPrintable: Bool {
        if self == " " { return true }
        switch properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return false
        default:
            return true
        }
    }
    var isIdentifierStart: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_"
            || (value > 127 && properties.isXIDStart)
    }
    var isIdentifierContinue: Bool {
        isIdentifierStart || isDigit || (value > 127 && properties.isXIDContinue)
    }
}
