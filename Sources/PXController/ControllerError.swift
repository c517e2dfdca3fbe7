import PXTransport

/// Why the controller could not start or run.
public struct ControllerError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Base: Hashable, Sendable {
        case invalidSettings(String)
        case transport(TransportError)
    }

    private let base: Base

    private init(_ base: Base) {
        self.base = base
    }

    /// A settings field is out of range.
    /// - Parameter reason: which field and why.
    public static func invalidSettings(_ reason: String) -> ControllerError {
        ControllerError(.invalidSettings(reason))
    }

    /// Listening or writing the connection files failed.
    /// - Parameter error: the transport's reason.
    public static func transport(_ error: TransportError) -> ControllerError {
        ControllerError(.transport(error))
    }

    /// One line for the user.
    public var description: String {
        switch base {
        case .invalidSettings(let reason): "invalid controller settings: \(reason)"
        case .transport(let error): error.description
        }
    }
}
