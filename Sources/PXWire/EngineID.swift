/// The identifier the controller gives an engine when it registers.
///
/// Engines are numbered from 0 in registration order; an engine that reconnects within the
/// heartbeat limit keeps its number. On the wire an absent engine is `0xFFFF_FFFF`.
public struct EngineID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The engine number.
    public var rawValue: UInt32

    /// The wire encoding of "no engine"; never a valid engine number.
    public static let wireNone: UInt32 = 0xFFFF_FFFF

    /// Creates an engine ID from its number.
    /// - Parameter rawValue: the engine number (must not be `0xFFFF_FFFF`, which means "none" on the wire).
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Creates an engine ID from a small integer, as used by views (`rc[0]`).
    /// - Parameter number: the engine number.
    public init(_ number: UInt32) {
        self.rawValue = number
    }

    /// Orders engines by number.
    public static func < (lhs: EngineID, rhs: EngineID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The engine number in decimal, as ipyparallel prints it (`0`, `1`, …).
    public var description: String { String(rawValue) }
}
