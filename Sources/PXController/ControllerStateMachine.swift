import DequeModule
import HeapModule
import Logging
import PXTransport
import PXWire

/// The controller's logic, with no I/O: it is told about connections, messages and the passing
/// of time, and returns the ``ControllerAction``s its driver (``ControllerServer``) carries out.
///
/// It keeps the engine registry (IDs from 0 in registration order, or the rank an MPI engine asks for;
/// an engine reconnecting with the same UUID within the heartbeat limit keeps its ID), the clients,
/// every unfinished task, per-engine FIFO queues of direct tasks, the load-balanced queue and its scheme, retries,
/// `after`/`follow` dependencies, queue timeouts and heartbeats. It never decodes a payload.
///
/// Each event handles a whole frame's messages and ends with one scheduling pass, so the cost
/// per message is a few dictionary operations.
public struct ControllerStateMachine: Sendable {
    /// What is on the other end of a connection.
    enum Peer: Hashable, Sendable {
        case pending(PeerRole)
        case engine(EngineID)
        case client(ClientID)
    }

    /// A queue timeout.
    struct Deadline: Comparable, Sendable {
        var at: UInt64
        var task: TaskID
        static func < (lhs: Deadline, rhs: Deadline) -> Bool { (lhs.at, lhs.task) < (rhs.at, rhs.task) }
    }

    /// The settings in force.
    public let settings: ControllerSettings

    var engines: [EngineSlot] = []
    var engineByUUID: [String: EngineID] = [:]
    /// Alive engines, least recently given a task first.
    var lru: [EngineID] = []
    var peers: [ConnectionID: Peer] = [:]
    var clients: [ClientID: ConnectionID] = [:]
    var nextClient: UInt32 = 1
    var tasks = TaskTable()
    /// Ready load-balanced tasks in FIFO order; entries whose record is gone or not queued are skipped.
    var unassigned = Deque<TaskID>()
    /// Load-balanced tasks waiting for dependencies or queued.
    var unassignedCount = 0
    /// Waiting tasks by the task they wait for.
    var dependents: [TaskID: [TaskID]] = [:]
    var deadlines = Heap<Deadline>()
    var finished: FinishedTasks
    var generator: SplitMix64
    var output: [ControllerAction] = []
    var now = ControllerInstant(monotonic: 0)
    /// The header of the last task submitted, shared with the next tasks that carry an equal one.
    var lastHeader: SharedTaskHeader?
    var scratchLoads: [Int] = []
    var scratchCandidates: [EngineID] = []

    /// Creates a controller with no engines or clients.
    /// - Parameter settings: policies and limits (assumed valid). Default: ``ControllerSettings/init()``.
    public init(settings: ControllerSettings = ControllerSettings()) {
        self.settings = settings
        self.finished = FinishedTasks(capacity: settings.finishedTaskMemory)
        var system = SystemRandomNumberGenerator()
        self.generator = SplitMix64(seed: settings.randomSeed ?? system.next())
    }

    // MARK: - Events

    /// A peer completed the handshake.
    /// - Parameters:
    ///   - connection: its connection.
    ///   - role: the role it declared.
    ///   - now: the current time.
    /// - Returns: actions to carry out.
    public mutating func onConnectionOpened(_ connection: ConnectionID, role: PeerRole, now: ControllerInstant)
        -> [ControllerAction]
    {
        begin(now)
        peers[connection] = .pending(role)
        return finish()
    }

    /// A frame arrived.
    /// - Parameters:
    ///   - envelopes: the frame's messages, in order.
    ///   - connection: where they came from.
    ///   - now: the current time.
    /// - Returns: actions to carry out.
    public mutating func onMessages(_ envelopes: [Envelope], from connection: ConnectionID, now: ControllerInstant)
        -> [ControllerAction]
    {
        begin(now)
        for envelope in envelopes {
            switch peers[connection] {
            case .engine(let engine):
                engines[Int(engine.rawValue)].lastHeard = now.monotonic
                handleEngineMessage(envelope, from: engine, connection: connection)
            case .client(let client):
                handleClientMessage(envelope, from: client, connection: connection)
            case .pending(let role):
                handleRegistration(envelope, role: role, connection: connection)
            case nil:
                break
            }
        }
        return finish()
    }

