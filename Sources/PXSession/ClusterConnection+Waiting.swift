import PXTransport
import PXWire

// MARK: - Waiting for tasks

extension ClusterConnection {
    /// Waits until every record is done.
    /// - Parameters:
    ///   - records: the tasks to wait for.
    ///   - timeout: the longest wait; nil waits as long as it takes.
    /// - Returns: `.done`, `.timedOut`, `.interrupted` (Ctrl-C; the tasks go on) or `.closed`.
    public func wait(for records: [TaskRecord], timeout: Duration?) -> WaitOutcome {
        defer { showOutput(of: records) }
        // Records only ever become done: each check resumes where the last one stopped (a long map is checked
        // after every frame of replies; scanning from the start each time would be quadratic).
        var firstPending = 0
        return rememberingStop(of: records, waitFor(timeout: timeout) { _ in
            while firstPending < records.count, records[firstPending].state.isDone { firstPending += 1 }
            return firstPending == records.count
        })
    }

    /// Waits until any of the records is done.
    /// - Returns: how the wait ended.
    public func waitForAny(of records: [TaskRecord], timeout: Duration?) -> WaitOutcome {
        defer { showOutput(of: lock.withLock { records.filter(\.state.isDone) }) }
        return rememberingStop(of: records, waitFor(timeout: timeout) { _ in records.contains(where: \.state.isDone) })
    }

    /// Remembers the unfinished tasks of a wait Ctrl-C stopped. A press that stops a wait within
    /// ``secondPressWindow`` seconds of the last stopped one is the second press: it interrupts the unfinished
    /// tasks of both waits and tells ``tasksInterrupted``. A press at the prompt stops no wait, so it never counts.
    func rememberingStop(of records: [TaskRecord], _ outcome: WaitOutcome) -> WaitOutcome {
        guard outcome == .interrupted else { return outcome }
        let press = lock.withLock { hooks.pressCount }()
        let now = MonotonicClock.nanoseconds()
        let (unfinished, report) = lock.withLock { () -> ([TaskRecord], (@Sendable (InterruptedTasks) -> Void)?) in
            let current = records.filter { !$0.state.isDone }
            guard let stopped = stoppedWait, stopped.isSecondPress(press, at: now, within: Self.secondPressWindow) else {
                stoppedWait = StoppedWait(tasks: current, at: now, press: press)
                return ([], nil)
            }
            stoppedWait = nil
            var seen = Set<TaskID>()
            let both = (stopped.tasks.filter { !$0.state.isDone } + current).filter { seen.insert($0.id).inserted }
            return (both, hooks.tasksInterrupted)
        }
        guard !unfinished.isEmpty, (try? interrupt(unfinished.map(\.id))) != nil else { return outcome }
        report?(InterruptedTasks(targets: unfinished.map(\.target), liveEngines: engineIDs.count))
        return outcome
    }

    /// Shows, in task order, the output the records printed that has not been shown yet. (On a terminal
    /// output is shown as it arrives; otherwise it is shown when a wait for its task ends, in a fixed order,
    /// so piped transcripts do not depend on timing.)
    func showOutput(of records: [TaskRecord]) {
        let (sink, pending) = lock.withLock { () -> (OutputSink?, [OutputChunk]) in
            guard let sink = hooks.outputSink else { return (nil, []) }
            return (sink, records.flatMap { unshownOutput($0) })
        }
        guard let sink else { return }
        for chunk in pending { sink(chunk.engine, chunk.isError, chunk.text) }
    }

    /// The output of `record` not shown yet, marking it shown (lock held).
    func unshownOutput(_ record: TaskRecord) -> ArraySlice<OutputChunk> {
        defer { record.state.shownChunks = UInt32(clamping: record.state.chunks.count) }
        guard record.showsOutput else { return [] }
        return record.state.chunks[min(Int(record.state.shownChunks), record.state.chunks.count)...]
    }

    /// Waits until `condition` (checked under the lock) holds, Ctrl-C stops the wait, or the link closes.
    func waitFor(timeout: Duration?, _ condition: @escaping (ClusterConnection) -> Bool) -> WaitOutcome {
        guard let link else { return .closed }
        let interruptRequested = lock.withLock { hooks.interruptRequested }
        var outcome = WaitOutcome.timedOut
        let check = { [self] () -> Bool in
            if lock.withLock({ condition(self) }) {
                outcome = .done
                return true
            }
            if interruptRequested() {
                outcome = .interrupted
                return true
            }
            if !link.isOpen {
                outcome = .closed
                return true
            }
            return false
        }
        _ = link.pump(until: check, timeout: timeout)
        return outcome
    }
}
