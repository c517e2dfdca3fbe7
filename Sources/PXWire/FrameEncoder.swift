/// Packs messages into signed frames: every message appended between two writes goes into
/// one frame (or several, if they exceed the maximum frame size).
///
/// Usage: `append` each outgoing envelope, then at write time take everything pending with
/// ``takeEncodedFrames()`` and write it with ``EncodedFrames/write(chunkSize:_:)``, which signs
/// as it goes (``takePendingBytes()`` returns it all as one array). Frames are numbered per
/// encoder, so one encoder serves exactly one direction of one connection.
///
/// Payloads of ``attachmentThreshold`` bytes or more are not copied: the frames refer to their storage and
/// hand them out from there when written. When the receiver speaks protocol 1.2 (``sharesPayloads``), a
/// message whose large payload is the very same storage as the previous message's in the frame (one request
/// sent to several engines) carries the flag ``Header/Flags/sharesPayload`` instead of the bytes. When it speaks
/// 1.4 (``tagsPayloads``), such a payload travels followed by its AES-GMAC tag under the cluster's payload key
/// with the flag ``Header/Flags/taggedPayload``; towards a 1.3 peer (``digestsPayloads``) by its SHA-256 digest
/// with the flag ``Header/Flags/digestedPayload``. Either way the MAC covers the 32-byte slot, not the bytes,
/// so a payload the controller forwards is not hashed again (its receiver checks the slot). The tag is computed
/// when the message is appended; a digest while the payload is written out.
public struct FrameEncoder: Sendable {
    /// Payloads at least this large are referred to, not copied into the frame buffer.
    public static let attachmentThreshold = 1 << 16

    /// The largest frame (the length field's value) this encoder produces.
    public let maximumFrameSize: Int
    /// Whether consecutive messages may share one copy of a large payload (the receiver speaks 1.2 or later).
    public let sharesPayloads: Bool
    /// Whether large payloads travel with their digest, outside the MAC (the receiver speaks 1.3 or later).
    public let digestsPayloads: Bool
    /// Whether large payloads travel with their tag, outside the MAC (the receiver speaks 1.4 or later).
    public let tagsPayloads: Bool

    private let authenticator: FrameAuthenticator
    private let payloadKey: PayloadKey
    private var writer = ByteWriter()
    private var attachments: [EncodedFrames.Attachment] = []
    /// The open (unsealed) frame: where it starts in `writer.bytes`, its first attachment, and the bytes of
    /// its attachments; `nil` when none is open.
    private var openFrame: (start: Int, firstAttachment: Int, attachedBytes: Int)?
    /// Whether the last message of the open frame ended with an attachment (the last one), which the next
    /// message may share.
    private var lastMessageAttached = false
    private var attachedByteCount = 0
    private var sequence: UInt64 = 0
    /// Frames sealed (length written, MAC slot reserved) but not yet taken.
    private var sealed: [EncodedFrames.Frame] = []
    /// Messages appended since the last take.
    public private(set) var pendingMessageCount = 0

    /// Creates an encoder.
    /// - Parameters:
    ///   - key: the key of this direction (from the handshake).
    ///   - payloadKey: the key of payload tags. Default: one derived from `key` (understood by this connection's
    ///     other end only; ``SessionKeys/makeEncoder(maximumFrameSize:peerVersion:)`` passes the cluster's).
    ///   - maximumFrameSize: the largest frame to produce; must not exceed the receiver's limit.
    ///     Default: ``FrameDecoder/defaultMaximumFrameSize`` (1 GiB).
    ///   - sharesPayloads: whether the receiver understands ``Header/Flags/sharesPayload`` (protocol 1.2).
    ///     Default: `true`.
    ///   - digestsPayloads: whether the receiver understands ``Header/Flags/digestedPayload`` (protocol 1.3).
    ///     Default: `true`.
    ///   - tagsPayloads: whether the receiver understands ``Header/Flags/taggedPayload`` (protocol 1.4).
    ///     Default: `true`.
    public init(
        key: SessionKey, payloadKey: PayloadKey? = nil, maximumFrameSize: Int = FrameDecoder.defaultMaximumFrameSize,
        sharesPayloads: Bool = true, digestsPayloads: Bool = true, tagsPayloads: Bool = true
    ) {
        self.authenticator = FrameAuthenticator(key: key)
        self.payloadKey = payloadKey ?? PayloadKey(frameKey: key)
        self.tagsPayloads = tagsPayloads
        self.maximumFrameSize = min(max(maximumFrameSize, FrameDecoder.minimumFrameLength), Int(UInt32.max))
        self.sharesPayloads = sharesPayloads
        self.digestsPayloads = digestsPayloads
    }

