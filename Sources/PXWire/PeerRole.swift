/// What kind of peer opened a connection to the controller, declared in the handshake.
public enum PeerRole: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// An engine process: receives `runTask`, answers heartbeats.
    case engine = 1
    /// A client (the shell's `Client` objects): submits tasks, receives replies.
    case client = 2

    /// `engine` or `client`.
    public var description: String {
        switch self {
        case .engine: "engine"
        case .client: "client"
        }
    }
}
