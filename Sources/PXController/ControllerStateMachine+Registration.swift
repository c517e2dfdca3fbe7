import PXTransport
import PXWire

extension ControllerStateMachine {
    // MARK: - Registration

    mutating func handleRegistration(_ envelope: Envelope, role: PeerRole, connection: ConnectionID) {
        switch (role, envelope.kind) {
        case (.engine, .registerEngine):
            do {
                registerEngine(try EngineInfo(decoding: envelope), connection: connection)
            } catch {
                log(.warning, "connection \(connection): \(error); closing it")
                output.append(.close(connection))
            }
        case (.client, .registerClient):
            registerClient(connection: connection)
        default:
            log(.warning, "connection \(connection) sent \(envelope.kind) before registering as \(role); ignored")
        }
    }

    private mutating func registerEngine(_ info: EngineInfo, connection: ConnectionID) {
        let offset = now.wall.rawValue &- info.clock.rawValue
        let graceNanoseconds = ControllerInstant.nanoseconds(settings.heartbeatLimit)
        var reused: EngineID?
        if let known = engineByUUID[info.uuid] {
            let slot = engines[Int(known.rawValue)]
            if slot.isAlive {
                if let old = slot.connection {
                    peers[old] = nil
                    output.append(.close(old))
                }
                engineLost(known, state: .dead, note: "replaced by a new connection")
                reused = known
            } else if let diedAt = slot.diedAt, now.monotonic &- diedAt <= graceNanoseconds {
                reused = known
            }
        }
        let id = reused ?? newEngineID(requested: info.requestedID)
        let record = EngineRecord(
            id: id, state: .registered, host: info.host, pid: info.pid, uuid: info.uuid, clockOffsetNanoseconds: offset
        )
        let slot = EngineSlot(
            record: record, connection: connection, lastHeard: now.monotonic, lastHeartbeat: now.monotonic,
            window: InFlightWindow(maximum: settings.maximumInFlight, target: settings.targetQueuedWork)
        )
        if reused == nil, Int(id.rawValue) < engines.count {
            engines[Int(id.rawValue)] = slot  // a reserved gap below a higher requested ID
        } else if let reused {
            var previous = engines[Int(reused.rawValue)]
            previous.record = record
            previous.connection = connection
            previous.lastHeard = now.monotonic
            previous.lastHeartbeat = now.monotonic
            previous.diedAt = nil
            previous.bestRoundTrip = .max
            previous.calibrationProbes = 0
            previous.window = slot.window
            engines[Int(reused.rawValue)] = previous
        } else {
            engines.append(slot)
        }
        engineByUUID[info.uuid] = id
        peers[connection] = .engine(id)
        lru.append(id)
        let welcome = EngineWelcome(
            heartbeatPeriod: settings.heartbeatPeriod, heartbeatMisses: UInt32(clamping: settings.heartbeatMisses))
        send(Envelope(Header(kind: .registerEngineReply, engine: id), body: welcome), to: connection)
        // A first round trip at once: the offset estimated from registration includes the handshake's time.
        send(Envelope(Header(kind: .heartbeat, engine: id), body: HeartbeatStamp(sent: now.wall)), to: connection)
        broadcastToClients(Envelope(Header(kind: .engineStatus, engine: id), body: record))
        log(.info, "engine \(id) registered\(reused == nil ? "" : " again") (pid \(info.pid) on \(info.host))")
    }

    /// The ID for a newly registering engine: the one it asks for (its MPI rank) when no engine holds it
    /// and it is below ``ControllerSettings/requestedIDLimit``, else the next ID after every ID in use.
    /// Granting a requested ID beyond the end reserves the IDs in between for the ranks still to come.
    private mutating func newEngineID(requested: EngineID?) -> EngineID {
        let next = EngineID(rawValue: UInt32(engines.count))
        guard let requested else { return next }
        let index = Int(requested.rawValue)
        if index < engines.count {
            if engines[index].isReserved { return requested }
            log(.warning, "engine ID \(requested) was requested but is taken; giving \(next) instead")
            return next
        }
        guard index < settings.requestedIDLimit else {
            log(.warning, "requested engine ID \(requested) is not below \(settings.requestedIDLimit); giving \(next)")
            return next
        }
        while engines.count < index {
            engines.append(EngineSlot.reserved(EngineID(rawValue: UInt32(engines.count)), settings: settings))
        }
        return requested
    }

    private mutating func registerClient(connection: ConnectionID) {
        guard nextClient <= ClientID.maximum else {
            log(.error, "client IDs exhausted; closing connection \(connection)")
            output.append(.close(connection))
            return
        }
        let client = ClientID(rawValue: nextClient)
        nextClient += 1
        clients[client] = connection
        peers[connection] = .client(client)
        let table = EngineTable(engines: engineRecords, schemeName: settings.scheme.rawValue)
        send(Envelope(Header(kind: .registerClientReply, client: client), body: table), to: connection)
        log(.info, "\(client) registered")
    }

