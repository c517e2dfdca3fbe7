/// A position in source text: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column number.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location before any text.
    public static let start = SourceLocation(line: 1, column: 1)

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The source text an expression covers, from its first character to one past its last (parentheses around
/// it excluded), as CPython's `col_offset`/`end_col_offset` give it; tracebacks draw their `^`/`~` markers
/// under it.
public struct SourceSpan: Hashable, Sendable, Codable {
    /// The first character.
    public var start: SourceLocation
    /// One past the last character.
    public var end: SourceLocation

    /// Creates a span.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }
}