    /// Bytes waiting to be written (frame overhead and attached payloads included).
    public var pendingByteCount: Int { writer.bytes.count + attachedByteCount }

    /// Whether nothing waits to be written.
    public var isEmpty: Bool { pendingMessageCount == 0 }

    /// Adds a message to the open frame, sealing that frame first if the message would not fit.
    /// - Parameter envelope: the message.
    /// - Throws: ``WireError/oversize(length:maximum:)`` if the message alone exceeds the maximum frame size;
    ///   ``WireError/badMAC`` if its payload arrived with a digest or tag it does not match and cannot travel
    ///   with it here (the receiver does not understand that kind). Nothing is appended then.
    public mutating func append(_ envelope: Envelope) throws(WireError) {
        let payloadCount = envelope.payload.count
        let attaches = payloadCount >= Self.attachmentThreshold
        // A forwarded payload keeps the slot it arrived with when the receiver understands it: no second pass.
        var slot = envelope.payload.digest
        if let carried = slot, !(attaches && understands(carried.kind)) {
            // A payload that arrived with a slot nobody checked yet is never re-authenticated unchecked.
            guard carried.matches(envelope.payload.bytes, key: payloadKey) else { throw WireError.badMAC }
            slot = nil
        }
        if attaches, slot == nil, tagsPayloads {
            slot = PayloadDigest(tagging: envelope.payload.bytes, key: payloadKey)
        }
        let digests = attaches && (slot != nil || digestsPayloads)
        let fullSize = envelope.wireSize + (digests ? PayloadDigest.size : 0)
        let sharedSize = envelope.wireSize - payloadCount
        let alone = 4 + fullSize + FrameAuthenticator.macSize  // the length field is not counted in L
        guard alone - 4 <= maximumFrameSize else {
            throw WireError.oversize(length: alone - 4, maximum: maximumFrameSize)
        }
        var shares = sharesPreviousPayload(envelope.payload)
        if let open = openFrame {
            let openLength = writer.bytes.count - open.start - 4 + open.attachedBytes
            if openLength + (shares ? sharedSize : fullSize) + FrameAuthenticator.macSize > maximumFrameSize {
                sealOpenFrame()
                shares = false
            }
        }
        if openFrame == nil {
            openFrame = (writer.bytes.count, attachments.count, 0)
            writer.write(UInt32(0))
        }
        let inlineSize = shares ? sharedSize : (attaches ? fullSize - payloadCount : fullSize)
        let needed = writer.bytes.count + inlineSize + FrameAuthenticator.macSize
        if writer.bytes.capacity < needed {
            // Grow geometrically: reserving exactly `needed` on every append would copy the buffer each time.
            writer.bytes.reserveCapacity(max(needed, writer.bytes.capacity * 2))
        }
        let header = envelope.header
        var flags = header.flags.subtracting(.framing)
        if shares {
            flags.insert(.sharesPayload)
        } else if digests {
            flags.insert(slot?.kind == .tag ? .taggedPayload : .digestedPayload)
        }
        writer.write(UInt32((shares ? sharedSize : fullSize) - 4))
        writer.write(header.kind.rawValue)
        writer.write(flags.rawValue)
        writer.write(UInt16(0))
        writer.write(header.engine?.rawValue ?? EngineID.wireNone)
        writer.write(header.client?.rawValue ?? 0)
        writer.write(header.task?.rawValue ?? 0)
        writer.write(UInt32(envelope.extensionSize))
        if let taskHeader = envelope.taskHeader {
            taskHeader.encode(into: &writer)
        } else if let times = envelope.times {
            writer.write(times.started.rawValue)
            writer.write(times.completed.rawValue)
        }
        if shares {
            // The previous message's payload (and digest) stand for this one.
        } else if attaches {
            var authentication = EncodedFrames.Attachment.Authentication.mac
            if digests {
                // A known slot (a tag, or a forwarded payload's) is written now; a digest is filled while the
                // payload is written out.
                authentication = slot == nil ? .computedDigest : .knownDigest
            }
            attachments.append(
                EncodedFrames.Attachment(
                    offset: writer.bytes.count, bytes: envelope.payload.bytes, authentication: authentication))
            if digests {
                writer.write(contentsOf: slot?.bytes ?? ArraySlice(repeating: 0, count: PayloadDigest.size))
            }
            openFrame?.attachedBytes += payloadCount
            attachedByteCount += payloadCount
        } else {
            writer.write(contentsOf: envelope.payload.bytes)
        }
        lastMessageAttached = attaches
        pendingMessageCount += 1
    }

