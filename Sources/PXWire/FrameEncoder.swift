/// Packs messages into signed frames: every message appended between two writes goes into
/// one frame (or several, if they exceed the maximum frame size).
///
/// Usage: `append` each outgoing envelope, then at write time call ``withPendingBytes(_:)``
/// (or ``takePendingBytes()``) once and write the bytes. Frames are numbered per encoder, so
/// one encoder serves exactly one direction of one connection.
public struct FrameEncoder: Sendable {
    /// The largest frame (the length field's value) this encoder produces.
    public let maximumFrameSize: Int

    private let authenticator: FrameAuthenticator
    private var writer = ByteWriter()
    /// Where the open (unsealed) frame starts in `writer.bytes`, or `nil` when none is open.
    private var openFrameStart: Int?
    private var sequence: UInt64 = 0
    /// Messages appended since the last take.
    public private(set) var pendingMessageCount = 0

    /// Buffers above this capacity are released after a write instead of being reused.
    private static let retainedCapacity = 1 << 20

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

    private mutating func sealOpenFrame() {
        guard let start = openFrameStart else { return }
        openFrameStart = nil
        let length = UInt32(writer.bytes.count - start - 4 + FrameAuthenticator.macSize)
        withUnsafeBytes(of: length.littleEndian) { lengthBytes in
            for index in 0..<4 { writer.bytes[start + index] = lengthBytes[index] }
        }
        let sequence = self.sequence
        self.sequence &+= 1
        let authenticator = self.authenticator
        let mac = writer.bytes.withUnsafeBytes { all in
            authenticator.withMAC(sequence: sequence, frame: UnsafeRawBufferPointer(rebasing: all[start...])) {
                Array($0)
            }
        }
        writer.write(contentsOf: mac)
    }

    /// Seals the open frame and passes every pending byte (one or more whole frames) to `body`,
    /// then empties the encoder. Does nothing and returns `nil` when no message is pending.
    /// - Parameter body: writes the bytes out; it must not keep the pointer.
    /// - Returns: what `body` returns, or `nil` if nothing was pending.
    public mutating func withPendingBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R? {
        guard pendingMessageCount > 0 else { return nil }
        sealOpenFrame()
        defer { reset() }
        return try writer.bytes.withUnsafeBytes(body)
    }

    /// Seals the open frame and returns every pending byte, emptying the encoder.
    /// - Returns: one or more whole frames, or an empty array when no message is pending.
    public mutating func takePendingBytes() -> [UInt8] {
        guard pendingMessageCount > 0 else { return [] }
        sealOpenFrame()
        let bytes = writer.bytes
        writer = ByteWriter()
        pendingMessageCount = 0
        return bytes
    }

    private mutating func reset() {
        pendingMessageCount = 0
        if writer.bytes.capacity > Self.retainedCapacity {
            writer = ByteWriter()
        } else {
            writer.bytes.removeAll(keepingCapacity: true)
        }
    }
}
