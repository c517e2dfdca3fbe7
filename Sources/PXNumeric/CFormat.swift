#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// C's `printf` formatting of one number, for the few texts numpy builds with it.
enum CFormat {
    /// `snprintf(format, x)` for a format with one floating-point conversion.
    static func double(_ format: String, _ x: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let written = withVaList([x]) { arguments in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, 512, format, arguments) }
        }
        guard written > 0 else { return "" }
        let bytes = buffer.prefix(Int(min(written, 511))).map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
