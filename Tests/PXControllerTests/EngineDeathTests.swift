import PXWire
import Testing

@testable import PXController

@Suite struct EngineDeathTests {
    @Test func directTasksOfADeadEngineFailWithEngineDied() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(3, from: client, header: TaskHeader(target: engine.id))
        let actions = harness.close(engine.connection)
        let failures = actions.failures(to: client.connection)
        #expect(Set(failures.keys) == Set(ids), "running and queued direct tasks all fail")
        #expect(failures[ids[0]]?.reason == .engineDied)
        #expect(failures[ids[0]]?.message == "Engine 0 died while running task '\(ids[0])'")
        #expect(harness.machine.pendingTaskCount == 0)
    }

    @Test func loadBalancedTasksWithRetriesMoveToAnotherEngine() {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let (ids, first) = harness.submit(2, from: client, header: TaskHeader(retries: 1))
        let on0 = first.runTasks(to: engine0.connection)
        #expect(on0.count == 1)
        let afterDeath = harness.close(engine0.connection)
        #expect(afterDeath.failures(to: client.connection).isEmpty)
        let on1 = first.runTasks(to: engine1.connection)
        let replies = harness.reply(on1, from: engine1.connection)
        #expect(replies.runTasks(to: engine1.connection) == on0, "the retried task runs next on engine 1")
        #expect(Set(on0 + on1) == Set(ids))
    }

    @Test func loadBalancedTasksWithoutRetriesFail() {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        _ = harness.addEngine()
        let client = harness.addClient()
        let (_, first) = harness.submit(2, from: client)
        let on0 = first.runTasks(to: engine0.connection)
        let actions = harness.close(engine0.connection)
        #expect(actions.failures(to: client.connection).keys.sorted() == on0)
        #expect(actions.failures(to: client.connection)[on0[0]]?.reason == .engineDied)
    }

    @Test func queuedLoadBalancedTasksAreUnaffectedByADeath() {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let (ids, first) = harness.submit(5, from: client)
        _ = harness.close(engine0.connection)
        var ran = first.runTasks(to: engine1.connection)
        var pending = ran
        while !pending.isEmpty {
            let next = harness.reply(pending, from: engine1.connection).runTasks(to: engine1.connection)
            ran += next
            pending = next
        }
        #expect(ran.count == 4, "four tasks never reached engine 0")
        #expect(Set(ran).isSubset(of: Set(ids)))
    }

    @Test func retriesRunOutWhenEveryEngineWasTried() {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(from: client, header: TaskHeader(retries: 3))
        let actions = harness.close(engine0.connection)
        let failure = actions.failures(to: client.connection)[ids[0]]
        #expect(failure?.reason == .impossibleDependency)
        #expect(failure?.message == "no engine left to run task '\(ids[0])' (already tried engines 0)")
    }

    @Test func aFailedReplyIsRetriedOnAnotherEngineThenDelivered() throws {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let (ids, first) = harness.submit(from: client, header: TaskHeader(retries: 1))
        let engines = [engine0, engine1]
        let firstEngine = try #require(engines.first { !first.runTasks(to: $0.connection).isEmpty })
        let otherEngine = try #require(engines.first { $0.id != firstEngine.id })
        let retried = harness.reply(ids, from: firstEngine.connection, failed: true)
        #expect(
            retried.sentEnvelopes(to: client.connection).isEmpty, "the error is not delivered while a retry remains")
        #expect(retried.runTasks(to: otherEngine.connection) == ids)
        let final = harness.reply(ids, from: otherEngine.connection, failed: true)
        let delivered = final.sentEnvelopes(to: client.connection)
        #expect(delivered.map(\.kind) == [.taskReply])
        #expect(delivered.first?.header.flags.contains(.failed) == true)
    }

    @Test func silentEnginesAreDeclaredDeadAfterTheHeartbeatLimit() {
        var harness = ControllerHarness {
            $0.heartbeatPeriod = .seconds(1); $0.heartbeatMisses = 3
        }
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(from: client, header: TaskHeader(target: engine.id))
        var actions = harness.advance(.seconds(1))
        #expect(actions.sentEnvelopes(to: engine.connection).map(\.kind) == [.heartbeat])
        actions = harness.advance(.seconds(1))
        actions += harness.advance(.seconds(1))
        #expect(harness.machine.aliveEngineCount == 1)
        actions = harness.advance(.milliseconds(1_100))
        #expect(actions.closes(engine.connection))
        #expect(actions.failures(to: client.connection)[ids[0]]?.reason == .engineDied)
        #expect(harness.machine.engineRecords.first?.state == .dead)
    }

    @Test func anyMessageCountsAsAHeartbeat() {
        var harness = ControllerHarness {
            $0.heartbeatPeriod = .seconds(1); $0.heartbeatMisses = 2
        }
        let engine = harness.addEngine()
        for _ in 0..<10 {
            _ = harness.advance(.milliseconds(900))
            let stamp = HeartbeatStamp(sent: Timestamp(rawValue: 0), engineClock: Timestamp(rawValue: 0))
            _ = harness.deliver([Envelope(Header(kind: .heartbeatReply), body: stamp)], from: engine.connection)
        }
        #expect(harness.machine.aliveEngineCount == 1)
    }

    @Test func anEngineInTheMiddleOfALargeFrameIsNotSilent() {
        var harness = ControllerHarness {
            $0.heartbeatPeriod = .seconds(1); $0.heartbeatMisses = 2
        }
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(from: client, header: TaskHeader(target: engine.id))
        // 10 s of one frame moving, no message complete: bytes arriving or being taken count as signs of life.
        for _ in 0..<10 { _ = harness.advance(.milliseconds(900), active: [engine.connection]) }
        #expect(harness.machine.aliveEngineCount == 1)
        // Other connections' activity does not count for it.
        let client2 = harness.addClient()
        var actions: [ControllerAction] = []
        for _ in 0..<3 { actions += harness.advance(.milliseconds(900), active: [client2.connection]) }
        #expect(actions.closes(engine.connection))
        #expect(actions.failures(to: client.connection)[ids[0]]?.reason == .engineDied)
    }

    @Test func unregisteringIsNotADeathButFailsTasksTheSameWay() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(from: client, header: TaskHeader(target: engine.id))
        let actions = harness.deliver([Envelope(Header(kind: .unregisterEngine))], from: engine.connection)
        #expect(actions.failures(to: client.connection)[ids[0]]?.reason == .engineDied)
        #expect(harness.machine.engineRecords.first?.state == .unregistered)
    }

    @Test func aReportedProcessExitReachesClients() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        _ = harness.close(engine.connection)
        let pid = Int32(engine.connection.rawValue)
        let actions = harness.machine.onEngineProcessExited(
            pid: pid, description: "killed by signal 9 (SIGKILL)", now: harness.now)
        let record = actions.sentEnvelopes(to: client.connection).compactMap { try? EngineRecord(decoding: $0) }.first
        #expect(record?.note == "connection closed; killed by signal 9 (SIGKILL)")
    }
}
