/// The fixed part of every message, which the controller reads to route it.
///
/// On the wire it is 28 bytes including the message length and extension length (see
/// ``Envelope``). Absent IDs are `nil` here and reserved values on the wire.
public struct Header: Hashable, Sendable {
    /// What the message is.
    public var kind: MessageKind
    /// Per-kind bits (see ``Flags``).
    public var flags: Flags
    /// The engine concerned: the sender, the destination or the target, depending on the kind.
    public var engine: EngineID?
    /// The client concerned: the submitter of a task, the destination of a reply.
    public var client: ClientID?
    /// The task concerned.
    public var task: TaskID?

    /// Creates a header.
    /// - Parameters:
    ///   - kind: the message kind.
    ///   - flags: per-kind bits. Default: none.
    ///   - engine: the engine concerned. Default: `nil`.
    ///   - client: the client concerned. Default: `nil`.
    ///   - task: the task concerned. Default: `nil`.
    public init(
        kind: MessageKind,
        flags: Flags = [],
        engine: EngineID? = nil,
        client: ClientID? = nil,
        task: TaskID? = nil
    ) {
        self.kind = kind
        self.flags = flags
        self.engine = engine
        self.client = client
        self.task = task
    }

    /// Per-kind bits of a message header.
    public struct Flags: OptionSet, Hashable, Sendable {
        /// The bits.
        public var rawValue: UInt8

        /// Creates flags from their bits.
        /// - Parameter rawValue: the bits.
        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        /// `taskReply`: the task raised an error (the payload describes it).
        public static let failed = Flags(rawValue: 1 << 0)
        /// `taskOutput`: the chunk is standard error (otherwise standard output).
        public static let stderr = Flags(rawValue: 1 << 1)
        /// `shutdownRequest` from a client: stop the controller as well as the engines.
        public static let includesController = Flags(rawValue: 1 << 2)
        /// `taskOutput` (the same bit as ``includesController``, which only `shutdownRequest` carries): the payload
        /// is an encoded dict the task published with `publish_data`, not text; its keys update the task's `data`.
        public static let publishedData = Flags(rawValue: 1 << 2)
        /// Any kind (protocol 1.2): the message carries no payload bytes of its own; its payload is the previous
        /// message's in the same frame (one large payload sent to several engines travels once). Set and cleared
        /// by the frame encoder and decoder only.
        public static let sharesPayload = Flags(rawValue: 1 << 3)
        /// Any kind (protocol 1.3): the message's payload bytes are followed by their SHA-256 digest, and the frame's
        /// MAC covers the digest instead of the bytes (so the controller forwards a large payload without hashing
        /// it again; the receiver that reads it checks the digest). Set and cleared by the frame encoder and
        /// decoder only.
        public static let digestedPayload = Flags(rawValue: 1 << 4)
        /// Any kind (protocol 1.4): as ``digestedPayload``, but the 32 bytes after the payload are its AES-GMAC tag
        /// under the cluster's payload key (nonce, tag, 4 zero bytes; see ``PayloadDigest``), which costs a
        /// fraction of SHA-256. Set and cleared by the frame encoder and decoder only.
        public static let taggedPayload = Flags(rawValue: 1 << 5)
        /// `taskReply` with `failed`: the error is `UnmetDependency` (the task's dependencies do not hold on this
        /// engine), so the controller sends a load-balanced task to another engine.
        public static let unmetDependency = Flags(rawValue: 1 << 6)
        /// Any kind (protocol 1.5): the payload field starts with a table of memory segments (u32 count, then 32-byte
        /// entries: position u64, descriptor index u32, reserved u32, offset u64, length u64) whose descriptors
        /// arrived on the connection's descriptor channel; the payload's bytes follow the table. Set and cleared by
        /// the frame encoder and decoder only.
        public static let segmentedPayload = Flags(rawValue: 1 << 7)

        /// The flags only the frame encoder and decoder set.
        static let framing: Flags = [.sharesPayload, .digestedPayload, .taggedPayload, .segmentedPayload]

        /// The two flags of a payload followed by a 32-byte ``PayloadDigest`` slot.
        static let slotted: Flags = [.digestedPayload, .taggedPayload]
    }
}
