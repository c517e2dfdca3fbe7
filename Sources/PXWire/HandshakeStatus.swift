/// The status byte of the controller's `Welcome`: accepted, or why the peer was refused.
public enum HandshakeStatus: UInt8, Sendable, CaseIterable {
    /// The peer may send frames.
    case accepted = 0
    /// The peer's hello did not start with `SWPX`.
    case badMagic = 1
    /// The peer's major version differs from the controller's.
    case unsupportedVersion = 2
    /// The peer's proof did not verify: it does not hold the cluster key.
    case authenticationFailed = 3
    /// The peer announced an unknown role.
    case unknownRole = 4
}
