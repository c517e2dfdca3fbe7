/// A run of a payload's content that lives in shared memory (protocol 1.5): `length` bytes of `memory` from
/// `offset`, which belong just before byte `position` of the payload's own bytes.
///
/// A sender that talks to the controller over a Unix socket puts large array buffers into a sealed segment
/// (``SegmentWriter``) instead of the payload bytes; the segment's descriptor travels with `SCM_RIGHTS`, and the
/// frame carries this entry (covered by its MAC). Towards a peer that cannot receive descriptors, the encoder splices
/// the bytes back in (``Payload/flattened()``), which gives exactly the payload of the byte path.
public struct PayloadSegment: Hashable, Sendable {
    /// Where the run belongs: before this byte of the payload's bytes.
    public var position: Int
    /// The memory, or `nil` in a decoded frame until the link attaches the descriptors that arrived with it.
    public internal(set) var memory: SharedMemory?
    /// The first byte of the run in the memory.
    public var offset: Int
    /// The run's length in bytes (at least 1).
    public var length: Int
    /// The index of the memory among the frame's descriptors (set by the decoder).
    var descriptorIndex: Int

    /// Creates a segment entry.
    /// - Parameters:
    ///   - position: the byte of the payload before which the run belongs.
    ///   - memory: the sealed segment.
    ///   - offset: where the run starts in it.
    ///   - length: the run's length.
    public init(position: Int, memory: SharedMemory, offset: Int, length: Int) {
        self.position = position
        self.memory = memory
        self.offset = offset
        self.length = length
        self.descriptorIndex = 0
    }

    init(position: Int, descriptorIndex: Int, offset: Int, length: Int) {
        self.position = position
        self.memory = nil
        self.offset = offset
        self.length = length
        self.descriptorIndex = descriptorIndex
    }

    /// The size of an entry on the wire: position u64, descriptor index u32, reserved u32, offset u64, length u64.
    static let wireSize = 32

    /// Equal when the memory, range and position are.
    public static func == (lhs: PayloadSegment, rhs: PayloadSegment) -> Bool {
        lhs.position == rhs.position && lhs.offset == rhs.offset && lhs.length == rhs.length
            && lhs.memory === rhs.memory && (lhs.memory != nil || lhs.descriptorIndex == rhs.descriptorIndex)
    }

    /// Hashes the range.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(position)
        hasher.combine(offset)
        hasher.combine(length)
    }
}

extension Payload {
    /// The payload with every segment's bytes spliced into its bytes: what travels on the byte path.
    /// - Throws: ``WireError/sharedMemory(_:)`` when a segment cannot be read.
    public func flattened() throws(WireError) -> Payload {
        guard !segments.isEmpty else { return self }
        var whole: [UInt8] = []
        whole.reserveCapacity(bytes.count + segments.reduce(0) { $0 + $1.length })
        var consumed = bytes.startIndex
        for segment in segments {
            guard let memory = segment.memory else { throw WireError.sharedMemory("a segment without its descriptor") }
            whole.append(contentsOf: bytes[consumed..<bytes.startIndex + segment.position])
            consumed = bytes.startIndex + segment.position
            let start = whole.count
            whole.append(contentsOf: repeatElement(0, count: segment.length))
            let result = whole.withUnsafeMutableBytes { raw in
                Result { () throws(WireError) in
                    try memory.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[start...]), from: segment.offset)
                }
            }
            try result.get()
        }
        whole.append(contentsOf: bytes[consumed...])
        return Payload(whole)
    }

    /// Attaches the descriptors that arrived with a frame to the segments of its payload.
    /// - Parameter memories: the frame's descriptors, in order.
    /// - Throws: ``WireError/sharedMemory(_:)`` when an entry names a missing descriptor or a range outside it.
    mutating func attach(_ memories: [SharedMemory]) throws(WireError) {
        for index in segments.indices {
            let segment = segments[index]
            guard segment.descriptorIndex < memories.count else {
                throw WireError.sharedMemory("a segment refers to descriptor \(segment.descriptorIndex) of \(memories.count)")
            }
            let memory = memories[segment.descriptorIndex]
            guard segment.offset <= memory.byteCount, segment.length <= memory.byteCount - segment.offset else {
                throw WireError.sharedMemory(
                    "the range \(segment.offset)+\(segment.length) is outside a segment of \(memory.byteCount) bytes")
            }
            segments[index].memory = memory
        }
    }
}

extension Envelope {
    /// Attaches the descriptors that arrived with a frame to its messages' segments (see ``FrameDecoder/lastFrame``).
    /// - Parameters:
    ///   - memories: the frame's descriptors, in order.
    ///   - envelopes: the frame's messages.
    /// - Throws: ``WireError/sharedMemory(_:)`` when a segment names a missing descriptor or a range outside it.
    public static func attach(_ memories: [SharedMemory], to envelopes: inout [Envelope]) throws(WireError) {
        for index in envelopes.indices where !envelopes[index].payload.segments.isEmpty {
            try envelopes[index].payload.attach(memories)
        }
    }
}
