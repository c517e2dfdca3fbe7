@preconcurrency import Glibc
import PXClient
import PXRuntime
import Synchronization

/// The live progress bar of blocking calls on a terminal, drawn on stderr in tqdm's form:
/// `map: 40%|████      | 40/100 [00:02<00:03, 19.8 items/s]`.
///
/// Sendable as checked by the compiler: engine output, printed on the socket reader thread, clears and redraws
/// the bar, so the drawing state is behind a mutex (and `showAfter` too, though only the shell thread uses it).
final class ProgressBar: ProgressDisplay, Sendable {
    private let delay: Mutex<Double>
    private let drawn = Mutex<String?>(nil)

    init(showAfter: Double) {
        delay = Mutex(showAfter)
    }

    /// Seconds a blocking call waits before the bar appears; negative: never (`--progress-after`).
    var showAfter: Double {
        get { delay.withLock { $0 } }
        set { delay.withLock { $0 = newValue } }
    }

    func update(done: Int, total: Int, elapsed: Double, label: String) {
        let text = ProgressBar.render(done: done, total: total, elapsed: elapsed, label: label,
                                      width: TerminalSize.columns())
        drawn.withLock { drawn in
            drawn = text
            ProgressBar.write("\r\u{1B}[K" + text)
        }
    }

    func finish() {
        drawn.withLock { drawn in
            if drawn != nil { ProgressBar.write("\r\u{1B}[K") }
            drawn = nil
        }
    }

    /// Runs `body` (which prints lines) with the bar taken off the screen, then draws it again below them.
    func withBarCleared(_ body: () -> Void) {
        drawn.withLock { drawn in
            if drawn != nil { ProgressBar.write("\r\u{1B}[K") }
            body()
            if let drawn { ProgressBar.write(drawn) }
        }
    }

    static func write(_ text: String) {
        ConsoleOutput.writeAll(2, Array(text.utf8))
    }

    /// The bar's text for `done` of `total` items after `elapsed` seconds, fitted to `width` columns.
    static func render(done: Int, total: Int, elapsed: Double, label: String, width: Int) -> String {
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let remaining = rate > 0 ? Double(total - done) / rate : nil
        let percent = String(Int((fraction * 100).rounded(.down)))
        let head = label + ": " + String(repeating: " ", count: max(0, 3 - percent.count)) + percent + "%|"
        let tail = "| \(done)/\(total) [\(clock(elapsed))<\(remaining.map(clock) ?? "?"), "
            + FloatFormatter.printf(rate >= 100 ? "%.0f" : "%.2f", rate) + " items/s]"
        let barWidth = max(10, min(40, width - head.count - tail.count - 1))
        let eighths = Int((fraction * Double(barWidth * 8)).rounded(.down))
        var bar = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0, bar.count < barWidth { bar.append(partialBlocks[eighths % 8]) }
        bar += String(repeating: " ", count: barWidth - bar.count)
        return head + bar + tail
    }

    static let partialBlocks: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// `mm:ss` (or `h:mm:ss`), as tqdm shows times.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.down))
        let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(two(m)):\(two(s))"
    }
}

/// The terminal's size.
enum TerminalSize {
    /// Columns of the terminal on stdout (or stderr); 80 when neither is a terminal.
    static func columns() -> Int {
        var size = winsize()
        for fd: Int32 in [1, 2] where ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
    }
}
