/// The life of an engine as the controller sees it.
public enum EngineState: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Registered and alive: takes tasks.
    case registered = 1
    /// Gone without saying so (connection closed or heartbeats missed); its tasks failed or were retried.
    case dead = 2
    /// Left cleanly (`unregisterEngine`).
    case unregistered = 3

    /// Whether the engine takes tasks.
    public var isAlive: Bool { self == .registered }

    /// `registered`, `dead` or `unregistered`.
    public var description: String {
        switch self {
        case .registered: "registered"
        case .dead: "dead"
        case .unregistered: "unregistered"
        }
    }
}
