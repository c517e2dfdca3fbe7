@preconcurrency import CEditLine
@preconcurrency import Glibc

/// Writes to standard output through the C `stdout` stream.
///
/// libedit writes its display through the same stream, and Swift's `print`
/// does too, so all output keeps one order. Every write is flushed.
enum StandardOutput {
    /// Writes `text` and flushes.
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                _ = fwrite(base, 1, bytes.count, px_stdout())
            }
        }
        fflush(px_stdout())
    }
}
