import PXWire

extension ByteWriter {
    /// An unsigned LEB128 varint.
    mutating func writeVarint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            write(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        write(UInt8(v))
    }

    /// An unsigned LEB128 varint stretched to `length` bytes (1 to 10; at least its shortest length) with zero
    /// groups: every reader takes it as the same value. Used to align what follows.
    mutating func writeVarint(_ value: UInt64, length: Int) {
        var v = value
        for _ in 1..<max(length, 1) {
            write(UInt8(truncatingIfNeeded: v) & 0x7F | 0x80)
            v >>= 7
        }
        writeVarint(v)
    }

    /// The number of bytes of `value`'s shortest varint.
    static func varintLength(_ value: UInt64) -> Int {
        max(1, (64 - value.leadingZeroBitCount + 6) / 7)
    }

    /// A signed integer as a zigzag varint.
    mutating func writeSigned(_ value: Int) {
        writeVarint(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
    }

    /// A count or small non-negative number.
    mutating func writeCount(_ value: Int) { writeVarint(UInt64(max(value, 0))) }

    /// A double as its 8 IEEE bytes.
    mutating func writeDouble(_ value: Double) { write(value.bitPattern) }

    /// A string as a varint length and UTF-8 bytes.
    mutating func writeText(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            writeCount(bytes.count)
            write(contentsOf: bytes)
        }
    }
}

extension ByteReader {
    mutating func readVarint() throws(CodecError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte: UInt8
            do { byte = try readUInt8() } catch { throw CodecError.wrap(error) }
            if shift > 63 { throw CodecError.malformed("varint too long") }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    mutating func readSigned() throws(CodecError) -> Int {
        let raw = try readVarint()
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    /// A count, checked against the bytes left (each item takes at least `minimumItemSize` bytes).
    mutating func readCount(minimumItemSize: Int = 1) throws(CodecError) -> Int {
        let raw = try readVarint()
        guard raw <= UInt64(Int32.max), Int(raw) * max(minimumItemSize, 0) <= remaining else {
            throw CodecError.malformed("count \(raw) exceeds the data")
        }
        return Int(raw)
    }

    mutating func readDouble() throws(CodecError) -> Double {
        do { return Double(bitPattern: try readUInt64()) } catch { throw CodecError.wrap(error) }
    }

    mutating func readByte() throws(CodecError) -> UInt8 {
        do { return try readUInt8() } catch { throw CodecError.wrap(error) }
    }

    mutating func readText() throws(CodecError) -> String {
        let count = try readCount()
        do { return String(decoding: try readBytes(count: count), as: UTF8.self) } catch { throw CodecError.wrap(error) }
    }

    mutating func readRaw(_ count: Int) throws(CodecError) -> ArraySlice<UInt8> {
        do { return try readBytes(count: count) } catch { throw CodecError.wrap(error) }
    }
}