    /// Whether the receiver understands a payload slot of this kind.
    private func understands(_ kind: PayloadDigest.Kind) -> Bool {
        switch kind {
        case .sha256: digestsPayloads
        case .tag: tagsPayloads
        }
    }

    /// Whether `payload` is the very storage of the previous message's attached payload in the open frame.
    private func sharesPreviousPayload(_ payload: Payload) -> Bool {
        guard sharesPayloads, lastMessageAttached, openFrame != nil, let previous = attachments.last?.bytes,
            previous.count == payload.count
        else { return false }
        let here = payload.bytes.withUnsafeBytes { $0.baseAddress }
        return here != nil && here == previous.withUnsafeBytes { $0.baseAddress }
    }

    /// Adds several messages (see ``append(_:)``).
    /// - Throws: ``WireError/oversize(length:maximum:)`` at the first message that alone is too big;
    ///   the ones before it stay appended.
    public mutating func append<Envelopes: Sequence<Envelope>>(contentsOf envelopes: Envelopes) throws(WireError) {
        for envelope in envelopes { try append(envelope) }
    }

    /// Closes the open frame: writes its length field and reserves its MAC slot (filled when written).
    private mutating func sealOpenFrame() {
        guard let open = openFrame else { return }
        openFrame = nil
        lastMessageAttached = false
        let length = UInt32(writer.bytes.count - open.start - 4 + open.attachedBytes + FrameAuthenticator.macSize)
        withUnsafeBytes(of: length.littleEndian) { lengthBytes in
            for index in 0..<4 { writer.bytes[open.start + index] = lengthBytes[index] }
        }
        sealed.append(
            EncodedFrames.Frame(
                start: open.start, macStart: writer.bytes.count, sequence: sequence,
                attachments: open.firstAttachment..<attachments.count))
        sequence &+= 1
        writer.write(contentsOf: repeatElement(UInt8(0), count: FrameAuthenticator.macSize))
    }

    /// Takes every pending message as whole frames, emptying the encoder.
    /// - Returns: the frames, or `nil` when no message is pending.
    public mutating func takeEncodedFrames() -> EncodedFrames? {
        guard pendingMessageCount > 0 else { return nil }
        sealOpenFrame()
        let frames = EncodedFrames(
            bytes: writer.bytes, frames: sealed, attachments: attachments, authenticator: authenticator)
        writer = ByteWriter()
        sealed.removeAll(keepingCapacity: true)
        attachments = []
        attachedByteCount = 0
        pendingMessageCount = 0
        return frames
    }

    /// Seals and signs the pending frames and passes all their bytes to `body` at once, then
    /// empties the encoder. Does nothing and returns `nil` when no message is pending.
    /// - Parameter body: writes the bytes out; it must not keep the pointer.
    /// - Returns: what `body` returns, or `nil` if nothing was pending.
    public mutating func withPendingBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R? {
        guard let frames = takeEncodedFrames() else { return nil }
        return try frames.signedBytes().withUnsafeBytes(body)
    }

    /// Seals and signs the pending frames and returns all their bytes, emptying the encoder.
    /// - Returns: one or more whole frames, or an empty array when no message is pending.
    public mutating func takePendingBytes() -> [UInt8] {
        guard let frames = takeEncodedFrames() else { return [] }
        return frames.signedBytes()
    }
}
