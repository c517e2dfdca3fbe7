import PXLaunch

#if canImport(Glibc)
    import Glibc
#endif

/// The progress line of `swiftpx cluster start` on stderr: rewritten in place on a terminal, otherwise one
/// line each time the count changes.
final class ProgressLine {
    let isTerminal = isatty(2) != 0
    var lastCount = -1
    var isShowing = false

    /// A line of its own (clearing the progress line first).
    func notice(_ text: String) {
        clear()
        printError(text)
    }

    /// `waiting for engines: 2/3 registered (1.4 s)`.
    func update(registered: Int, expected: Int, elapsed: Duration) {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let tenths = Int((seconds * 10).rounded())
        let text = "waiting for engines: \(registered)/\(expected) registered (\(tenths / 10).\(tenths % 10) s)"
        if isTerminal {
            write("\r\u{1B}[K" + text)
            isShowing = true
        } else if registered != lastCount {
            printError(text)
        }
        lastCount = registered
    }

    /// Ends the progress line.
    func finish() {
        if isShowing { write("\n") }
        isShowing = false
    }

    private func clear() {
        if isShowing { write("\r\u{1B}[K") }
        isShowing = false
    }

    private func write(_ text: String) {
        var copy = text
        copy.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
