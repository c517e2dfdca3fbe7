/// A failure of a linear-algebra routine, with numpy's exception class and text.
public struct LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// The Python exception class it is raised as.
    public enum Kind: Sendable, Equatable {
        /// `numpy.linalg.LinAlgError`.
        case linAlgError
        /// `ValueError`.
        case valueError
    }

    /// The exception class.
    public let kind: Kind
    /// The message.
    public let message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// `LinAlgError: message`.
    public static func linAlg(_ message: String) -> LinearAlgebraError { LinearAlgebraError(.linAlgError, message) }

    /// `LinAlgError: Singular matrix`.
    public static let singular = linAlg("Singular matrix")
    /// `LinAlgError: Last 2 dimensions of the array must be square`.
    public static let notSquare = linAlg("Last 2 dimensions of the array must be square")

    public var description: String { message }
}
