import PXTransport
import PXWire

/// A client's connection to the controller: submits tasks, and keeps the engine table and the state of every
/// task it submitted up to date from the messages that come back.
///
/// A thread waiting for results reads the socket itself (`PeerLink.pump`), so replies wake it directly;
/// otherwise the link's background thread reads. Output arriving for a task is passed to `outputListener`
/// on the reading thread.
public final class ClusterConnection: @unchecked Sendable {
    // @unchecked Sendable: mutable state is guarded by `lock`; `link` is thread-safe.
    /// The state of one engine, as the controller reported it.
    public struct Engine: Sendable, Hashable {
        /// The controller's record.
        public var record: EngineRecord
        /// Tasks of this client that finished on it.
        public var completed = 0
    }

    /// How a wait ended.
    public enum WaitOutcome: Sendable {
        case done, timedOut, interrupted, closed
    }

    let lock = ConditionLock()
    var link: PeerLink?
    var clientID = ClientID(rawValue: 0)
    var sequence: UInt64 = 0
    var engines: [EngineID: Engine] = [:]
    var tasks: [TaskID: TaskRecord] = [:]
    var registered = false
    var pendingQueueStatus: QueueStatus?
    var clearReplies = 0
    var shutdownReplies = 0
    /// The scheduling scheme the controller uses.
    public internal(set) var schemeName = ""

    /// Where task output is shown: every chunk as it arrives when `showsAllOutput` (a terminal), otherwise the
    /// output of the tasks a caller waited for, in task order, when the wait ends. Called on the reading thread
    /// or the waiting thread.
    public var outputSink: (@Sendable (_ engine: EngineID?, _ isError: Bool, _ text: String) -> Void)?
    /// Whether output is shown as soon as it arrives (a terminal), or when a wait for its task ends.
    public var showsAllOutput = false
    /// Called on the reading thread when an engine arrives or dies.
    public var engineListener: (@Sendable (EngineRecord) -> Void)?
    /// Asked while waiting: true means the user pressed Ctrl-C and the wait should stop (the tasks go on).
    public var interruptRequested: @Sendable () -> Bool = { false }
    /// How many Ctrl-C presses there have been (so that the press that stopped a wait is not taken for a second
    /// one by a thread that sees it later).
    public var pressCount: @Sendable () -> Int = { 0 }
    /// Whether tasks submitted from now on send their output to `outputSink` (lock held to change).
    var newTasksShowOutput = true
    /// How soon after Ctrl-C stopped a wait a second press interrupts its tasks (seconds).
    public static let secondPressWindow = 3.0
    /// The last wait that Ctrl-C stopped.
    var stoppedWait: StoppedWait?

    /// Connects, registers as a client and receives the engine table.
    /// - Throws: `ClientError` if the controller cannot be reached or does not answer.
    public static func connect(to address: PeerAddress, key: ClusterKey, timeout: Duration = .seconds(10))
        throws(ClientError) -> ClusterConnection
    {
        let connection = ClusterConnection()
        do {
            connection.link = try PeerLink.connect(to: address, key: key, role: .client,
                                                   initialMessages: [Envelope(Header(kind: .registerClient))]) {
                [weak connection] _, event in connection?.handle(event)
            }
        } catch {
            throw ClientError.connect("\(error)")
        }
        guard connection.waitFor(timeout: timeout, { $0.registered }) == .done else {
            throw ClientError.connect("the controller did not answer the registration in \(timeout)")
        }
        return connection
    }

    /// Connects using a connection file's contents.
    public static func connect(_ info: ConnectionInfo, timeout: Duration = .seconds(10)) throws(ClientError)
        -> ClusterConnection
    {
        guard let address = info.addresses.first else { throw ClientError.connect("the connection file names no address") }
        return try connect(to: address, key: info.key, timeout: timeout)
    }

    /// Closes the connection (the controller fails nothing: this client's tasks simply finish unobserved).
    public func close() {
        link?.close()
    }

    // MARK: - Engines

    /// IDs of the engines that are registered and alive, sorted.
    public var engineIDs: [EngineID] {
        lock.withLock { engines.values.filter { $0.record.state == .registered }.map(\.record.id).sorted() }
    }

    /// Every engine the controller has told about, with its state.
    public var engineTable: [Engine] {
        lock.withLock { engines.values.sorted { $0.record.id < $1.record.id } }
    }

    /// Waits until at least `count` engines are registered.
    /// - Returns: how the wait ended.
    public func waitForEngines(_ count: Int, timeout: Duration?) -> WaitOutcome {
        waitFor(timeout: timeout) { connection in
            connection.engines.values.filter { $0.record.state == .registered }.count >= count
        }
    }

    // MARK: - Submitting

