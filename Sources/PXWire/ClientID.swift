/// The identifier the controller gives a client connection when it registers.
///
/// Clients are numbered from 1; `0` on the wire means "no client".
public struct ClientID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The client number (never 0).
    public var rawValue: UInt32

    /// The largest client number that still fits in a ``TaskID``.
    public static let maximum: UInt32 = 0x00FF_FFFF

    /// Creates a client ID from its number.
    /// - Parameter rawValue: the client number, 1…``maximum``.
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Orders clients by number.
    public static func < (lhs: ClientID, rhs: ClientID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// `client-<n>`.
    public var description: String { "client-\(rawValue)" }
}
