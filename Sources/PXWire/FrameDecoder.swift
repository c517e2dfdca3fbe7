/// Turns a byte stream into verified messages, one frame at a time.
///
/// Feed bytes as they arrive with ``append(_:)`` (any chunking: one byte at a time works),
/// then call ``nextFrame()`` until it returns `nil`. Each complete frame is checked (length,
/// MAC, layout, kinds) before any of its messages is returned, so a bad frame yields no
/// messages at all. After the first error the decoder is finished: it throws that error
/// again on every call, and the connection should be closed. It never traps on any input.
///
/// Decoded payloads share one buffer per frame; no per-message allocation happens beyond
/// the envelope array and the lists of a ``TaskHeader``. A large frame (64 KiB or more) is
/// received straight into its own buffer, which is kept (``SpareBuffer``) and reused for a
/// later large frame once the messages of the previous one have been dropped. Where payloads are
/// decoded (`checksRoutedPayloads`), large arrays become arrays over the frame's own buffer, so
/// two buffers are kept: the last frame's may still hold an array while the next one arrives. There
/// a message that shares the previous one's payload (``Header/Flags/sharesPayload``) gets its own
/// copy of the bytes, so that an array of one task written in place is never read by another.
///
/// The MAC covers every byte of the frame except the payload bytes of messages flagged
/// ``Header/Flags/taggedPayload`` or ``Header/Flags/digestedPayload``; it covers their tag or SHA-256 digest
/// instead. Such a payload is checked against its slot here unless it is a task payload and the decoder was
/// made with `checksRoutedPayloads: false` (the controller, which forwards it with its slot unread).
public struct FrameDecoder: Sendable {
    /// The default limit on a frame's length field: 1 GiB.
    public static let defaultMaximumFrameSize = 1 << 30
    /// The smallest valid length field: one message header and the MAC.
    public static let minimumFrameLength = Envelope.headerSize + FrameAuthenticator.macSize

    /// The largest length field accepted; larger frames fail with ``WireError/oversize(length:maximum:)``
    /// as soon as their first 4 bytes arrive.
    public let maximumFrameSize: Int

    private let authenticator: FrameAuthenticator
    private let payloadKey: PayloadKey
    private var buffer: [UInt8] = []
    private var readIndex = 0
    private var sequence: UInt64 = 0
    private var failure: WireError?
    /// Whether the digests of routed task payloads are checked (see the type's description).
    public let checksRoutedPayloads: Bool
    /// The large frame being received, if any.
    private var streaming: StreamingFrame?
    /// The storage of the last large frames, reused for a later one once their messages (and arrays) are dropped.
    private var spare: SpareBuffer
    /// The number of the frame ``nextFrame()`` returned last, and how many descriptors its segments refer to
    /// (protocol 1.5): the link receives that many from the descriptor channel and attaches them with
    /// ``Envelope/attach(_:to:)`` before using the messages.
    public private(set) var lastFrame: (sequence: UInt64, descriptorCount: Int) = (0, 0)

    /// Frames at least this long are received into their own buffer.
    static let streamingThreshold = 1 << 16

    /// A large frame arriving straight into its own storage, and its number.
    private struct StreamingFrame: Sendable {
        var storage: [UInt8]
        let total: Int
        let sequence: UInt64

