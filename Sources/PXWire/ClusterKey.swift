/// The per-cluster secret: every peer proves it holds it in the handshake, and frames are
/// signed with keys derived from it. It never crosses the network.
public struct ClusterKey: Hashable, Sendable, CustomStringConvertible {
    /// The key bytes.
    public let bytes: [UInt8]

    /// The size of generated keys: 32 bytes.
    public static let generatedSize = 32
    /// The smallest key accepted: 16 bytes.
    public static let minimumSize = 16

    /// Creates a key from bytes.
    /// - Parameter bytes: at least ``minimumSize`` bytes.
    /// - Returns: `nil` if the key is too short.
    public init?(bytes: [UInt8]) {
        guard bytes.count >= Self.minimumSize else { return nil }
        self.bytes = bytes
    }

    /// Parses a key written as hexadecimal digits (as in connection files).
    /// - Parameter hex: an even number of hex digits, at least 32.
    /// - Returns: `nil` if the text is not such a key.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.init(bytes: bytes)
    }

    /// A new random key of ``generatedSize`` bytes from the system's secure generator.
    public static func random() -> ClusterKey {
        var generator = SystemRandomNumberGenerator()
        return ClusterKey(
            unchecked: (0..<generatedSize).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    private init(unchecked bytes: [UInt8]) {
        self.bytes = bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The key as lowercase hexadecimal digits.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Never shows the key: `ClusterKey(32 bytes)`.
    public var description: String { "ClusterKey(\(bytes.count) bytes)" }
}
