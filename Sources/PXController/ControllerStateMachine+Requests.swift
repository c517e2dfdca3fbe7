import PXTransport
import PXWire

extension ControllerStateMachine {
    // MARK: - Engine messages

    mutating func handleEngineMessage(_ envelope: Envelope, from engine: EngineID, connection: ConnectionID) {
        switch envelope.kind {
        case .taskReply, .taskFailed:
            taskAnswered(envelope, by: engine)
        case .taskOutput:
            var forwarded = envelope
            forwarded.header.engine = engine
            if let task = envelope.header.task, let record = tasks[task] {
                forwarded.header.client = record.client
                if let destination = clients[record.client] { send(forwarded, to: destination) }
            } else if let client = envelope.header.client, let destination = clients[client] {
                send(forwarded, to: destination)
            }
        case .heartbeatReply:
            heartbeatAnswered(envelope, by: engine)
        case .clearNamespaceReply:
            var forwarded = envelope
            forwarded.header.engine = engine
            if let client = envelope.header.client, let destination = clients[client] {
                send(forwarded, to: destination)
            }
        case .unregisterEngine:
            peers[connection] = nil
            engineLost(engine, state: .unregistered, note: "unregistered")
        default:
            log(.warning, "engine \(engine) sent unexpected \(envelope.kind); ignored")
        }
    }

    // MARK: - Client messages

    mutating func handleClientMessage(_ envelope: Envelope, from client: ClientID, connection: ConnectionID) {
        switch envelope.kind {
        case .submitTask:
            submit(envelope, from: client, connection: connection)
        case .abortTasks:
            abort(envelope, from: client)
        case .interruptTasks:
            interrupt(envelope, from: client)
        case .queueStatusRequest:
            let status = queueStatus(engine: envelope.header.engine)
            send(
                Envelope(Header(kind: .queueStatusReply, engine: envelope.header.engine, client: client), body: status),
                to: connection)
        case .clearNamespace:
            for (engine, destination) in targetConnections(envelope.header.engine) {
                send(Envelope(Header(kind: .clearNamespace, engine: engine, client: client)), to: destination)
            }
        case .shutdownRequest:
            for (engine, destination) in targetConnections(envelope.header.engine) {
                send(Envelope(Header(kind: .shutdownRequest, engine: engine)), to: destination)
            }
            send(Envelope(Header(kind: .shutdownReply, flags: envelope.header.flags, client: client)), to: connection)
            let scope = envelope.header.flags.contains(.includesController) ? "the controller" : "the engines"
            log(.info, "\(client) asked for shutdown of \(scope)")
            if envelope.header.flags.contains(.includesController) { output.append(.stopController) }
        default:
            log(.warning, "\(client) sent unexpected \(envelope.kind); ignored")
        }
    }

    /// Alive engines and their connections: one engine, or all when `engine` is `nil`.
    private func targetConnections(_ engine: EngineID?) -> [(EngineID, ConnectionID)] {
        lru.sorted().compactMap { candidate in
            guard engine == nil || engine == candidate, let connection = engines[Int(candidate.rawValue)].connection
            else {
                return nil
            }
            return (candidate, connection)
        }
    }

    /// Tasks named in an abort or interrupt request, or all of the client's unfinished tasks.
    private func selectedTasks(_ envelope: Envelope, from client: ClientID) -> [TaskRecord] {
        let listed = (try? TaskIDList(decoding: envelope))?.tasks ?? []
        let engine = envelope.header.engine
        func matches(_ record: TaskRecord) -> Bool {
            guard record.client == client else { return false }
            guard let engine else { return true }
            if case .running(let running) = record.state { return running == engine }
            return record.header.target == engine
        }
        if listed.isEmpty { return tasks.values.filter(matches).sorted { $0.id < $1.id } }
        return listed.compactMap { tasks[$0] }.filter(matches)
    }

    private mutating func abort(_ envelope: Envelope, from client: ClientID) {
        var running: [EngineID: [TaskID]] = [:]
        for record in selectedTasks(envelope, from: client) {
            if case .running(let engine) = record.state {
                running[engine, default: []].append(record.id)
            } else {
                failTask(record.id, reason: .aborted, message: "\(record.id)")
            }
        }
        // Tasks already sent: the engine skips the ones it has not started and answers `taskFailed(aborted)`.
        for (engine, list) in running.sorted(by: { $0.key < $1.key }) {
            guard let connection = engines[Int(engine.rawValue)].connection else { continue }
            send(
                Envelope(Header(kind: .abortTasks, engine: engine, client: client), body: TaskIDList(list)),
                to: connection)
        }
    }

    private mutating func interrupt(_ envelope: Envelope, from client: ClientID) {
        let listed = (try? TaskIDList(decoding: envelope))?.tasks ?? []
        if listed.isEmpty {
            for (engine, connection) in targetConnections(envelope.header.engine) {
                send(
                    Envelope(Header(kind: .interruptTasks, engine: engine, client: client), body: TaskIDList([])),
                    to: connection)
            }
            return
        }
        var running: [EngineID: [TaskID]] = [:]
        for record in selectedTasks(envelope, from: client) {
            if case .running(let engine) = record.state { running[engine, default: []].append(record.id) }
        }
        for (engine, list) in running.sorted(by: { $0.key < $1.key }) {
            guard let connection = engines[Int(engine.rawValue)].connection else { continue }
            send(
                Envelope(Header(kind: .interruptTasks, engine: engine, client: client), body: TaskIDList(list)),
                to: connection)
        }
    }
}
