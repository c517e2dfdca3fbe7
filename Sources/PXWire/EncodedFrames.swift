/// One or more whole frames taken from a ``FrameEncoder``, ready to be written.
///
/// The MACs are computed while writing (``write(chunkSize:_:)``): a large frame is hashed and
/// handed out in chunks, so the receiver can take in the first chunk while the rest is still
/// being signed; small frames come out together as one chunk. Each MAC slot is filled just before
/// the chunk containing it is handed out.
public struct EncodedFrames: Sendable {
    /// A frame inside ``bytes``: where it starts, where its MAC slot starts, and its number.
    struct Frame: Sendable {
        var start: Int
        var macStart: Int
        var sequence: UInt64
    }

    private var bytes: [UInt8]
    private let frames: [Frame]
    private let authenticator: FrameAuthenticator

    init(bytes: [UInt8], frames: [Frame], authenticator: FrameAuthenticator) {
        self.bytes = bytes
        self.frames = frames
        self.authenticator = authenticator
    }

    /// The total size in bytes, MACs included.
    public var byteCount: Int { bytes.count }

    /// The number of frames.
    public var frameCount: Int { frames.count }

    /// Signs the frames and passes their bytes to `sink` in order, in chunks of about `chunkSize`
    /// bytes (consecutive small frames share a chunk).
    /// - Parameters:
    ///   - chunkSize: the largest chunk for big frames. Default: 1 MiB.
    ///   - sink: writes a chunk out; it must not keep the pointer.
    public mutating func write(chunkSize: Int = 1 << 20, _ sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        let step = max(chunkSize, 4_096)
        var emitted = 0
        for frame in frames {
            var running = authenticator.begin(sequence: frame.sequence)
            var position = frame.start
            while position < frame.macStart {
                let end = min(frame.macStart, position + step)
                bytes.withUnsafeBytes { running.update(UnsafeRawBufferPointer(rebasing: $0[position..<end])) }
                position = end
                if position - emitted >= step {
                    try bytes.withUnsafeBytes { try sink(UnsafeRawBufferPointer(rebasing: $0[emitted..<position])) }
                    emitted = position
                }
            }
            let macStart = frame.macStart
            running.finalize { mac in
                bytes.withUnsafeMutableBytes { $0[macStart..<macStart + mac.count].copyBytes(from: mac) }
            }
        }
        if emitted < bytes.count {
            try bytes.withUnsafeBytes { try sink(UnsafeRawBufferPointer(rebasing: $0[emitted...])) }
        }
    }

    /// Signs every frame in place and returns all the bytes in one array (no copy).
    public consuming func signedBytes() -> [UInt8] {
        for frame in frames {
            var running = authenticator.begin(sequence: frame.sequence)
            bytes.withUnsafeBytes { running.update(UnsafeRawBufferPointer(rebasing: $0[frame.start..<frame.macStart])) }
            running.finalize { mac in
                bytes.withUnsafeMutableBytes { $0[frame.macStart..<frame.macStart + mac.count].copyBytes(from: mac) }
            }
        }
        return bytes
    }
}
