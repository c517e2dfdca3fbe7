/// The opaque bytes of a message body, and the memory segments that stand for runs of them (protocol 1.5).
///
/// A decoded payload shares the storage of the frame it arrived in (no copy per message);
/// its indices always run from 0 to `count`. The controller never looks inside a task's payload.
///
/// A payload's whole content is its bytes with each segment's bytes inserted before byte `position` of them (see
/// ``PayloadSegment``): large array buffers travel that way between processes of one host, as sealed memory
/// instead of bytes. `count` and the collection count only the bytes themselves.
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
    /// Runs of the content that live in shared memory, in order of position (empty for most payloads).
    public internal(set) var segments: [PayloadSegment] = []

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

    /// Creates a payload whose content is `bytes` with the segments inserted (see ``PayloadSegment``).
    /// - Parameters:
    ///   - bytes: the bytes outside the segments.
    ///   - segments: in order of position; each position at most `bytes.count`.
    public init(_ bytes: ArraySlice<UInt8>, segments: [PayloadSegment]) {
        self.bytes = bytes
        self.segments = segments
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

    /// The same payload with its bytes in their own storage (segments and digest kept): decoding it never shares
    /// memory with decoding the original.
    func separateCopy() -> Payload {
        var copy = self
        // Not `Array(bytes)`: a slice spanning a whole array would come back sharing its storage.
        copy.bytes = bytes.withUnsafeBytes { raw in
            [UInt8](unsafeUninitializedCapacity: raw.count) { target, count in
                UnsafeMutableRawBufferPointer(target).copyMemory(from: raw)
                count = raw.count
            }
        }[...]
        return copy
    }

    /// Compares contents: the bytes, and the segments by memory and range.
    public static func == (lhs: Payload, rhs: Payload) -> Bool {
        lhs.bytes.elementsEqual(rhs.bytes) && lhs.segments == rhs.segments
    }

    /// Hashes contents.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
