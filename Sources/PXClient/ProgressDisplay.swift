import PXRuntime
import PXTransport

/// Shows a live progress bar while a blocking call or `wait_interactive()` waits (the shell provides one on a
/// terminal; piped, there is none and nothing is shown).
public protocol ProgressDisplay: AnyObject {
    /// Draws the bar: items done of total, seconds since the start, and a label (the function name).
    func update(done: Int, total: Int, elapsed: Double, label: String)
    /// Clears the bar.
    func finish()
}

extension ClientObject {
    /// The `hostContext` key of the shell's progress display.
    public static let progressKey = "swiftpx.progress"

    /// `ar.wait_interactive()`: waits, redrawing the progress bar (counting items, not chunks) about ten times a
    /// second when the shell has a terminal.
    func waitInteractively(_ ar: AsyncResultObject, timeout: Double?) throws {
        let display = interpreter.hostContext[Self.progressKey] as? ProgressDisplay
        let start = MonotonicClock.nanoseconds()
        defer { display?.finish() }
        while true {
            let elapsed = Double(MonotonicClock.nanoseconds() - start) / 1e9
            display?.update(done: ar.progress, total: ar.length, elapsed: elapsed, label: ar.fname)
            let remaining = timeout.map { $0 - elapsed }
            if let remaining, remaining <= 0 { return }
            switch connection.wait(for: ar.records, timeout: .milliseconds(Int64(min(remaining ?? 0.1, 0.1) * 1000))) {
            case .done, .closed:
                display?.update(done: ar.progress, total: ar.length, elapsed: elapsed, label: ar.fname)
                return
            case .interrupted:
                throw RuntimeError(ExceptionObject(type: BuiltinTypes.keyboardInterrupt, args: []))
            case .timedOut:
                continue
            }
        }
    }
}
