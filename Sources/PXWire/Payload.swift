/// The opaque bytes of a message body.
///
/// A decoded payload shares the storage of the frame it arrived in (no copy per message);
/// its indices always run from 0 to `count`. The controller never looks inside a task's payload.
public struct Payload: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The bytes (a slice of the frame buffer when decoded).
    public private(set) var bytes: ArraySlice<UInt8>
    /// The tag or digest the payload arrived with (``Header/Flags/taggedPayload``,
    /// ``Header/Flags/digestedPayload``), which a frame encoder sends on instead of authenticating the bytes
    /// again; `nil` when it arrived without one or was made here. Not part of equality.
    public internal(set) var digest: PayloadDigest? {
        get { digestBox?.digest }
        set { digestBox = newValue.map(DigestBox.init) }
    }
    /// Out of line: only large payloads have one, and a queued task's record keeps its payload.
    private var digestBox: DigestBox?

    private final class DigestBox: Sendable {
        let digest: PayloadDigest
        init(_ digest: PayloadDigest) { self.digest = digest }
    }

    /// An empty payload.
    public static let empty = Payload()

    /// Creates an empty payload.
    public init() {
        self.bytes = []
    }

    /// Creates a payload from bytes.
    /// - Parameter bytes: the body.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes[...]
    }

    /// Creates a payload sharing a slice's storage.
    /// - Parameter bytes: the body.
    public init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    /// Creates a decoded payload with the digest it arrived with.
    init(_ bytes: ArraySlice<UInt8>, digest: PayloadDigest) {
        self.bytes = bytes
        self.digest = digest
    }

    /// Creates a payload from UTF-8 text (used by `taskOutput`).
    /// - Parameter text: the text.
    public init(utf8 text: String) {
        self.bytes = Array(text.utf8)[...]
    }

    /// Creates a payload from a list of bytes.
    public init(arrayLiteral elements: UInt8...) {
        self.bytes = elements[...]
    }

    /// 0.
    public var startIndex: Int { 0 }
    /// The number of bytes.
    public var endIndex: Int { bytes.count }

    /// The byte at `position` (0-based).
    public subscript(position: Int) -> UInt8 {
        bytes[bytes.startIndex + position]
    }

    /// Calls `body` with the bytes in contiguous memory.
    /// - Parameter body: receives the bytes.
    /// - Returns: what `body` returns.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try bytes.withUnsafeBytes(body)
    }

    /// The payload as UTF-8 text (invalid sequences become U+FFFD).
    public var utf8String: String { String(decoding: bytes, as: UTF8.self) }

    /// A copy of the bytes in their own array (releases the frame buffer).
    public var array: [UInt8] { Array(bytes) }

    /// Compares contents.
    public static func == (lhs: Payload, rhs: Payload) -> Bool {
        lhs.bytes.elementsEqual(rhs.bytes)
    }

    /// Hashes contents.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
