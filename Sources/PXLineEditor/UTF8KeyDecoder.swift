/// Turns bytes read from the terminal into Unicode scalars, one at a time.
///
/// Bytes arrive in arbitrary chunks, so a character may be split across two
/// reads: an incomplete sequence at the end waits for more bytes. Invalid
/// bytes are dropped, as libedit's own reader does.
struct UTF8KeyDecoder {
    private var bytes: [UInt8] = []
    private var start = 0

    /// Whether no bytes wait to be decoded.
    var isEmpty: Bool {
        start == bytes.count
    }

    /// Adds bytes read from the terminal.
    mutating func append<Bytes: Sequence>(_ newBytes: Bytes) where Bytes.Element == UInt8 {
        if start == bytes.count {
            bytes.removeAll(keepingCapacity: true)
            start = 0
        }
        bytes.append(contentsOf: newBytes)
    }

    /// The next complete scalar, or `nil` if the buffered bytes hold none yet.
    mutating func next() -> Unicode.Scalar? {
        while start < bytes.count {
            let lead = bytes[start]
            let length: Int
            let minimum: UInt32
            var value: UInt32
            switch lead {
            case 0x00...0x7F:
                start += 1
                return Unicode.Scalar(lead)
            case 0xC2...0xDF:
                (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
            case 0xE0...0xEF:
                (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
            case 0xF0...0xF4:
                (length, minimum, value) = (4, 0x1_0000, UInt32(lead & 0x07))
            default:
                start += 1
                continue
            }
            var offset = 1
            while offset < length, start + offset < bytes.count, bytes[start + offset] & 0xC0 == 0x80 {
                value = value << 6 | UInt32(bytes[start + offset] & 0x3F)
                offset += 1
            }
            if offset < length {
                if start + offset == bytes.count {
                    return nil
                }
                start += offset
                continue
            }
            start += length
            if value >= minimum, let scalar = Unicode.Scalar(value) {
                return scalar
            }
        }
        return nil
    }
}
