import PXWire

extension ControllerStateMachine {
    /// One scheduling pass, at the end of every event: fills each engine's window with its direct
    /// tasks first, then hands out load-balanced tasks by the scheme, then resets idle windows.
    mutating func schedule() {
        for index in engines.indices where engines[index].isAlive && !engines[index].directQueue.isEmpty {
            while engines[index].hasRoom, let task = engines[index].directQueue.popFirst() {
                guard let record = tasks[task], record.state == .queued else { continue }
                dispatch(task, to: EngineID(rawValue: UInt32(index)))
            }
        }
        if !unassigned.isEmpty && !lru.isEmpty { assignBalanced() }
        for engine in lru where engines[Int(engine.rawValue)].inFlight.isEmpty {
            engines[Int(engine.rawValue)].window.reset()
        }
    }

    /// Hands out queued load-balanced tasks in FIFO order while engines have room. A task whose
    /// allowed engines are all busy is set aside (up to the scan limit) so later tasks can go.
    private mutating func assignBalanced() {
        var parked: [TaskID] = []
        while let task = unassigned.first {
            guard let record = tasks[task], record.state == .queued, !record.header.isDirect else {
                unassigned.removeFirst()
                continue
            }
            scratchCandidates.removeAll(keepingCapacity: true)
            scratchLoads.removeAll(keepingCapacity: true)
            let restricted = record.isRestricted
            for engine in lru {
                let slot = engines[Int(engine.rawValue)]
                guard slot.hasRoom, !restricted || record.allows(engine) else { continue }
                scratchCandidates.append(engine)
                scratchLoads.append(slot.inFlight.count)
            }
            if scratchCandidates.isEmpty {
                if !restricted { break }
                unassigned.removeFirst()
                if !lru.contains(where: { record.allows($0) }) {
                    let tried = record.blacklist.map(\.description).joined(separator: ", ")
                    failTask(
                        task, reason: .impossibleDependency,
                        message: record.blacklist.isEmpty
                            ? "no registered engine may run task '\(task)'"
                            : "no engine left to run task '\(task)' (already tried engines \(tried))")
                    continue
                }
                parked.append(task)
                if parked.count >= settings.schedulingScanLimit { break }
                continue
            }
            unassigned.removeFirst()
            let choice = settings.scheme.pick(loads: scratchLoads, using: &generator)
            dispatch(task, to: scratchCandidates[choice])
        }
        for task in parked.reversed() { unassigned.prepend(task) }
    }

    /// Sends a queued task to an engine.
    private mutating func dispatch(_ task: TaskID, to engine: EngineID) {
        let index = Int(engine.rawValue)
        guard var record = tasks[task], let connection = engines[index].connection else { return }
        if record.header.isDirect {
            // Counted in directOutstanding since submission.
        } else {
            unassignedCount -= 1
            engines[index].balancedOutstanding += 1
        }
        let payload = record.payload
        record.state = .running(engine)
        record.dispatchedAt = now.monotonic
        if record.retriesUsed >= record.header.retries && !record.header.flags.contains(.mayBeUnmet) {
            record.payload = .empty  // never resent: release the bytes
        }
        tasks[task] = record
        engines[index].inFlight.append(task)
        if let position = lru.firstIndex(of: engine) {
            lru.remove(at: position)
            lru.append(engine)
        }
        send(
            Envelope(Header(kind: .runTask, engine: engine, client: record.client, task: task), payload: payload),
            to: connection)
    }
}
