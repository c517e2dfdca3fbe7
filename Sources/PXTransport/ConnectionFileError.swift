/// Why a connection file could not be read or written: one clear message naming the file.
public struct ConnectionFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file concerned.
    public let path: String
    /// What went wrong.
    public let reason: String

    /// Creates an error.
    /// - Parameters:
    ///   - path: the file.
    ///   - reason: what went wrong.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `connection file <path>: <reason>`.
    public var description: String { "connection file \(path): \(reason)" }
}
