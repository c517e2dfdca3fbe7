/// The outcome of parsing: the statements that parsed, and every problem found.
///
/// The parser never throws; a program with diagnostics must not be run.
public struct ParseResult: Sendable {
    /// The parsed statements (those with errors are left out).
    public var program: [Stmt]
    /// Problems in source order.
    public var diagnostics: [Diagnostic]

    /// Whether the source parsed without problems.
    public var isSuccess: Bool { diagnostics.isEmpty }
}
