import PXTransport
import PXWire

/// A client's connection to the controller: submits tasks, and keeps the engine table and the state of every
/// task it submitted up to date from the messages that come back.
///
/// A thread waiting for results reads the socket itself (`PeerLink.pump`), so replies wake it directly;
/// otherwise the link's background thread reads. Output arriving for a task is passed to ``outputSink`` on the
/// reading thread (a terminal), or on the waiting thread when the wait ends (piped).
///
/// Everything mutable is guarded by one lock, which no code outside this target takes: records are read through
/// ``TaskRecord/snapshot`` and the batch reads here.
public final class ClusterConnection: @unchecked Sendable {
    // @unchecked Sendable: mutable state is guarded by `lock`; `link` is set once before the connection is shared
    // and is thread-safe.
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

    /// Where task output goes: the engine that printed it (if known), whether it went to stderr, the text.
    public typealias OutputSink = @Sendable (_ engine: EngineID?, _ isError: Bool, _ text: String) -> Void

    let lock = ConditionLock()
    var link: PeerLink?

    // Guarded by `lock`.
    var clientID = ClientID(rawValue: 0)
    var sequence: UInt64 = 0
    var engines: [EngineID: Engine] = [:]
    /// Unfinished tasks (a finished one is forgotten here: whoever waits holds its record).
    var tasks: [TaskID: TaskRecord] = [:]
    var registered = false
    var pendingQueueStatus: QueueStatus?
    var clearReplies = 0
    var shutdownReplies = 0
    var scheme = ""
    var hooks = Hooks()
    /// Whether tasks submitted from now on send their output to the output sink.
    var newTasksShowOutput = true
    /// The last wait that Ctrl-C stopped.
    var stoppedWait: StoppedWait?

    /// What the host attached (``outputSink`` and its siblings), read by the reading thread.
    struct Hooks {
        var outputSink: OutputSink?
        var showsAllOutput = false
        var engineListener: (@Sendable (EngineRecord) -> Void)?
        var interruptRequested: @Sendable () -> Bool = { false }
        var pressCount: @Sendable () -> Int = { 0 }
        var tasksInterrupted: (@Sendable (InterruptedTasks) -> Void)?
    }

    /// How soon after Ctrl-C stopped a wait a second press interrupts its tasks (seconds).
    public static let secondPressWindow = 3.0

    init() {}

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

    // MARK: - What the host attaches

    /// Where task output is shown: every chunk as it arrives when ``showsAllOutput`` (a terminal), otherwise the
    /// output of the tasks a caller waited for, in task order, when the wait ends. Called on the reading thread
    /// or the waiting thread.
    public var outputSink: OutputSink? {
        get { lock.withLock { hooks.outputSink } }
        set { lock.withLock { hooks.outputSink = newValue } }
    }

    /// Whether output is shown as soon as it arrives (a terminal), or when a wait for its task ends.
    /// Default: false.
    public var showsAllOutput: Bool {
        get { lock.withLock { hooks.showsAllOutput } }
        set { lock.withLock { hooks.showsAllOutput = newValue } }
    }

    /// Called on the reading thread when an engine arrives or dies.
    public var engineListener: (@Sendable (EngineRecord) -> Void)? {
        get { lock.withLock { hooks.engineListener } }
        set { lock.withLock { hooks.engineListener = newValue } }
    }

    /// Asked while waiting: true means the user pressed Ctrl-C and the wait should stop (the tasks go on).
    /// Default: never.
    public var interruptRequested: @Sendable () -> Bool {
        get { lock.withLock { hooks.interruptRequested } }
        set { lock.withLock { hooks.interruptRequested = newValue } }
    }

    /// How many Ctrl-C presses there have been (so that the press that stopped a wait is not taken for a second
    /// one by a thread that sees it later). Default: always 0.
    public var pressCount: @Sendable () -> Int {
        get { lock.withLock { hooks.pressCount } }
        set { lock.withLock { hooks.pressCount = newValue } }
    }

    /// Called on the waiting thread when a second Ctrl-C (one that stopped a wait soon after another) interrupted
    /// tasks, with how many may be running and how many stay queued. Default: none.
    public var tasksInterrupted: (@Sendable (InterruptedTasks) -> Void)? {
        get { lock.withLock { hooks.tasksInterrupted } }
        set { lock.withLock { hooks.tasksInterrupted = newValue } }
    }

    // MARK: - Engines

    /// The scheduling scheme the controller uses (`leastload`, …).
    public var schemeName: String { lock.withLock { scheme } }

    /// IDs of the engines that are registered and alive, sorted.
    public var engineIDs: [EngineID] {
        lock.withLock { engines.values.filter { $0.record.state == .registered }.map(\.record.id).sorted() }
    }

    /// Every engine the controller has told about, with its state, in ID order.
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
    /// - Returns: their records, in order.
    /// - Throws: `ClientError.closed` if the connection is gone.
    public func submit(_ tasks: [(payload: [UInt8], header: TaskHeader)]) throws(ClientError) -> [TaskRecord] {
        guard let link else { throw ClientError.closed }
        let (records, envelopes) = track(tasks)
        do {
            try link.send(contentsOf: envelopes)
        } catch {
            throw ClientError.closed
        }
        return records
    }

    /// Creates the records of new tasks and their messages.
    func track(_ tasks: [(payload: [UInt8], header: TaskHeader)]) -> ([TaskRecord], [Envelope]) {
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
                                        showsOutput: newTasksShowOutput, lock: lock)
                self.tasks[id] = record
                records.append(record)
                envelopes.append(Envelope(Header(kind: .submitTask, client: clientID, task: id), taskHeader: header,
                                          payload: Payload(payload)))
            }
        }
        return (records, envelopes)
    }

    /// Submits the tasks `body` sends with their output held back from the output sink (for `%px --no-stream`,
    /// which shows it grouped when the tasks finish).
    public func withoutLiveOutput<R>(_ body: () throws -> R) rethrows -> R {
        lock.withLock { newTasksShowOutput = false }
        defer { lock.withLock { newTasksShowOutput = true } }
        return try body()
    }

    /// The record of an unfinished task submitted by this client.
    public func record(_ id: TaskID) -> TaskRecord? { lock.withLock { tasks[id] } }

    // MARK: - Reading records

    /// Snapshots of `records`, read together.
    public func snapshots(of records: [TaskRecord]) -> [TaskSnapshot] {
        lock.withLock { records.map(\.snapshotLocked) }
    }

    /// How far `records` have got.
    public func progress(of records: [TaskRecord]) -> TaskProgress {
        lock.withLock {
            var progress = TaskProgress()
            for record in records {
                progress.tasks += 1
                progress.items += record.itemCount
                if record.state.isDone {
                    progress.finishedTasks += 1
                    progress.finishedItems += record.itemCount
                }
            }
            return progress
        }
    }

    /// The IDs of those of `records` that have not finished.
    public func unfinishedIDs(of records: [TaskRecord]) -> [TaskID] {
        lock.withLock { records.filter { !$0.state.isDone }.map(\.id) }
    }
}

/// How many of a group of tasks have finished, counted in tasks and in items (map chunks carry several).
public struct TaskProgress: Sendable, Hashable {
    /// Tasks in the group.
    public var tasks = 0
    /// Tasks with a reply or failure.
    public var finishedTasks = 0
    /// Items in the group.
    public var items = 0
    /// Items of the finished tasks.
    public var finishedItems = 0

    /// Whether every task has finished.
    public var isComplete: Bool { finishedTasks == tasks }
}
