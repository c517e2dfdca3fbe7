import PXTransport
import PXWire

@testable import PXController

/// Drives a ``ControllerStateMachine`` with a fake clock and fake connections, and reads its actions.
struct ControllerHarness {
    var machine: ControllerStateMachine
    var time: UInt64 = 1_000_000_000_000
    private var nextConnection: UInt64 = 0
    private var sequences: [ClientID: UInt64] = [:]
    /// Every action returned so far, in order.
    private(set) var log: [ControllerAction] = []

    init(_ configure: (inout ControllerSettings) -> Void = { _ in }) {
        var settings = ControllerSettings()
        settings.randomSeed = 42
        configure(&settings)
        machine = ControllerStateMachine(settings: settings)
    }

    var now: ControllerInstant { ControllerInstant(monotonic: time) }

    /// Moves the clock and ticks; `active` are the connections that moved bytes meanwhile.
    mutating func advance(_ duration: Duration, active: Set<ConnectionID> = []) -> [ControllerAction] {
        time += ControllerInstant.nanoseconds(duration)
        return record(machine.onTick(now: now, active: active))
    }

    private mutating func record(_ actions: [ControllerAction]) -> [ControllerAction] {
        log += actions
        return actions
    }

    mutating func newConnection(_ role: PeerRole) -> ConnectionID {
        nextConnection += 1
        let connection = ConnectionID(rawValue: nextConnection)
        _ = record(machine.onConnectionOpened(connection, role: role, now: now))
        return connection
    }

    /// Opens and registers an engine; returns its connection and the assigned ID.
    mutating func addEngine(uuid: String? = nil, clockSkew: Int64 = 0) -> (connection: ConnectionID, id: EngineID) {
        let connection = newConnection(.engine)
        let info = EngineInfo(
            uuid: uuid ?? "engine-\(connection.rawValue)", host: "host", pid: Int32(connection.rawValue),
            clock: Timestamp(rawValue: Int64(time) + clockSkew)
        )
        let actions = deliver([Envelope(Header(kind: .registerEngine), body: info)], from: connection)
        let reply = actions.sentEnvelopes(to: connection).first { $0.kind == .registerEngineReply }
        return (connection, reply?.header.engine ?? EngineID(rawValue: .max))
    }

    /// Opens and registers a client.
    mutating func addClient() -> (connection: ConnectionID, id: ClientID, table: EngineTable?) {
        let connection = newConnection(.client)
        let actions = deliver([Envelope(Header(kind: .registerClient))], from: connection)
        let reply = actions.sentEnvelopes(to: connection).first { $0.kind == .registerClientReply }
        return (
            connection, reply?.header.client ?? ClientID(rawValue: 0), reply.flatMap { try? EngineTable(decoding: $0) }
        )
    }

    mutating func deliver(_ envelopes: [Envelope], from connection: ConnectionID) -> [ControllerAction] {
        record(machine.onMessages(envelopes, from: connection, now: now))
    }

    mutating func close(_ connection: ConnectionID, reason: String? = nil) -> [ControllerAction] {
        record(machine.onConnectionClosed(connection, reason: reason, now: now))
    }

    mutating func nextTaskID(for client: ClientID) -> TaskID {
        let sequence = (sequences[client] ?? 0) + 1
        sequences[client] = sequence
        return TaskID(client: client, sequence: sequence)
    }

    /// Submits tasks in one frame; returns their IDs and the actions.
    mutating func submit(
        _ count: Int = 1, from client: (connection: ConnectionID, id: ClientID, table: EngineTable?),
        header: TaskHeader = TaskHeader()
    ) -> (ids: [TaskID], actions: [ControllerAction]) {
        var ids: [TaskID] = []
        var envelopes: [Envelope] = []
        for _ in 0..<count {
            let id = nextTaskID(for: client.id)
            ids.append(id)
            envelopes.append(
                Envelope(
                    Header(kind: .submitTask, client: client.id, task: id), taskHeader: header, payload: [1, 2, 3]))
        }
        return (ids, deliver(envelopes, from: client.connection))
    }

    /// An engine answers tasks (in one frame).
    mutating func reply(
        _ tasks: [TaskID], from engine: ConnectionID, failed: Bool = false, flags: Header.Flags = [],
        duration: Duration = .microseconds(5)
    ) -> [ControllerAction] {
        let envelopes = tasks.map { task in
            Envelope(
                Header(kind: .taskReply, flags: (failed ? Header.Flags.failed : []).union(flags), task: task),
                times: TaskTimes(
                    started: Timestamp(rawValue: 0),
                    completed: Timestamp(rawValue: Int64(ControllerInstant.nanoseconds(duration)))),
                payload: [42]
            )
        }
        return deliver(envelopes, from: engine)
    }
}

extension Array where Element == ControllerAction {
    /// Messages sent to one connection.
    func sentEnvelopes(to connection: ConnectionID) -> [Envelope] {
        compactMap { action in
            if case .send(let envelope, let destination) = action, destination == connection { return envelope }
            return nil
        }
    }

    /// Tasks sent to an engine connection with `runTask`.
    func runTasks(to connection: ConnectionID) -> [TaskID] {
        sentEnvelopes(to: connection).filter { $0.kind == .runTask }.compactMap(\.header.task)
    }

    /// `taskFailed` bodies sent to a connection, by task.
    func failures(to connection: ConnectionID) -> [TaskID: TaskFailure] {
        var result: [TaskID: TaskFailure] = [:]
        for envelope in sentEnvelopes(to: connection) where envelope.kind == .taskFailed {
            if let task = envelope.header.task, let failure = try? TaskFailure(decoding: envelope) {
                result[task] = failure
            }
        }
        return result
    }

    /// Whether a connection was closed.
    func closes(_ connection: ConnectionID) -> Bool {
        contains { if case .close(let closed) = $0 { return closed == connection } else { return false } }
    }
}
