/// Why bytes from a peer were refused: a failed handshake or a bad frame.
///
/// After any `WireError` the connection cannot be trusted any more and is closed; the
/// decoder keeps throwing the same error. New cases may be added, so match on the static
/// values with `==` rather than exhaustively.
public struct WireError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Base: Hashable, Sendable {
        case badMagic
        case unsupportedVersion(peer: ProtocolVersion, local: ProtocolVersion)
        case authenticationFailed
        case unknownRole(UInt8)
        case refused(String)
        case badMAC
        case truncated(missing: Int)
        case oversize(length: Int, maximum: Int)
        case malformedFrame(String)
        case unknownKind(UInt8)
        case malformedBody(kind: MessageKind, reason: String)
        case sharedMemory(String)
    }

    private let base: Base

    private init(_ base: Base) {
        self.base = base
    }

    // MARK: - Handshake

    /// The first bytes were not `SWPX`: the peer does not speak this protocol.
    public static let badMagic = WireError(.badMagic)

    /// The peer speaks an incompatible protocol version.
    /// - Parameters:
    ///   - peer: the version the other side announced.
    ///   - local: the version this side speaks.
    public static func unsupportedVersion(peer: ProtocolVersion, local: ProtocolVersion) -> WireError {
        WireError(.unsupportedVersion(peer: peer, local: local))
    }

    /// The peer's proof did not match: it does not hold the cluster key.
    public static let authenticationFailed = WireError(.authenticationFailed)

    /// The peer announced a role this side does not know.
    /// - Parameter role: the role byte received.
    public static func unknownRole(_ role: UInt8) -> WireError {
        WireError(.unknownRole(role))
    }

    /// The controller refused this peer and said why.
    /// - Parameter reason: the controller's explanation.
    public static func refused(_ reason: String) -> WireError {
        WireError(.refused(reason))
    }

    // MARK: - Frames

    /// A frame's HMAC did not verify (wrong key, tampering or a replayed frame), or a payload did not match the
    /// digest its frame signed.
    public static let badMAC = WireError(.badMAC)

    /// The stream ended inside a frame or handshake message.
    /// - Parameter missing: how many more bytes the frame needed.
    public static func truncated(missing: Int) -> WireError {
        WireError(.truncated(missing: missing))
    }

    /// A frame announced more bytes than the receiver accepts.
    /// - Parameters:
    ///   - length: the announced length.
    ///   - maximum: the receiver's limit.
    public static func oversize(length: Int, maximum: Int) -> WireError {
        WireError(.oversize(length: length, maximum: maximum))
    }

    /// An authenticated frame was not laid out as the protocol says.
    /// - Parameter reason: what was wrong.
    public static func malformedFrame(_ reason: String) -> WireError {
        WireError(.malformedFrame(reason))
    }

    /// An authenticated frame held a message kind this side does not know.
    /// - Parameter kind: the kind byte.
    public static func unknownKind(_ kind: UInt8) -> WireError {
        WireError(.unknownKind(kind))
    }

    /// A control body (such as ``EngineInfo``) could not be read.
    /// - Parameters:
    ///   - kind: the message kind whose body was bad.
    ///   - reason: what was wrong.
    public static func malformedBody(kind: MessageKind, reason: String) -> WireError {
        WireError(.malformedBody(kind: kind, reason: reason))
    }

    /// A memory segment (protocol 1.4) could not be made, sent, received or mapped, or arrived unsealed.
    /// - Parameter reason: what failed.
    public static func sharedMemory(_ reason: String) -> WireError {
        WireError(.sharedMemory(reason))
    }

    /// Whether the error happened during the handshake (as opposed to a later frame).
    public var isHandshakeError: Bool {
        switch base {
        case .badMagic, .unsupportedVersion, .authenticationFailed, .unknownRole, .refused: true
        case .badMAC, .truncated, .oversize, .malformedFrame, .unknownKind, .malformedBody, .sharedMemory: false
        }
    }

    /// One line saying what went wrong, suitable for a log or a refusal message.
    public var description: String {
        switch base {
        case .badMagic:
            "handshake refused: the peer does not speak the swiftpx protocol (bad magic bytes)"
        case .unsupportedVersion(let peer, let local):
            "handshake refused: protocol version \(peer) is not compatible with \(local)"
        case .authenticationFailed:
            "handshake refused: authentication failed (wrong cluster key)"
        case .unknownRole(let role):
            "handshake refused: unknown peer role \(role)"
        case .refused(let reason):
            "the controller refused the connection: \(reason)"
        case .badMAC:
            "frame dropped: bad HMAC signature"
        case .truncated(let missing):
            "stream ended inside a frame (\(missing) more bytes expected)"
        case .oversize(let length, let maximum):
            "frame dropped: \(length) bytes exceeds the limit of \(maximum) bytes"
        case .malformedFrame(let reason):
            "frame dropped: \(reason)"
        case .unknownKind(let kind):
            "frame dropped: unknown message kind \(kind)"
        case .malformedBody(let kind, let reason):
            "bad \(kind) body: \(reason)"
        case .sharedMemory(let reason):
            "memory segment refused: \(reason)"
        }
    }
}