    /// Sends a task.
    /// - Parameters:
    ///   - payload: the opaque body (`TaskPayload`).
    ///   - header: scheduling: target or load-balanced, retries, dependencies, item count.
    /// - Returns: the task's record, updated as messages arrive.
    /// - Throws: `ClientError.closed` if the connection is gone.
    public func submit(_ payload: [UInt8], header: TaskHeader) throws(ClientError) -> TaskRecord {
        try submit([(payload, header)])[0]
    }

    /// Sends several tasks in one write.
    public func submit(_ tasks: [(payload: [UInt8], header: TaskHeader)]) throws(ClientError) -> [TaskRecord] {
        guard let link else { throw ClientError.closed }
        let now = MonotonicClock.wallClock()
        var records: [TaskRecord] = []
        var envelopes: [Envelope] = []
        records.reserveCapacity(tasks.count)
        envelopes.reserveCapacity(tasks.count)
        lock.withLock {
            for (payload, header) in tasks {
                sequence += 1
                let id = TaskID(client: clientID, sequence: sequence)
                let record = TaskRecord(id: id, target: header.target, itemCount: Int(header.itemCount), submitted: now,
                                        showsOutput: newTasksShowOutput)
                self.tasks[id] = record
                records.append(record)
                envelopes.append(Envelope(Header(kind: .submitTask, client: clientID, task: id), taskHeader: header,
                                          payload: Payload(payload)))
            }
        }
        do {
            try link.send(contentsOf: envelopes)
        } catch {
            throw ClientError.closed
        }
        return records
    }

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
            while firstPending < records.count, records[firstPending].isDone { firstPending += 1 }
            return firstPending == records.count
        })
    }

    /// Remembers the unfinished tasks of a wait Ctrl-C stopped, for `interruptStoppedWait`.
    func rememberingStop(of records: [TaskRecord], _ outcome: WaitOutcome) -> WaitOutcome {
        if outcome == .interrupted {
            let press = pressCount()
            lock.withLock {
                stoppedWait = StoppedWait(
                    tasks: records.filter { !$0.isDone }, at: MonotonicClock.nanoseconds(), press: press)
            }
        }
        return outcome
    }

    /// Submits the tasks `body` sends with their output held back from `outputSink` (for `%px --no-stream`,
    /// which shows it grouped when the tasks finish).
    public func withoutLiveOutput<R>(_ body: () throws -> R) rethrows -> R {
        lock.withLock { newTasksShowOutput = false }
        defer { lock.withLock { newTasksShowOutput = true } }
        return try body()
    }

    /// A second Ctrl-C: interrupts the unfinished tasks of the wait the first press stopped, if press number
    /// `press` came after that one and within `window` seconds. Returns how many tasks were interrupted. Safe to
    /// call from any thread.
    public func interruptStoppedWait(press: Int, within window: Double = secondPressWindow) -> Int {
        let now = MonotonicClock.nanoseconds()
        let running: [TaskID] = lock.withLock {
            guard let stopped = stoppedWait, stopped.isSecondPress(press, at: now, within: window) else { return [] }
            stoppedWait = nil
            return stopped.tasks.filter { !$0.isDone }.map(\.id)
        }
        guard !running.isEmpty, (try? interrupt(running)) != nil else { return 0 }
        return running.count
    }

    /// Waits until any of the records is done.
    public func waitForAny(of records: [TaskRecord], timeout: Duration?) -> WaitOutcome {
        defer { showOutput(of: records.filter { record in lock.withLock { record.isDone } }) }
        return rememberingStop(of: records, waitFor(timeout: timeout) { _ in records.contains(where: \.isDone) })
    }

    /// Shows, in task order, the output the records printed that has not been shown yet. (On a terminal
    /// output is shown as it arrives; otherwise it is shown when a wait for its task ends, in a fixed order,
    /// so piped transcripts do not depend on timing.)
    func showOutput(of records: [TaskRecord]) {
        guard let sink = outputSink else { return }
        let pending = lock.withLock { records.flatMap { unshownOutput($0) } }
        for (engine, isError, text) in pending { sink(engine, isError, text) }
    }

    /// The output of `record` not shown yet, marking it shown (lock held).
    func unshownOutput(_ record: TaskRecord) -> [(EngineID?, Bool, String)] {
        defer { record.shownChunks = record.chunks.count }
        guard record.showsOutput else { return [] }
        return record.chunks[record.shownChunks...].map { ($0.engine, $0.isError, $0.text) }
    }

    /// Waits until `condition` (checked under the lock) holds.
    func waitFor(timeout: Duration?, _ condition: @escaping (ClusterConnection) -> Bool) -> WaitOutcome {
        guard let link else { return .closed }
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

    /// Runs `body` with the connection's lock held (to read records consistently).
    public func withLock<R>(_ body: () throws -> R) rethrows -> R {
        try lock.withLock(body)
    }
}
