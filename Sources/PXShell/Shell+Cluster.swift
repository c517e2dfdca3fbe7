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
        if interactive, let editor {
            // An engine that dies is announced when it happens, also while the shell waits at the prompt.
            connection.engineListener = { record in
                guard record.state == .dead else { return }
                editor.printAbove(Shell.deathNote(engine: record.id.description, note: record.note))
            }
        }
        let state = interruptState
        connection.interruptRequested = { InterruptSignal.count != state.baseline.load(ordering: .acquiring) }
        connection.pressCount = { InterruptSignal.count }
        connection.tasksInterrupted = { tasks in
            let note = Shell.interruptNote(tasks)
            guard interactive, let editor else { return output.error(note) }
            if let bar { bar.withBarCleared { editor.printAbove(note) } } else { editor.printAbove(note) }
        }
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
    /// interrupt flag while a cell runs (waits for engines notice the press themselves, and a press that stops a
    /// wait soon after another interrupts the tasks: see ``ClusterConnection/tasksInterrupted``).
    func installInterruptHandling() {
        guard (try? InterruptSignal.install()) != nil else { return }
        let flag = interpreter.interrupt
        let state = interruptState
        InterpreterThread.detached {
            var seen = InterruptSignal.count
            while true {
                guard let now = try? InterruptSignal.waitForPressInBackground(since: seen) else { return }
                seen = now
                if state.isRunning.load(ordering: .acquiring) { flag.raise(.keyboardInterrupt) }
            }
        }
    }

    /// `Engine 1 died (exit status 9): %engines lists the engines; rc.restart_engine(1) replaces it.`
    static func deathNote(engine: String, note: String) -> String {
        "Engine \(engine) died" + (note.isEmpty ? "" : " (\(note))")
            + ": %engines lists the engines; rc.restart_engine(\(engine)) replaces it."
    }

    /// `KeyboardInterrupt sent to 2 running tasks; 56 queued tasks go on (_.abort() drops them)`.
    static func interruptNote(_ tasks: InterruptedTasks) -> String {
        let running = tasks.running
        var note = "KeyboardInterrupt sent to \(running) running task\(running == 1 ? "" : "s")"
        if tasks.queued > 0 {
            note += "; \(tasks.queued) queued task\(tasks.queued == 1 ? " goes" : "s go") on (_.abort() drops "
                + (tasks.queued == 1 ? "it)" : "them)")
        }
        return note
    }

    /// After Ctrl-C stopped a wait: the interrupted AsyncResult becomes `_`, and the shell says so.
    func keepInterruptedResult(_ exception: ExceptionObject) {
        guard let result = exception.attributes[AsyncResultObject.interruptedResultKey] else { return }
        interpreter.globals["_"] = result
        output.error("The interrupted AsyncResult is in _: _.get() waits again, _.abort() drops its queued tasks.")
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
