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
        let sink: ClusterConnection.OutputSink = { engine, isError, text in
            let lines = EngineOutputFormat.lines(text, engine: engine.map { Int($0.rawValue) }, isError: isError)
            if interactive, let editor {
                if let bar { bar.withBarCleared { editor.printAbove(lines) } } else { editor.printAbove(lines) }
            } else {
                output.write(lines, to: isError ? .stderr : .stdout)
            }
        }
        // A script prints what python3 prints: engine output stays in the results (`ar.stdout`).
        connection.outputSink = displaysValues ? sink : nil
        let state = interruptState
        connection.interruptRequested = { InterruptSignal.count != state.baseline.load(ordering: .acquiring) }
        connection.pressCount = { InterruptSignal.count }
        state.connection.withLock { $0 = connection }
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

extension Shell {
    /// Turns Ctrl-C into `KeyboardInterrupt` in running code: a watcher thread raises the interpreter's
    /// interrupt flag while a cell runs (waits for engines notice the press themselves).
    func installInterruptHandling() {
        guard (try? InterruptSignal.install()) != nil else { return }
        let flag = interpreter.interrupt
        let state = interruptState
        let output = self.output
        let editor = self.editor
        InterpreterThread.detached {
            var seen = InterruptSignal.count
            while true {
                guard let now = try? InterruptSignal.waitForPressInBackground(since: seen) else { return }
                seen = now
                if state.isRunning.load(ordering: .acquiring) { flag.raise(.keyboardInterrupt) }
                // A second press soon after one stopped a wait interrupts the tasks that wait was for.
                if let connection = state.connection.withLock({ $0 }) {
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
        interruptState.baseline.store(InterruptSignal.count, ordering: .releasing)
        interpreter.interrupt.clear()
        interruptState.isRunning.store(true, ordering: .releasing)
    }

    func endCell() {
        interruptState.isRunning.store(false, ordering: .releasing)
    }
}

/// `[stdout:0] text`: each line of engine output with its stream and engine.
public enum EngineOutputFormat {
    /// Prefixes every line of `text`.
    public static func lines(_ text: String, engine: Int?, isError: Bool) -> String {
        OutputLayout.prefixed(text, stream: isError ? "stderr" : "stdout", engine: engine)
    }
}