    mutating func clientLeft(_ client: ClientID) {
        clients[client] = nil
        // Nobody is left to receive these tasks' results: drop the ones that have not started.
        let abandoned = tasks.values.filter { $0.client == client && $0.state.isNotStarted }.map(\.id)
        for task in abandoned { finishTask(task, engine: nil, succeeded: false) }
        log(.info, "\(client) left\(abandoned.isEmpty ? "" : "; dropped \(abandoned.count) unstarted tasks")")
    }

    // MARK: - Engines leaving

    /// Marks an engine dead or unregistered and deals with its tasks: direct ones fail, load-balanced
    /// ones are retried on another engine while `retries` allow, else fail.
    mutating func engineLost(_ engine: EngineID, state: EngineState, note: String) {
        let index = Int(engine.rawValue)
        guard engines[index].isAlive else { return }
        engines[index].record.state = state
        engines[index].record.note = note
        engines[index].connection = nil
        engines[index].diedAt = now.monotonic
        engines[index].window.reset()
        lru.removeAll { $0 == engine }
        let stranded = Array(engines[index].inFlight) + Array(engines[index].directQueue)
        engines[index].inFlight.removeAll()
        engines[index].directQueue.removeAll()
        for task in stranded {
            guard let record = tasks[task] else { continue }
            let message = "Engine \(engine) died while running task '\(task)'"
            if case .running = record.state, !record.header.isDirect, record.retriesUsed < record.header.retries {
                requeue(task, excluding: engine, isRetry: true)
            } else if case .running = record.state {
                failTask(task, reason: .engineDied, message: message)
            } else if record.state == .queued {
                failTask(task, reason: .engineDied, message: message)
            }
        }
        // Direct tasks still waiting for dependencies on this engine can never run either.
        let waitingDirect = tasks.values.filter { $0.header.target == engine && $0.state == .waiting }.map(\.id)
        for task in waitingDirect {
            failTask(task, reason: .engineDied, message: "Engine \(engine) died while running task '\(task)'")
        }
        broadcastToClients(Envelope(Header(kind: .engineStatus, engine: engine), body: engines[index].record))
        log(state == .dead ? .warning : .info, "engine \(engine) \(state): \(note)")
    }

    // MARK: - Heartbeats

    mutating func checkHeartbeats() {
        let period = ControllerInstant.nanoseconds(settings.heartbeatPeriod)
        let limit = ControllerInstant.nanoseconds(settings.heartbeatLimit)
        for engine in lru {
            let slot = engines[Int(engine.rawValue)]
            guard let connection = slot.connection else { continue }
            if now.monotonic &- slot.lastHeard > limit {
                peers[connection] = nil
                output.append(.close(connection))
                engineLost(engine, state: .dead, note: "no heartbeat for \(settings.heartbeatLimit)")
                continue
            }
            if now.monotonic &- slot.lastHeartbeat >= period {
                engines[Int(engine.rawValue)].lastHeartbeat = now.monotonic
                send(
                    Envelope(Header(kind: .heartbeat, engine: engine), body: HeartbeatStamp(sent: now.wall)),
                    to: connection)
            }
        }
    }

    /// Refines an engine's clock offset from a heartbeat round trip (the fastest one wins). Until a round trip
    /// under 200 µs is seen, up to eight more heartbeats follow at once, so that the offset is right within
    /// milliseconds of registration rather than after several heartbeat periods.
    mutating func heartbeatAnswered(_ envelope: Envelope, by engine: EngineID) {
        guard let stamp = try? HeartbeatStamp(decoding: envelope), let engineClock = stamp.engineClock else { return }
        let index = Int(engine.rawValue)
        let roundTrip = now.wall.rawValue &- stamp.sent.rawValue
        defer { probeAgainIfSlow(engine) }
        guard roundTrip >= 0, roundTrip < engines[index].bestRoundTrip else { return }
        engines[index].bestRoundTrip = roundTrip
        let midpoint = stamp.sent.rawValue &+ roundTrip / 2
        let offset = midpoint &- engineClock.rawValue
        let change = offset &- engines[index].record.clockOffsetNanoseconds
        guard change.magnitude > 100_000 else { return }
        engines[index].record.clockOffsetNanoseconds = offset
        broadcastToClients(Envelope(Header(kind: .engineStatus, engine: engine), body: engines[index].record))
    }

    private mutating func probeAgainIfSlow(_ engine: EngineID) {
        let index = Int(engine.rawValue)
        guard engines[index].bestRoundTrip > 200_000, engines[index].calibrationProbes < 8,
              let connection = engines[index].connection else { return }
        engines[index].calibrationProbes += 1
        send(Envelope(Header(kind: .heartbeat, engine: engine), body: HeartbeatStamp(sent: now.wall)), to: connection)
    }
}
