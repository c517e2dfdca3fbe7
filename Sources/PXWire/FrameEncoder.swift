/// Packs messages into signed frames: every message appended between two writes goes into
/// one frame (or several, if they exceed the maximum frame size).
///
/// Usage: `append` each outgoing envelope, then at write time take everything pending with
/// ``takeEncodedFrames()`` and write it with ``EncodedFrames/write(chunkSize:_:)``, which signs
/// as it goes (``takePendingBytes()`` returns it all as one array). Frames are numbered per
/// encoder, so one encoder serves exactly one direction of one connection.
public struct FrameEncoder: Sendable {
    /// The largest frame (the length field's value) this encoder produces.
    public let maximumFrameSize: Int

    private let authenticator: FrameAuthenticator
    private var writer = ByteWriter()
    /// Where the open (unsealed) frame starts in `writer.bytes`, or `nil` when none is open.
    private var openFrameStart: Int?
    private var sequence: UInt64 = 0
    /// Frames sealed (length written, MAC slot reserved) but not yet taken.
    private var sealed: [EncodedFrames.Frame] = []
    /// Messages appended since the last take.
    public private(set) var pendingMessageCount = 0

    /// Creates an encoder.
    /// - Parameters:
    ///   - key: the key of this direction (from the handshake).
    ///   - maximumFrameSize: the largest frame to produce; must not exceed the receiver's limit.
    ///     Default: ``FrameDecoder/defaultMaximumFrameSize`` (1 GiB).
    public init(key: SessionKey, maximumFrameSize: Int = FrameDecoder.defaultMaximumFrameSize) {
        self.authenticator = FrameAuthenticator(key: key)
        self.maximumFrameSize = min(max(maximumFrameSize, FrameDecoder.minimumFrameLength), Int(UInt32.max))
    }

    /// Bytes waiting to be written (frame overhead included).
    public var pendingByteCount: Int { writer.bytes.count }

    /// Whether nothing waits to be written.
    public var isEmpty: Bool { pendingMessageCount == 0 }

    /// Adds a message to the open frame, sealing that frame first if the message would not fit.
    /// - Parameter envelope: the message.
    /// - Throws: ``WireError/oversize(length:maximum:)`` if the message alone exceeds the maximum frame size;
    ///   nothing is appended then.
    public mutating func append(_ envelope: Envelope) throws(WireError) {
        let size = envelope.wireSize
        let alone = 4 + size + FrameAuthenticator.macSize  // the length field is not counted in L
        guard alone - 4 <= maximumFrameSize else {
            throw WireError.oversize(length: alone - 4, maximum: maximumFrameSize)
        }
        if let start = openFrameStart,
            writer.bytes.count - start - 4 + size + FrameAuthenticator.macSize > maximumFrameSize
        {
            sealOpenFrame()
        }
        if openFrameStart == nil {
            openFrameStart = writer.bytes.count
            writer.write(UInt32(0))
        }
        let needed = writer.bytes.count + size + FrameAuthenticator.macSize
        if writer.bytes.capacity < needed {
            // Grow geometrically: reserving exactly `needed` on every append would copy the buffer each time.
            writer.bytes.reserveCapacity(max(needed, writer.bytes.capacity * 2))
        }
        let header = envelope.header
        writer.write(UInt32(size - 4))
        writer.write(header.kind.rawValue)
        writer.write(header.flags.rawValue)
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
        writer.write(contentsOf: envelope.payload.bytes)
        pendingMessageCount += 1
    }

    /// Adds several messages (see ``append(_:)``).
    /// - Throws: ``WireError/oversize(length:maximum:)`` at the first message that alone is too big;
    ///   the ones before it stay appended.
    public mutating func append<Envelopes: Sequence<Envelope>>(contentsOf envelopes: Envelopes) throws(WireError) {
        for envelope in envelopes { try append(envelope) }
    }

    /// Closes the open frame: writes its length field and reserves its MAC slot (filled when written).
    private mutating func sealOpenFrame() {
        guard let start = openFrameStart else { return }
        openFrameStart = nil
        let length = UInt32(writer.bytes.count - start - 4 + FrameAuthenticator.macSize)
        withUnsafeBytes(of: length.littleEndian) { lengthBytes in
            for index in 0..<4 { writer.bytes[start + index] = lengthBytes[index] }
        }
        sealed.append(EncodedFrames.Frame(start: start, macStart: writer.bytes.count, sequence: sequence))
        sequence &+= 1
        writer.write(contentsOf: repeatElement(UInt8(0), count: FrameAuthenticator.macSize))
    }

    /// Takes every pending message as whole frames, emptying the encoder.
    /// - Returns: the frames, or `nil` when no message is pending.
    public mutating func takeEncodedFrames() -> EncodedFrames? {
        guard pendingMessageCount > 0 else { return nil }
        sealOpenFrame()
        let frames = EncodedFrames(bytes: writer.bytes, frames: sealed, authenticator: authenticator)
        writer = ByteWriter()
        sealed.removeAll(keepingCapacity: true)
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