    /// A connection ended.
    /// - Parameters:
    ///   - connection: which.
    ///   - reason: why, when it was not a clean close.
    ///   - now: the current time.
    /// - Returns: actions to carry out.
    public mutating func onConnectionClosed(_ connection: ConnectionID, reason: String?, now: ControllerInstant)
        -> [ControllerAction]
    {
        begin(now)
        switch peers.removeValue(forKey: connection) {
        case .engine(let engine):
            engineLost(engine, state: .dead, note: reason.map { "connection lost: \($0)" } ?? "connection closed")
        case .client(let client):
            clientLeft(client)
        case .pending, nil:
            if let reason { log(.info, "connection \(connection) closed before registering: \(reason)") }
        }
        return finish()
    }

    /// Time passed: sends heartbeats, declares silent engines dead, expires queue timeouts.
    /// - Parameters:
    ///   - now: the current time.
    ///   - active: connections whose peers sent or took bytes since the last tick without completing a message (a
    ///     large frame on its way): their engines count as heard from, like engines that sent a message. Without
    ///     this, an engine receiving or sending one frame longer than the heartbeat limit (800 MB over TCP) was
    ///     declared dead in the middle of it.
    /// - Returns: actions to carry out.
    public mutating func onTick(now: ControllerInstant, active: Set<ConnectionID> = []) -> [ControllerAction] {
        begin(now)
        for connection in active {
            if case .engine(let engine) = peers[connection] { engines[Int(engine.rawValue)].lastHeard = now.monotonic }
        }
        expireDeadlines()
        checkHeartbeats()
        return finish()
    }

    /// A launcher saw an engine process end (the embedded shell reaps its engines): the exit
    /// status is added to the engine's note and clients are told, so `EngineError`s can say
    /// `killed by signal 9`. Nothing changes for an engine still alive (its socket will close).
    /// - Parameters:
    ///   - pid: the process that ended.
    ///   - description: how it ended, e.g. `killed by signal 9 (SIGKILL)`.
    ///   - now: the current time.
    /// - Returns: actions to carry out.
    public mutating func onEngineProcessExited(pid: Int32, description: String, now: ControllerInstant)
        -> [ControllerAction]
    {
        begin(now)
        if let index = engines.lastIndex(where: { $0.record.pid == pid && !$0.isAlive && !$0.isReserved }) {
            let note = engines[index].record.note
            engines[index].record.note = note.isEmpty ? description : "\(note); \(description)"
            broadcastToClients(
                Envelope(Header(kind: .engineStatus, engine: engines[index].id), body: engines[index].record))
            log(.info, "engine \(engines[index].id) process \(pid) \(description)")
        }
        return finish()
    }

    private mutating func begin(_ now: ControllerInstant) {
        self.now = now
    }

    private mutating func finish() -> [ControllerAction] {
        schedule()
        let actions = output
        output = []
        return actions
    }

    // MARK: - Queries

    /// Every engine ever registered, in ID order.
    public var engineRecords: [EngineRecord] { engines.filter { !$0.isReserved }.map(\.record) }

    /// The number of engines currently registered and alive.
    public var aliveEngineCount: Int { lru.count }

    /// The number of unfinished tasks the controller holds.
    public var pendingTaskCount: Int { tasks.count }

    /// Queue lengths as `queue_status()` reports them.
    /// - Parameter engine: one engine, or `nil` for every alive engine.
    public func queueStatus(engine: EngineID? = nil) -> QueueStatus {
        let rows = engines.filter { slot in
            !slot.isReserved && (engine.map { slot.id == $0 } ?? slot.isAlive)
        }.map { slot in
            QueueStatus.Entry(
                engine: slot.id, queue: UInt64(slot.directOutstanding), tasks: UInt64(slot.balancedOutstanding),
                completed: slot.completed
            )
        }
        return QueueStatus(engines: rows, unassigned: UInt64(unassignedCount))
    }

    // MARK: - Helpers

    mutating func log(_ level: Logger.Level, _ message: String) {
        output.append(.log(level, message))
    }

    mutating func send(_ envelope: Envelope, to connection: ConnectionID) {
        output.append(.send(envelope, to: connection))
    }

    /// Sends to every registered client.
    mutating func broadcastToClients(_ envelope: Envelope) {
        for connection in clients.values { send(envelope, to: connection) }
    }
}