        /// Takes what belongs to this frame from `raw` and returns how many bytes it took.
        mutating func feed(_ raw: UnsafeRawBufferPointer) -> Int {
            let taken = min(total - storage.count, raw.count)
            storage.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[0..<taken]))
            return taken
        }

        /// Lets `receive` write the next bytes of this frame into the storage's free capacity (reserved for the
        /// whole frame) and returns what it returned.
        mutating func receive(_ receive: (UnsafeMutableRawBufferPointer) -> Int) -> Int {
            var result = 0
            storage.append(addingCapacity: total - storage.count) { span in
                span.withUnsafeMutableBufferPointer { free, count in
                    result = receive(UnsafeMutableRawBufferPointer(free))
                    if result > 0 { count = min(result, free.count) }
                }
            }
            return result
        }
    }

    /// Creates a decoder.
    /// - Parameters:
    ///   - key: the key of this direction (from the handshake).
    ///   - payloadKey: the key of payload tags. Default: one derived from `key` (as ``FrameEncoder``'s).
    ///   - maximumFrameSize: the largest length field accepted. Default: 1 GiB.
    ///   - checksRoutedPayloads: whether the digests of task payloads are checked; `false` only where they are
    ///     forwarded unread (the controller). Default: `true`.
    public init(
        key: SessionKey, payloadKey: PayloadKey? = nil, maximumFrameSize: Int = FrameDecoder.defaultMaximumFrameSize,
        checksRoutedPayloads: Bool = true
    ) {
        self.authenticator = FrameAuthenticator(key: key)
        self.payloadKey = payloadKey ?? PayloadKey(frameKey: key)
        self.maximumFrameSize = max(maximumFrameSize, Self.minimumFrameLength)
        self.checksRoutedPayloads = checksRoutedPayloads
        self.spare = SpareBuffer(slots: checksRoutedPayloads ? 2 : 1)
    }

    /// Forgets the buffers kept for later large frames (arrays decoded over them keep theirs): when a burst is
    /// over, so that its memory can go back to the system.
    public mutating func releaseSpareBuffers() {
        spare = SpareBuffer(slots: checksRoutedPayloads ? 2 : 1)
    }

    /// Bytes received but not yet returned as a frame.
    public var bufferedByteCount: Int { buffer.count - readIndex + (streaming?.storage.count ?? 0) }

    /// Lets a reader receive the rest of a large frame straight into the frame's storage, with no copy from a receive
    /// buffer: while such a frame is incomplete, calls `receive` with the part of the storage still to fill and counts
    /// the bytes `receive` returns as arrived (zero or a negative count: none did). Returns `nil` without calling
    /// `receive` when no large frame is under way; the reader then receives into its own buffer and calls
    /// ``append(_:)``.
    /// - Parameter receive: writes a prefix of the space it is given and returns how many bytes it wrote (at most the
    ///   space's size), or the failed system call's result.
    /// - Returns: what `receive` returned, or `nil`.
    public mutating func receiveIntoFrame(_ receive: (UnsafeMutableRawBufferPointer) -> Int) -> Int? {
        guard failure == nil, var frame = streaming, frame.storage.count < frame.total else { return nil }
        // Taken out while the reader writes, so that the storage is not shared (which would copy it).
        streaming = nil
        let received = frame.receive(receive)
        streaming = frame
        return received
    }

    /// Adds received bytes.
    /// - Parameter bytes: the next bytes of the stream.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, !bytes.isEmpty else { return }
        var rest = bytes
        if streaming != nil {
            let taken = streaming?.feed(bytes) ?? 0
            rest = UnsafeRawBufferPointer(rebasing: bytes[taken...])
            if rest.isEmpty { return }
        }
        compactIfUseful()
        buffer.append(contentsOf: rest)
    }

    /// Adds received bytes.
    /// - Parameter bytes: the next bytes of the stream.
    public mutating func append<Bytes: Sequence<UInt8>>(contentsOf bytes: Bytes) {
        guard failure == nil else { return }
        if streaming != nil {
            Array(bytes).withUnsafeBytes { append($0) }
            return
        }
        compactIfUseful()
        buffer.append(contentsOf: bytes)
    }

    private mutating func compactIfUseful() {
        if readIndex > 0 && readIndex >= buffer.count / 2 {
            buffer.removeSubrange(0..<readIndex)
            readIndex = 0
        }
    }

    /// Returns the messages of the next complete frame, or `nil` if more bytes are needed.
    /// - Throws: ``WireError`` for an oversize, unsigned, malformed or unknown-kind frame; then
    ///   the decoder is finished.
    public mutating func nextFrame() throws(WireError) -> [Envelope]? {
        if let failure { throw failure }
        do {
            return try decodeNextFrame()
        } catch {
            failure = error
            buffer = []
            readIndex = 0
            streaming = nil
            throw error
        }
    }

    /// Checks that the stream ended cleanly, at a frame boundary.
    /// - Throws: ``WireError/truncated(missing:)`` if part of a frame is buffered, or the earlier error.
    public func finish() throws(WireError) {
        if let failure { throw failure }
        if let streaming { throw WireError.truncated(missing: streaming.total - streaming.storage.count) }
        let available = bufferedByteCount
        guard available > 0 else { return }
        guard available >= 4 else { throw WireError.truncated(missing: 4 - available) }
        throw WireError.truncated(missing: 4 + frameLength(at: readIndex) - available)
    }

    private func frameLength(at index: Int) -> Int {
        buffer.withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: index, as: UInt32.self))) }
    }

    private mutating func decodeNextFrame() throws(WireError) -> [Envelope]? {
        if let frame = streaming {
            guard frame.storage.count == frame.total else { return nil }
            streaming = nil
            spare.keep(frame.storage)
            let (envelopes, descriptors) = try verifiedMessages(frame.storage, sequence: frame.sequence)
            lastFrame = (frame.sequence, descriptors)
            return envelopes
        }
        let available = buffer.count - readIndex
        guard available >= 4 else { return nil }
        let length = frameLength(at: readIndex)
        guard length <= maximumFrameSize else { throw WireError.oversize(length: length, maximum: maximumFrameSize) }
        guard length >= Self.minimumFrameLength else {
            throw WireError.malformedFrame("frame length \(length) is below the minimum of \(Self.minimumFrameLength)")
        }
        let total = 4 + length
        guard available >= total else {
            if total >= Self.streamingThreshold { startStreaming(total: total) }
            return nil
        }
        let frame: [UInt8]
        if readIndex == 0 && buffer.count == total {
            frame = buffer
            buffer = []
        } else {
            frame = Array(buffer[readIndex..<readIndex + total])
            readIndex += total
            if readIndex == buffer.count {
                buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
                readIndex = 0
            }
        }
        let sequence = self.sequence
        self.sequence &+= 1
        let (envelopes, descriptors) = try verifiedMessages(frame, sequence: sequence)
        lastFrame = (sequence, descriptors)
        return envelopes
    }

    /// Reads the segment table at the start of a segmented payload field (`frame[start..<end]`), checking that the
    /// entries are in order, inside the payload bytes that follow, and refer to at most
    /// ``FrameEncoder/maximumDescriptorsPerFrame`` descriptors.
    /// - Returns: the entries (without their memory yet) and where the payload bytes start.
    private static func segmentTable(_ frame: [UInt8], from start: Int, to end: Int) throws(WireError)
        -> ([PayloadSegment], Int)
    {
        guard end - start >= 4 else { throw WireError.malformedFrame("a segmented payload without its table") }
        let count = frame.withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: start, as: UInt32.self))) }
        guard count > 0, count <= (end - start - 4) / PayloadSegment.wireSize else {
            throw WireError.malformedFrame("segment table of \(count) entries does not fit its message")
        }
        let bytesStart = start + 4 + count * PayloadSegment.wireSize
        var segments: [PayloadSegment] = []
        segments.reserveCapacity(count)
        var previous = 0
        for index in 0..<count {
            let entry = start + 4 + index * PayloadSegment.wireSize
            let (position, descriptor, offset, length) = frame.withUnsafeBytes { raw in
                (
                    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: entry, as: UInt64.self)),
                    UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: entry + 8, as: UInt32.self)),
                    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: entry + 16, as: UInt64.self)),
                    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: entry + 24, as: UInt64.self))
                )
            }
            guard position >= UInt64(previous), position <= UInt64(end - bytesStart),
                descriptor < UInt32(FrameEncoder.maximumDescriptorsPerFrame), length > 0, length <= UInt64(Int.max / 2),
                offset <= UInt64(Int.max / 2)
            else { throw WireError.malformedFrame("segment entry \(index) is out of order or out of range") }
            previous = Int(position)
            segments.append(
                PayloadSegment(
                    position: Int(position), descriptorIndex: Int(descriptor), offset: Int(offset), length: Int(length)))
        }
        return (segments, bytesStart)
    }

    /// Checks the MAC of a whole frame, then parses its messages (checking payload digests); also returns how many
    /// descriptors their segments refer to.
    private func verifiedMessages(_ frame: [UInt8], sequence: UInt64) throws(WireError) -> ([Envelope], Int) {
        let signedEnd = frame.count - FrameAuthenticator.macSize
        guard Self.isAuthentic(frame, signedEnd: signedEnd, sequence: sequence, authenticator: authenticator) else {
            throw WireError.badMAC
        }
        return try Self.parseMessages(
            frame, end: signedEnd, checksRoutedPayloads: checksRoutedPayloads, payloadKey: payloadKey)
    }

    /// Whether the frame's MAC matches its signed bytes: all of `frame[..<signedEnd]` except the payload bytes of
    /// messages flagged with a slot (``Header/Flags/taggedPayload``, ``Header/Flags/digestedPayload``), whose
    /// slots it covers. The messages' layout is read
    /// here before it is authenticated, so a malformed layout just ends the skipping: the rest is hashed whole,
    /// and ``parseMessages(_:end:checksRoutedPayloads:payloadKey:)`` rejects it after the MAC.
    private static func isAuthentic(
        _ frame: [UInt8], signedEnd: Int, sequence: UInt64, authenticator: FrameAuthenticator
    ) -> Bool {
        frame.withUnsafeBytes { raw in
            var running = authenticator.begin(sequence: sequence)
            var hashed = 0
            var offset = 4
            while signedEnd - offset >= Envelope.headerSize {
                let length = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                let messageEnd = offset + 4 + length
                guard length >= Envelope.headerSize - 4, messageEnd <= signedEnd else { break }
                if !Header.Flags(rawValue: raw[offset + 5]).isDisjoint(with: .slotted) {
                    let extensionLength = Int(
                        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt32.self)))
                    let bytesStart = offset + Envelope.headerSize + extensionLength
                    let digestStart = messageEnd - PayloadDigest.size
                    guard bytesStart <= digestStart else { break }
                    running.update(UnsafeRawBufferPointer(rebasing: raw[hashed..<bytesStart]))
                    hashed = digestStart
                }
                offset = messageEnd
            }
            running.update(UnsafeRawBufferPointer(rebasing: raw[hashed..<signedEnd]))
            return running.matches(UnsafeRawBufferPointer(rebasing: raw[signedEnd...]))
        }
    }

    /// Moves the start of a large, incomplete frame into its own storage.
    private mutating func startStreaming(total: Int) {
        var frame = StreamingFrame(storage: spare.take(capacity: total), total: total, sequence: sequence)
        sequence &+= 1
        buffer.withUnsafeBytes { raw in _ = frame.feed(UnsafeRawBufferPointer(rebasing: raw[readIndex...])) }
        buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
        readIndex = 0
        streaming = frame
    }

    /// Parses the messages of an authenticated frame, which occupy `frame[4..<end]`, checking the tags and digests
    /// of slotted payloads (of task payloads only when `checksRoutedPayloads`).
    private static func parseMessages(
        _ frame: [UInt8], end: Int, checksRoutedPayloads: Bool, payloadKey: PayloadKey
    ) throws(WireError) -> ([Envelope], Int) {
        var envelopes: [Envelope] = []
        var descriptorCount = 0
        var offset = 4
        while offset < end {
            guard end - offset >= Envelope.headerSize else {
                throw WireError.malformedFrame("\(end - offset) stray bytes after the last message")
            }
            let fields = frame.withUnsafeBytes { raw in
                (
                    length: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)),
                    kind: raw[offset + 4],
                    flags: raw[offset + 5],
                    engine: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)),
                    client: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)),
                    task: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)),
                    extensionLength: UInt32(
                        littleEndian: raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt32.self))
                )
            }
            let messageEnd = offset + 4 + Int(fields.length)
            guard Int(fields.length) >= Envelope.headerSize - 4, messageEnd <= end else {
                throw WireError.malformedFrame("message length \(fields.length) does not fit in the frame")
            }
            guard let kind = MessageKind(rawValue: fields.kind) else { throw WireError.unknownKind(fields.kind) }
            let extensionStart = offset + Envelope.headerSize
            let payloadStart = extensionStart + Int(fields.extensionLength)
            guard Int(fields.extensionLength) <= messageEnd - extensionStart else {
                throw WireError.malformedFrame("extension length \(fields.extensionLength) exceeds its message")
            }
            var flags = Header.Flags(rawValue: fields.flags)
            let payload: Payload
            if flags.contains(.sharesPayload) {
                guard payloadStart == messageEnd, flags.isDisjoint(with: .slotted), !flags.contains(.segmentedPayload),
                    let previous = envelopes.last
                else {
                    throw WireError.malformedFrame("a shared payload needs a previous message and no bytes of its own")
                }
                flags.remove(.sharesPayload)
                payload = checksRoutedPayloads ? previous.payload.separateCopy() : previous.payload
            } else if !flags.isDisjoint(with: .slotted) {
                let digestStart = messageEnd - PayloadDigest.size
                guard payloadStart <= digestStart, !flags.isSuperset(of: .slotted), !flags.contains(.segmentedPayload)
                else {
                    throw WireError.malformedFrame("a slotted payload is shorter than its slot, or has two slots")
                }
                let digest = PayloadDigest(
                    bytes: frame[digestStart..<messageEnd], kind: flags.contains(.taggedPayload) ? .tag : .sha256)
                flags.subtract(.slotted)
                let bytes = frame[payloadStart..<digestStart]
                if checksRoutedPayloads || !kind.carriesRoutedPayload {
                    guard digest.matches(bytes, key: payloadKey) else { throw WireError.badMAC }
                }
                payload = Payload(bytes, digest: digest)
            } else if flags.contains(.segmentedPayload) {
                flags.remove(.segmentedPayload)
                let (segments, bytesStart) = try segmentTable(frame, from: payloadStart, to: messageEnd)
                for segment in segments { descriptorCount = max(descriptorCount, segment.descriptorIndex + 1) }
                payload = Payload(frame[bytesStart..<messageEnd], segments: segments)
            } else {
                payload = Payload(frame[payloadStart..<messageEnd])
            }
            let header = Header(
                kind: kind,
                flags: flags,
                engine: fields.engine == EngineID.wireNone ? nil : EngineID(rawValue: fields.engine),
                client: fields.client == 0 ? nil : ClientID(rawValue: fields.client),
                task: fields.task == 0 ? nil : TaskID(rawValue: fields.task)
            )
            var taskHeader: TaskHeader?
            var times: TaskTimes?
            switch kind.extensionKind {
            case .none:
                guard fields.extensionLength == 0 else {
                    throw WireError.malformedFrame(
                        "\(kind) carries an unexpected \(fields.extensionLength)-byte extension")
                }
            case .taskHeader:
                let decoded = frame.withUnsafeBytes { raw in
                    Result { () throws(WireError) in
                        try TaskHeader.decode(UnsafeRawBufferPointer(rebasing: raw[extensionStart..<payloadStart]))
                    }
                }
                taskHeader = try decoded.get()
            case .taskTimes:
                guard fields.extensionLength == UInt32(TaskTimes.wireSize) else {
                    throw WireError.malformedFrame("taskReply times need 16 bytes, not \(fields.extensionLength)")
                }
                times = frame.withUnsafeBytes { raw in
                    TaskTimes(
                        started: Timestamp(
                            rawValue: Int64(
                                littleEndian: raw.loadUnaligned(fromByteOffset: extensionStart, as: Int64.self))),
                        completed: Timestamp(
                            rawValue: Int64(
                                littleEndian: raw.loadUnaligned(fromByteOffset: extensionStart + 8, as: Int64.self)))
                    )
                }
            }
            envelopes.append(
                Envelope(header, taskHeader: taskHeader, times: times, payload: payload)
            )
            offset = messageEnd
        }
        return (envelopes, descriptorCount)
    }
}
