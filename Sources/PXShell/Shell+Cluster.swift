import PXClient
import PXLineEditor
import PXRuntime
import PXSession
import PXWire

// MARK: - Engines: output, interrupts

extension Shell {
    /// Connects the shell to a cluster connection: engine output is printed as `[stdout:N] text` (above the
    /// prompt on a terminal), and Ctrl-C stops waiting for results.
    public func attach(_ connection: ClusterConnection) {
        let output = self.output
        let editor = self.editor
        let interactive = isInteractive
        let bar = progressBar
        connection.showsAllOutput = interactive
        connection.outputSink = { engine, isError, text in
            let lines = EngineOutputFormat.lines(text, engine: engine.map { Int($0.rawValue) }, isError: isError)
            if interactive, let editor {
                if let bar { bar.withBarCleared { editor.printAbove(lines) } } else { editor.printAbove(lines) }
            } else {
                output.write(lines, to: isError ? .stderr : .stdout)
            }
        }
        let baseline = InterruptBaseline.shared
        connection.interruptRequested = { InterruptSignal.count != baseline.value }
        connection.pressCount = { InterruptSignal.count }
        attachedConnection.value = connection
    }

    /// Waits for `ar` as a blocking call does, with the progress bar after `after` seconds on a terminal
    /// (`%px --progress-after`).
    func waitShowingProgress(_ ar: AsyncResultObject, after: Double) throws {
        let saved = progressBar?.showAfter
        progressBar?.showAfter = after
        defer { if let saved { progressBar?.showAfter = saved } }
        _ = try ar.wait(seconds: nil)
    }
}

/// The cluster connection the Ctrl-C watcher may interrupt tasks on.
final class AttachedConnection: @unchecked Sendable {
    // @unchecked Sendable: set once by the shell thread when the cluster attaches, read by the watcher.
    var value: ClusterConnection?
}

extension Shell {
    /// Turns Ctrl-C into `KeyboardInterrupt` in running code: a watcher thread raises the interpreter's
    /// interrupt flag while a cell runs (waits for engines notice the press themselves).
    func installInterruptHandling() {
        guard (try? InterruptSignal.install()) != nil else { return }
        let flag = interpreter.interrupt
        let running = runningState
        let attached = attachedConnection
        let output = self.output
        let editor = self.editor
        InterpreterThread.detached {
            var seen = InterruptSignal.count
            while true {
                guard let now = try? InterruptSignal.waitForPressInBackground(since: seen) else { return }
                seen = now
                if running.isRunning { flag.raise(.keyboardInterrupt) }
                // A second press soon after one stopped a wait interrupts the tasks that wait was for.
                if let connection = attached.value {
                    let count = connection.interruptStoppedWait(press: now)
                    guard count > 0 else { continue }
                    let note = "KeyboardInterrupt sent to \(count) running task\(count == 1 ? "" : "s")"
                    if let editor { editor.printAbove(note) } else { output.error(note) }
                }
            }
        }
    }

    /// Marks the start of a cell: older Ctrl-C presses no longer count.
    func beginCell() {
        InterruptBaseline.shared.value = InterruptSignal.count
        interpreter.interrupt.clear()
        runningState.isRunning = true
    }

    func endCell() {
        runningState.isRunning = false
    }
}

/// Whether a cell is running (read by the Ctrl-C watcher thread).
final class RunningState: @unchecked Sendable {
    // @unchecked Sendable: a single flag written by the shell thread and read by the watcher; a stale read
    // only delays an interrupt to the next press.
    var isRunning = false
}

/// The Ctrl-C count at the start of the current cell: a press after it interrupts.
final class InterruptBaseline: @unchecked Sendable {
    // @unchecked Sendable: one word written by the shell thread between cells and read while waiting.
    static let shared = InterruptBaseline()
    var value = 0
}

/// `[stdout:0] text`: each line of engine output with its stream and engine.
public enum EngineOutputFormat {
    /// Prefixes every line of `text`.
    public static func lines(_ text: String, engine: Int?, isError: Bool) -> String {
        OutputLayout.prefixed(text, stream: isError ? "stderr" : "stdout", engine: engine)
    }
}
