/// One or more whole frames taken from a ``FrameEncoder``, ready to be written.
///
/// The bytes are the encoder's own buffer (lengths, message headers, small payloads, MAC slots) with large
/// payloads ("attachments") spliced in where they belong: those are never copied into the buffer, but signed
/// and handed out straight from the storage they arrived in or were encoded into.
///
/// The MACs are computed while writing: ``nextChunk(maximumSize:_:)`` signs and hands out the bytes a chunk at
/// a time, so a large frame starts moving before the rest of it is signed, and a writer that must wait for its
/// socket can stop between chunks and resume later (the signing state is kept here). Consecutive small frames
/// come out together as one chunk. Each MAC slot is filled just before the chunk containing it is handed out.
public struct EncodedFrames: Sendable {
    /// A frame: where it starts and where its MAC slot starts in the buffer, its number, and the attachments
    /// that lie inside it.
    struct Frame: Sendable {
        var start: Int
        var macStart: Int
        var sequence: UInt64
        var attachments: Range<Int>
        /// The memories its segments use, in descriptor-index order (protocol 1.5).
        var descriptors: [SharedMemory]
    }

    /// A large payload spliced into the stream just before buffer position `offset`, and how it is
    /// authenticated.
    struct Attachment: Sendable {
        /// Covered by the frame's MAC, or by its digest, which the buffer holds right after it (at `offset`):
        /// computed while the payload is written out, or known already (a forwarded payload).
        enum Authentication: Sendable {
            case mac
            case computedDigest
            case knownDigest
        }

        var offset: Int
        var bytes: ArraySlice<UInt8>
        var authentication: Authentication
    }

    private var bytes: [UInt8]
    private let frames: [Frame]
    private let attachments: [Attachment]
    private let authenticator: FrameAuthenticator

    // MARK: The write cursor
    private var frameIndex = 0
    private var running: FrameAuthenticator.Running?
    /// Buffer bytes signed so far.
    private var hashed = 0
    /// Buffer bytes handed out so far.
    private var emitted = 0
    private var attachmentIndex = 0
    /// Bytes of the current attachment handed out so far.
    private var attachmentPosition = 0
    /// The digest of the current attachment, while it is computed.
    private var digest: PayloadDigest.Running?

    init(bytes: [UInt8], frames: [Frame], attachments: [Attachment], authenticator: FrameAuthenticator) {
        self.bytes = bytes
        self.frames = frames
        self.attachments = attachments
        self.authenticator = authenticator
        self.byteCount = bytes.count + attachments.reduce(0) { $0 + $1.bytes.count }
    }

    /// The total size in bytes, MACs and attachments included.
    public let byteCount: Int

    /// The number of frames.
    public var frameCount: Int { frames.count }

    /// The descriptors each frame refers to, for the frames that have any (protocol 1.5): a writer sends every group
    /// on the descriptor channel, in order, before it writes the frames' bytes.
    public var descriptorGroups: [(sequence: UInt64, memories: [SharedMemory])] {
        frames.filter { !$0.descriptors.isEmpty }.map { ($0.sequence, $0.descriptors) }
    }

    /// Whether every byte has been handed out.
    public var isFinished: Bool { frameIndex == frames.count && emitted == bytes.count }

    /// Signs and hands out the next chunk of bytes.
    /// - Parameters:
    ///   - maximumSize: the largest chunk (at least 4 KiB is used); a run of small frames may come out as one
    ///     chunk up to about this size. Default: 1 MiB.
    ///   - sink: writes the chunk out; it must not keep the pointer.
    /// - Returns: `false` (and calls nothing) when everything has been handed out already.
    public mutating func nextChunk(
        maximumSize: Int = 1 << 20, _ sink: (UnsafeRawBufferPointer) throws -> Void
    ) rethrows -> Bool {
        try nextChunkWithStorage(maximumSize: maximumSize) { chunk, _ in try sink(chunk) }
    }

