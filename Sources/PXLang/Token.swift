/// One lexical token with the location of its first character.
public struct Token: Sendable, Equatable {
    /// What the token is.
    public var kind: TokenKind
    /// Where the token starts.
    public var location: SourceLocation
    /// Where the token ends (one past its last character).
    public var end: SourceLocation

    /// Creates a token.
    public init(kind: TokenKind, location: SourceLocation, end: SourceLocation) {
        self.kind = kind
        self.location = location
        self.end = end
    }
}

/// The kinds of token the lexer produces.
public enum TokenKind: Sendable, Equatable {
    case name(String)
    case keyword(Keyword)
    case int(Int)
    /// An integer literal beyond 64 bits: its digits (no prefix, no underscores) and their radix.
    case bigInteger(digits: String, radix: Int)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    /// An f-string: its body with escapes already processed in the literal parts is parsed by the parser.
    case fstring(FStringBody)
    case op(Operator)
    case newline
    case indent
    case dedent
    case endOfFile
    /// A character sequence that is not a token; the lexer has reported a diagnostic for it.
    case invalid(String)

    /// Whether the token is the given operator.
    public func isOp(_ op: Operator) -> Bool {
        if case .op(let o) = self { return o == op }
        return false
    }

    /// Whether the token is the given keyword.
    public func isKeyword(_ k: Keyword) -> Bool {
        if case .keyword(let w) = self { return w == k }
        return false
    }
}

/// The raw text of an f-string between its quotes, with its location, for the parser to split into parts.
public struct FStringBody: Sendable, Equatable {
    /// The characters between the quotes, escapes not yet processed.
    public var raw: String
    /// Whether the literal had an `r` prefix.
    public var isRaw: Bool
    /// Location of the first character after the opening quote.
    public var contentStart: SourceLocation
}

/// Reserved words.
public enum Keyword: String, Sendable, CaseIterable {
    case `false` = "False", none = "None", `true` = "True"
    case and, `as`, assert, `break`, `continue`, def, del, elif, `else`, except, finally, `for`, from
    case global, `if`, `import`, `in`, `is`, lambda, nonlocal, not, or, pass, raise, `return`, `try`
    case `while`, with, yield, `class`, async, await
}

/// Operators and delimiters.
public enum Operator: String, Sendable, CaseIterable {
    case plus = "+", minus = "-", star = "*", doubleStar = "**", slash = "/", doubleSlash = "//"
    case percent = "%", at = "@", leftShift = "<<", rightShift = ">>", ampersand = "&", pipe = "|"
    case caret = "^", tilde = "~", less = "<", greater = ">", lessEqual = "<=", greaterEqual = ">="
    case equalEqual = "==", notEqual = "!=", leftParen = "(", rightParen = ")", leftBracket = "["
    case rightBracket = "]", leftBrace = "{", rightBrace = "}", comma = ",", colon = ":", dot = "."
    case semicolon = ";", equal = "=", arrow = "->", walrus = ":="
    case plusEqual = "+=", minusEqual = "-=", starEqual = "*=", slashEqual = "/=", doubleSlashEqual = "//="
    case percentEqual = "%=", doubleStarEqual = "**=", ampersandEqual = "&=", pipeEqual = "|="
    case caretEqual = "^=", leftShiftEqual = "<<=", rightShiftEqual = ">>=", atEqual = "@="
    case ellipsis = "..."
    case bang = "!"
}
