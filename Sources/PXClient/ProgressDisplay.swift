import PXRuntime
import PXSession
import PXTransport

/// Shows a live progress bar while a blocking call or `wait_interactive()` waits (the shell provides one on a
/// terminal; piped, there is none and nothing is shown).
public protocol ProgressDisplay: AnyObject {
    /// Seconds a blocking call waits before the bar appears; negative: never (`--progress-after`).
    var showAfter: Double { get }
    /// Draws the bar: items done of total, seconds since the start, and a label (the function name).
    func update(done: Int, total: Int, elapsed: Double, label: String)
    /// Clears the bar.
    func finish()
}

extension ClientObject {
    /// The shell's progress display, if it has one.
    var progressDisplay: ProgressDisplay? { ParallelContext.of(interpreter).progressDisplay }

    /// `ar.wait_interactive()`: waits, showing the bar at once.
    func waitInteractively(_ ar: AsyncResultObject, timeout: Double?) throws {
        // A negative timeout (ipyparallel's default, -1) waits as long as it takes.
        _ = try wait(for: ar, timeout: timeout.flatMap { $0 < 0 ? nil : $0 }, barAfter: 0)
    }

    /// Waits for every task of `ar`, redrawing the progress bar (counting items, not chunks) about ten times a
    /// second once `barAfter` seconds have passed, when the shell has a display.
    /// - Returns: false on timeout.
    /// - Throws: `KeyboardInterrupt` when Ctrl-C stops the wait (the tasks go on).
    func wait(for ar: AsyncResultObject, timeout: Double?, barAfter: Double) throws -> Bool {
        guard let display = progressDisplay, barAfter >= 0 else {
            return try ar.waitWithoutProgress(timeout: timeout)
        }
        let start = MonotonicClock.nanoseconds()
        var shown = false
        defer { if shown { display.finish() } }
        while true {
            let elapsed = Double(MonotonicClock.nanoseconds() - start) / 1e9
            if elapsed >= barAfter {
                shown = true
                display.update(done: ar.progress, total: ar.length, elapsed: elapsed, label: ar.fname)
            }
            let remaining = timeout.map { $0 - elapsed }
            if let remaining, remaining <= 0 { return false }
            let step = shown ? 0.1 : min(0.1, max(0.001, barAfter - elapsed))
            switch connection.wait(for: ar.records, timeout: .milliseconds(Int64(min(remaining ?? step, step) * 1000))) {
            case .done, .closed:
                if shown { display.update(done: ar.progress, total: ar.length, elapsed: elapsed, label: ar.fname) }
                return true
            case .interrupted:
                throw RuntimeError.waitStopped
            case .timedOut:
                continue
            }
        }
    }
}

extension RuntimeError {
    /// `KeyboardInterrupt` for a wait that Ctrl-C stopped: the tasks go on, and a second press interrupts them.
    static var waitStopped: RuntimeError {
        let seconds = AsyncResultObject.formatSeconds(ClusterConnection.secondPressWindow)
        return RuntimeError(ExceptionObject(type: BuiltinTypes.keyboardInterrupt, args: [
            .str("stopped waiting; the tasks go on (a Ctrl-C while waiting again within \(seconds) s interrupts "
                + "the running ones)"),
        ]))
    }
}
