import PXWire
import Testing

@testable import PXController

@Suite struct AbortAndTimeoutTests {
    @Test func abortingQueuedTasksFailsThemAndForwardsRunningOnes() throws {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(3, from: client, header: TaskHeader(target: engine.id))
        let actions = harness.deliver(
            [Envelope(Header(kind: .abortTasks, client: client.id), body: TaskIDList([]))], from: client.connection)
        let failures = actions.failures(to: client.connection)
        #expect(failures.keys.sorted() == [ids[1], ids[2]])
        #expect(failures[ids[1]] == TaskFailure(reason: .aborted, message: "\(ids[1])"))
        let forwarded = try #require(actions.sentEnvelopes(to: engine.connection).first { $0.kind == .abortTasks })
        #expect(try TaskIDList(decoding: forwarded).tasks == [ids[0]])
        // The engine skipped it: its taskFailed(aborted) reaches the client.
        let skipped = Envelope(
            Header(kind: .taskFailed, task: ids[0]), body: TaskFailure(reason: .aborted, message: "\(ids[0])"))
        let final = harness.deliver([skipped], from: engine.connection)
        #expect(final.failures(to: client.connection)[ids[0]]?.reason == .aborted)
        #expect(harness.machine.pendingTaskCount == 0)
    }

    @Test func abortingNamedTasksLeavesTheOthers() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(3, from: client, header: TaskHeader(target: engine.id))
        let actions = harness.deliver(
            [Envelope(Header(kind: .abortTasks, client: client.id), body: TaskIDList([ids[2]]))],
            from: client.connection)
        #expect(actions.failures(to: client.connection).keys.sorted() == [ids[2]])
        #expect(harness.machine.pendingTaskCount == 2)
    }

    @Test func queuedTasksTimeOut() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(2, from: client, header: TaskHeader(timeout: .milliseconds(500)))
        var actions = harness.advance(.milliseconds(400))
        #expect(actions.failures(to: client.connection).isEmpty)
        actions = harness.advance(.milliseconds(200))
        let failures = actions.failures(to: client.connection)
        #expect(failures.keys.sorted() == [ids[1]], "the running task is not limited, the queued one is")
        #expect(failures[ids[1]]?.reason == .timeout)
        _ = engine
    }

    @Test func interruptsGoToTheEnginesRunningTheTasks() throws {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(from: client, header: TaskHeader(target: engine1.id))
        let actions = harness.deliver(
            [Envelope(Header(kind: .interruptTasks, client: client.id), body: TaskIDList(ids))], from: client.connection
        )
        #expect(actions.sentEnvelopes(to: engine0.connection).isEmpty)
        let forwarded = try #require(actions.sentEnvelopes(to: engine1.connection).first)
        #expect(forwarded.kind == .interruptTasks)
        let all = harness.deliver(
            [Envelope(Header(kind: .interruptTasks, client: client.id), body: TaskIDList([]))], from: client.connection)
        #expect(all.sentEnvelopes(to: engine0.connection).map(\.kind) == [.interruptTasks])
        #expect(all.sentEnvelopes(to: engine1.connection).map(\.kind) == [.interruptTasks])
    }

    @Test func aDepartedClientsQueuedTasksAreDropped() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(3, from: client, header: TaskHeader(target: engine.id))
        _ = harness.close(client.connection)
        #expect(harness.machine.pendingTaskCount == 1, "only the running task remains")
        let actions = harness.reply([ids[0]], from: engine.connection)
        #expect(actions.runTasks(to: engine.connection).isEmpty)
        #expect(harness.machine.pendingTaskCount == 0)
    }
}
