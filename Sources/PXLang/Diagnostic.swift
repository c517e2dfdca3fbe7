/// A problem found while lexing or parsing, pinned to a source location.
public struct Diagnostic: Sendable, Equatable, Error, CustomStringConvertible {
    /// The stable identity of the problem.
    public var id: DiagnosticID
    /// Where the problem is.
    public var location: SourceLocation
    /// Extra text substituted into the message (a token, a name).
    public var detail: String

    /// Creates a diagnostic.
    public init(_ id: DiagnosticID, at location: SourceLocation, detail: String = "") {
        self.id = id
        self.location = location
        self.detail = detail
    }

    /// The Python exception class this diagnostic is reported as.
    public var exceptionName: String {
        switch id {
        case .unexpectedIndent, .expectedIndentedBlock, .unindentMismatch, .tooManyIndentationLevels:
            return "IndentationError"
        case .nestingTooDeep: return "RecursionError"
        case .parserStackOverflow: return "MemoryError"
        default: return "SyntaxError"
        }
    }

    /// Whether the lexer stopped reading at this problem (input nested beyond the tokenizer's limits).
    public var stopsReading: Bool { id == .tooDeeplyNested || id == .tooManyIndentationLevels }

    /// Whether the error is about a place in the source (a `SyntaxError`, shown with the line and a caret),
    /// rather than a limit of the compiler (`RecursionError`, shown alone, as CPython does).
    public var pointsAtSource: Bool { id != .nestingTooDeep && id != .parserStackOverflow }

    /// The message, as Python phrases it where Python has the same error.
    public var message: String { id.message(detail) }

    public var description: String { "\(location): \(summary)" }

    /// `Name: message`, or the name alone when there is no message (`MemoryError`).
    public var summary: String { message.isEmpty ? exceptionName : "\(exceptionName): \(message)" }
}
