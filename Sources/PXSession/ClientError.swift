/// Why a client request failed.
public struct ClientError: Error, CustomStringConvertible, Sendable {
    enum Base: Sendable {
        case connect(String)
        case closed
        case timeout(String)
    }

    let base: Base

    /// The controller could not be reached.
    public static func connect(_ why: String) -> ClientError { ClientError(base: .connect(why)) }
    /// The connection to the controller is closed.
    public static let closed = ClientError(base: .closed)
    /// The controller did not answer in time.
    public static func timeout(_ what: String) -> ClientError { ClientError(base: .timeout(what)) }

    /// The message for the user.
    public var description: String {
        switch base {
        case .connect(let why): return "cannot connect to the controller: \(why)"
        case .closed: return "the connection to the controller is closed"
        case .timeout(let what): return "the controller did not answer in time (\(what))"
        }
    }
}
