import PXWire

/// Why a connection, listener, process or connection file failed.
///
/// New cases may be added; compare with the static values or read ``description``.
public struct TransportError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Base: Hashable, Sendable {
        case connectFailed(address: String, reason: String)
        case handshake(WireError)
        case closed
        case timedOut(String)
        case invalidAddress(String)
        case invalidSettings(String)
        case systemCall(name: String, errno: Int32)
        case spawnFailed(executable: String, errno: Int32)
        case protocolViolation(String)
    }

    private let base: Base

    private init(_ base: Base) {
        self.base = base
    }

    /// Connecting to the controller failed.
    /// - Parameters:
    ///   - address: where.
    ///   - reason: the system's explanation.
    public static func connectFailed(address: PeerAddress, reason: String) -> TransportError {
        TransportError(.connectFailed(address: address.description, reason: reason))
    }

    /// The handshake or a frame failed (wrong key, bad frame…).
    /// - Parameter error: the wire-level reason.
    public static func handshake(_ error: WireError) -> TransportError {
        TransportError(.handshake(error))
    }

    /// The link or server is closed.
    public static let closed = TransportError(.closed)

    /// Something did not happen in time.
    /// - Parameter what: what was waited for.
    public static func timedOut(_ what: String) -> TransportError {
        TransportError(.timedOut(what))
    }

    /// An address cannot be used (e.g. a Unix socket path longer than 107 bytes).
    /// - Parameter reason: why.
    public static func invalidAddress(_ reason: String) -> TransportError {
        TransportError(.invalidAddress(reason))
    }

    /// A settings field is out of range.
    /// - Parameter reason: which field and why.
    public static func invalidSettings(_ reason: String) -> TransportError {
        TransportError(.invalidSettings(reason))
    }

    /// A system call failed.
    /// - Parameters:
    ///   - name: the call, e.g. `socket`.
    ///   - errno: the error number.
    public static func systemCall(_ name: String, errno: Int32) -> TransportError {
        TransportError(.systemCall(name: name, errno: errno))
    }

    /// A child process could not be started.
    /// - Parameters:
    ///   - executable: the program.
    ///   - errno: the error number from `posix_spawn`.
    public static func spawnFailed(executable: String, errno: Int32) -> TransportError {
        TransportError(.spawnFailed(executable: executable, errno: errno))
    }

    /// The peer sent something the protocol does not allow at this point.
    /// - Parameter what: what was wrong.
    public static func protocolViolation(_ what: String) -> TransportError {
        TransportError(.protocolViolation(what))
    }

    /// The wire error inside, when the failure was a handshake or frame error.
    public var wireError: WireError? {
        if case .handshake(let error) = base { return error }
        return nil
    }

    /// The `errno` of a failed system call or spawn.
    public var systemErrorCode: Int32? {
        switch base {
        case .systemCall(_, let code), .spawnFailed(_, let code): code
        default: nil
        }
    }

    /// One line for the user.
    public var description: String {
        switch base {
        case .connectFailed(let address, let reason): "cannot connect to the controller at \(address): \(reason)"
        case .handshake(let error): error.description
        case .closed: "the connection is closed"
        case .timedOut(let what): "timed out waiting for \(what)"
        case .invalidAddress(let reason): "invalid address: \(reason)"
        case .invalidSettings(let reason): "invalid settings: \(reason)"
        case .systemCall(let name, let code): "\(name) failed: \(SystemErrorText.text(code))"
        case .spawnFailed(let executable, let code): "cannot start \(executable): \(SystemErrorText.text(code))"
        case .protocolViolation(let what): "protocol violation: \(what)"
        }
    }
}
