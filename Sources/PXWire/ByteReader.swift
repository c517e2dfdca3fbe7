/// Reads little-endian integers and length-prefixed strings from a payload, never past its end.
///
/// Every read throws ``WireError/malformedFrame(_:)`` instead of reading out of bounds.
public struct ByteReader: Sendable {
    private let bytes: ArraySlice<UInt8>
    private var position: Int
    /// The payload's memory segments (protocol 1.5), each taken by ``takeSegment(length:)`` at its position.
    private let segments: [PayloadSegment]
    private var nextSegment = 0

    /// Creates a reader at the start of `payload` (its bytes and segments).
    public init(_ payload: Payload) {
        bytes = payload.bytes
        position = payload.bytes.startIndex
        segments = payload.segments
    }

    /// Creates a reader at the start of `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes[...]
        position = 0
        segments = []
    }

    /// Creates a reader at the start of `bytes` (sharing their storage).
    public init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
        segments = []
    }

    /// How many bytes are left.
    public var remaining: Int { bytes.endIndex - position }

    private mutating func take(_ count: Int) throws(WireError) -> Range<Int> {
        guard count >= 0, count <= remaining else {
            throw WireError.malformedFrame("body ends early (needed \(count) bytes, \(remaining) left)")
        }
        defer { position += count }
        return position..<position + count
    }

    private mutating func readInteger<T: FixedWidthInteger & UnsignedInteger>(_: T.Type) throws(WireError) -> T {
        let range = try take(MemoryLayout<T>.size)
        var value: T = 0
        for (shift, index) in range.enumerated() {
            value |= T(bytes[index]) << (shift * 8)
        }
        return value
    }

    /// Reads one byte.
    public mutating func readUInt8() throws(WireError) -> UInt8 { try readInteger(UInt8.self) }
    /// Reads a little-endian 16-bit integer.
    public mutating func readUInt16() throws(WireError) -> UInt16 { try readInteger(UInt16.self) }
    /// Reads a little-endian 32-bit integer.
    public mutating func readUInt32() throws(WireError) -> UInt32 { try readInteger(UInt32.self) }
    /// Reads a little-endian 64-bit integer.
    public mutating func readUInt64() throws(WireError) -> UInt64 { try readInteger(UInt64.self) }
    /// Reads a little-endian signed 32-bit integer.
    public mutating func readInt32() throws(WireError) -> Int32 { Int32(bitPattern: try readUInt32()) }
    /// Reads a little-endian signed 64-bit integer.
    public mutating func readInt64() throws(WireError) -> Int64 { Int64(bitPattern: try readUInt64()) }

    /// Reads `count` raw bytes (sharing storage).
    public mutating func readBytes(count: Int) throws(WireError) -> ArraySlice<UInt8> {
        bytes[try take(count)]
    }

    /// Reads a 16-bit-length-prefixed UTF-8 string (invalid UTF-8 becomes U+FFFD).
    public mutating func readString() throws(WireError) -> String {
        let length = Int(try readUInt16())
        return String(decoding: bytes[try take(length)], as: UTF8.self)
    }

    /// Reads a count that will be followed by `count` items of at least `itemSize` bytes each,
    /// refusing counts the remaining bytes cannot hold (so a hostile count cannot allocate).
    public mutating func readCount(itemSize: Int) throws(WireError) -> Int {
        let count = Int(try readUInt32())
        guard count <= remaining / max(1, itemSize) else {
            throw WireError.malformedFrame("count \(count) exceeds the remaining \(remaining) bytes")
        }
        return count
    }

    /// The memory segment of `length` bytes that stands at the current position, if there is one (it is then
    /// consumed): a reader of a buffer asks for it before reading the bytes inline.
    public mutating func takeSegment(length: Int) -> PayloadSegment? {
        guard nextSegment < segments.count else { return nil }
        let segment = segments[nextSegment]
        guard segment.position == position - bytes.startIndex, segment.length == length, segment.memory != nil else {
            return nil
        }
        nextSegment += 1
        return segment
    }

    /// Throws unless every byte and segment was read.
    public func expectEnd() throws(WireError) {
        guard remaining == 0 else { throw WireError.malformedFrame("\(remaining) unexpected trailing bytes") }
        guard nextSegment == segments.count else {
            throw WireError.malformedFrame("\(segments.count - nextSegment) memory segments were not read")
        }
    }
}
