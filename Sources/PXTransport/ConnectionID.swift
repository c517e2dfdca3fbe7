/// Names one accepted connection inside a ``FramedServer`` (never reused while the server runs).
public struct ConnectionID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// A counter from 1.
    public var rawValue: UInt64

    /// Creates an ID.
    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// `#<n>`.
    public var description: String { "#\(rawValue)" }
}
