/// A bad argument to a random stream, carrying the Python exception it becomes and its text.
///
/// The messages are the reference implementations' own (CPython's `random`, numpy's `random`), so the runtime
/// raises them unchanged.
public struct RandomError: Error, Equatable, CustomStringConvertible {
    /// The Python exception class the error is raised as.
    public enum Kind: Sendable, Equatable {
        /// `ValueError`.
        case valueError
        /// `IndexError`.
        case indexError
        /// `TypeError`.
        case typeError
        /// `OverflowError`.
        case overflowError
    }

    /// The exception class.
    public let kind: Kind
    /// The message, as Python prints it after the class name.
    public let message: String

    /// Creates an error.
    /// - Parameters:
    ///   - kind: the exception class.
    ///   - message: the text after the class name.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// `ValueError: message`.
    public static func value(_ message: String) -> RandomError { RandomError(.valueError, message) }

    public var description: String { message }
}