    /// Signs and hands out the next chunk of bytes, as ``nextChunk(maximumSize:_:)`` does, with the storage that holds
    /// a chunk of a large payload (`nil` for the frames' own bytes): a writer that keeps that storage may hand the
    /// chunk to a later, asynchronous write without copying it (the storage is never written to). The frames' own
    /// bytes must be copied before `sink` returns: the MAC slots among them are filled later.
    /// - Parameters:
    ///   - maximumSize: the largest chunk (at least 4 KiB is used).
    ///   - sink: writes the chunk out; it may keep the pointer only while it keeps the storage.
    /// - Returns: `false` (and calls nothing) when everything has been handed out already.
    public mutating func nextChunkWithStorage(
        maximumSize: Int = 1 << 20, _ sink: (UnsafeRawBufferPointer, ArraySlice<UInt8>?) throws -> Void
    ) rethrows -> Bool {
        let step = max(maximumSize, 4_096)
        while frameIndex < frames.count {
            let frame = frames[frameIndex]
            if running == nil {
                running = authenticator.begin(sequence: frame.sequence)
                hashed = frame.start
            }
            if attachmentIndex < frame.attachments.upperBound, attachments[attachmentIndex].offset == hashed {
                if emitted < hashed {
                    try emitBuffer(upTo: hashed, sink)
                    return true
                }
                try emitAttachmentChunk(step: step, sink)
                return true
            }
            let limit =
                attachmentIndex < frame.attachments.upperBound ? attachments[attachmentIndex].offset : frame.macStart
            if hashed < limit {
                let end = min(limit, hashed + step)
                let from = hashed
                bytes.withUnsafeBytes { running?.update(UnsafeRawBufferPointer(rebasing: $0[from..<end])) }
                hashed = end
                if hashed - emitted >= step {
                    try emitBuffer(upTo: hashed, sink)
                    return true
                }
                continue
            }
            let macStart = frame.macStart
            running?.finalize { mac in
                bytes.withUnsafeMutableBytes { $0[macStart..<macStart + mac.count].copyBytes(from: mac) }
            }
            running = nil
            hashed = macStart + FrameAuthenticator.macSize
            frameIndex += 1
        }
        guard emitted < bytes.count else { return false }
        try emitBuffer(upTo: bytes.count, sink)
        return true
    }

    private mutating func emitBuffer(
        upTo end: Int, _ sink: (UnsafeRawBufferPointer, ArraySlice<UInt8>?) throws -> Void
    ) rethrows {
        let start = emitted
        emitted = end
        try bytes.withUnsafeBytes { try sink(UnsafeRawBufferPointer(rebasing: $0[start..<end]), nil) }
    }

    private mutating func emitAttachmentChunk(
        step: Int, _ sink: (UnsafeRawBufferPointer, ArraySlice<UInt8>?) throws -> Void
    ) rethrows {
        let attachment = attachments[attachmentIndex]
        let start = attachmentPosition
        let end = min(attachment.bytes.count, start + step)
        if start == 0, attachment.authentication == .computedDigest { digest = PayloadDigest.Running() }
        if end == attachment.bytes.count {
            attachmentIndex += 1
            attachmentPosition = 0
        } else {
            attachmentPosition = end
        }
        try attachment.bytes.withUnsafeBytes { raw in
            let chunk = UnsafeRawBufferPointer(rebasing: raw[start..<end])
            switch attachment.authentication {
            case .mac: running?.update(chunk)
            case .computedDigest: digest?.update(chunk)
            case .knownDigest: break
            }
            try sink(chunk, attachment.bytes)
        }
        if end == attachment.bytes.count, let finished = digest {
            // The digest slot follows the payload in the buffer: it is signed and sent after this chunk.
            let slot = attachment.offset
            finished.finalize { value in
                bytes.withUnsafeMutableBytes { $0[slot..<slot + value.count].copyBytes(from: value) }
            }
            digest = nil
        }
    }

    /// Signs the frames and passes all their bytes to `sink` in order, in chunks of about `chunkSize` bytes
    /// (see ``nextChunk(maximumSize:_:)``).
    /// - Parameters:
    ///   - chunkSize: the largest chunk for big frames. Default: 1 MiB.
    ///   - sink: writes a chunk out; it must not keep the pointer.
    public mutating func write(chunkSize: Int = 1 << 20, _ sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        while try nextChunk(maximumSize: chunkSize, sink) {}
    }

    /// Signs every frame and returns all the bytes in one array (without a copy when no payload is attached).
    public consuming func signedBytes() -> [UInt8] {
        if attachments.isEmpty {
            write(chunkSize: Int.max / 2) { _ in }
            return bytes
        }
        var whole: [UInt8] = []
        whole.reserveCapacity(byteCount)
        write { whole.append(contentsOf: $0) }
        return whole
    }
}
