/// Appends little-endian integers and length-prefixed strings to a byte array.
///
/// Used for the wire's fixed layouts and control bodies; values use their own encoding (PXCodec).
public struct ByteWriter: Sendable {
    /// The bytes written so far.
    public var bytes: [UInt8]
    /// Where large buffers go instead of `bytes` (protocol 1.5), when set.
    public var segmentWriter: SegmentWriter?
    /// The buffers placed in the segment writer's memory, with their positions in `bytes`.
    public private(set) var segments: [PayloadSegment] = []

    /// Creates a writer.
    /// - Parameter capacity: bytes to reserve up front. Default: 0.
    public init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Creates a writer that appends to `bytes` (e.g. an emptied buffer from ``SpareBuffer``, to reuse its memory).
    /// - Parameter bytes: the start of the output.
    public init(appendingTo bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// What was written: the bytes and the segments.
    public var payload: Payload { Payload(bytes[...], segments: segments) }

    /// Sends `buffer` as a memory segment when a ``segmentWriter`` is set and it is at least
    /// ``SegmentWriter/threshold`` bytes; otherwise (or when the segment cannot be written) does nothing.
    /// - Parameters:
    ///   - buffer: the bytes, inside `region`.
    ///   - region: the whole memory they belong to (see ``SegmentWriter/place(_:region:owner:)``).
    ///   - owner: the object that owns `region`.
    /// - Returns: whether the bytes went into the segment (else the caller writes them inline).
    public mutating func writeSegment(_ buffer: UnsafeRawBufferPointer, region: UnsafeRawBufferPointer, owner: AnyObject)
        -> Bool
    {
        guard let segmentWriter, buffer.count >= SegmentWriter.threshold,
            let placed = try? segmentWriter.place(buffer, region: region, owner: owner)
        else { return false }
        segments.append(
            PayloadSegment(position: bytes.count, memory: placed.memory, offset: placed.offset, length: buffer.count))
        return true
    }

    /// Passes on bytes that already lie in a received, sealed segment (an array over a ``SegmentMapping``) without
    /// copying them, when a ``segmentWriter`` is set (the link takes descriptors), they are at least
    /// ``SegmentWriter/threshold`` bytes and this process has not written to them (``SegmentMapping/unchangedSource(of:)``).
    /// - Parameters:
    ///   - buffer: the bytes, inside `mapping`.
    ///   - mapping: the mapped segment they lie in.
    /// - Returns: whether the bytes went out as that segment (else the caller writes them another way).
    public mutating func writeSegment(_ buffer: UnsafeRawBufferPointer, mappedFrom mapping: SegmentMapping) -> Bool {
        guard segmentWriter != nil, buffer.count >= SegmentWriter.threshold,
            let source = mapping.unchangedSource(of: buffer)
        else { return false }
        segments.append(
            PayloadSegment(position: bytes.count, memory: source.memory, offset: source.offset, length: buffer.count))
        return true
    }

    /// Sends `byteCount` bytes that `fill` writes (a strided array view's elements, gathered in order) as a memory
    /// segment when a ``segmentWriter`` is set and they are at least ``SegmentWriter/threshold`` bytes: `fill` then
    /// writes them straight into the segment. Otherwise (or when the segment cannot be made) does nothing.
    /// - Parameters:
    ///   - byteCount: the size of the bytes.
    ///   - owner: the object they come from, which identifies them among the segment's buffers.
    ///   - fill: writes exactly `byteCount` bytes at the (page-aligned) pointer it gets.
    /// - Returns: whether the bytes went into the segment (else the caller writes them inline).
    public mutating func writeSegment(byteCount: Int, owner: AnyObject, fill: (UnsafeMutableRawPointer) -> Void)
        -> Bool
    {
        guard let segmentWriter, byteCount >= SegmentWriter.threshold,
            let placed = try? segmentWriter.place(byteCount: byteCount, owner: owner, fill: fill)
        else { return false }
        segments.append(PayloadSegment(position: bytes.count, memory: placed.memory, offset: placed.offset, length: byteCount))
        return true
    }

    /// Appends `byteCount` bytes that `fill` writes in place (at a pointer with no particular alignment).
    /// - Parameters:
    ///   - byteCount: how many bytes.
    ///   - fill: writes exactly `byteCount` bytes at the pointer it gets.
    public mutating func write(byteCount: Int, fill: (UnsafeMutableRawPointer) -> Void) {
        guard byteCount > 0 else { return }
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: byteCount))
        bytes.withUnsafeMutableBytes { raw in
            if let base = raw.baseAddress { fill(base + start) }
        }
    }

    /// Appends one byte.
    public mutating func write(_ value: UInt8) {
        bytes.append(value)
    }

    /// Appends a 16-bit integer, little-endian.
    public mutating func write(_ value: UInt16) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a 32-bit integer, little-endian.
    public mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a 64-bit integer, little-endian.
    public mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a signed 32-bit integer, little-endian two's complement.
    public mutating func write(_ value: Int32) {
        write(UInt32(bitPattern: value))
    }

    /// Appends a signed 64-bit integer, little-endian two's complement.
    public mutating func write(_ value: Int64) {
        write(UInt64(bitPattern: value))
    }

    /// Appends raw bytes.
    public mutating func write<Bytes: Sequence<UInt8>>(contentsOf other: Bytes) {
        bytes.append(contentsOf: other)
    }

    /// Appends a string as a 16-bit UTF-8 length and the UTF-8 bytes; longer strings are cut
    /// at 65,535 bytes (at a character boundary).
    public mutating func write(string: String) {
        var utf8 = Substring(string).utf8
        if utf8.count > Int(UInt16.max) {
            var cut = String(decoding: utf8.prefix(Int(UInt16.max)), as: UTF8.self)
            while cut.utf8.count > Int(UInt16.max) { cut.removeLast() }
            utf8 = Substring(cut).utf8
        }
        write(UInt16(utf8.count))
        bytes.append(contentsOf: utf8)
    }
}
