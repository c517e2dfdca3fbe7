/// A key that signs the frames of one direction of one connection, derived in the handshake.
public struct SessionKey: Hashable, Sendable {
    /// The key bytes (32 when derived by the handshake).
    public let bytes: [UInt8]

    /// Creates a session key from bytes (tests use fixed keys).
    /// - Parameter bytes: the key.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }
}
