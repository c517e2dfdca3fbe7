import PXWire
import Testing

@testable import PXController

@Suite struct DependencyTests {
    @Test func afterWaitsUntilTheDependencyFinishes() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        _ = harness.addEngine()
        let client = harness.addClient()
        let (first, start) = harness.submit(from: client, header: TaskHeader(target: engine.id))
        let (second, waiting) = harness.submit(from: client, header: TaskHeader(after: first))
        #expect(
            !waiting.contains {
                if case .send(let e, _) = $0 { return e.header.task == second[0] } else { return false }
            })
        #expect(harness.machine.queueStatus().unassigned == 1)
        let actions = harness.reply(start.runTasks(to: engine.connection), from: engine.connection)
        #expect(
            actions.contains {
                if case .send(let e, _) = $0 {
                    return e.kind == .runTask && e.header.task == second[0]
                } else {
                    return false
                }
            })
    }

    @Test func followRunsWhereTheDependencyRan() {
        var harness = ControllerHarness()
        _ = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let (first, _) = harness.submit(from: client, header: TaskHeader(target: engine1.id))
        _ = harness.reply(first, from: engine1.connection)
        let (second, actions) = harness.submit(from: client, header: TaskHeader(follow: first))
        #expect(actions.runTasks(to: engine1.connection) == second)
    }

    @Test func aFailedDependencyMakesTheTaskImpossible() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (first, _) = harness.submit(from: client, header: TaskHeader(target: engine.id))
        let (second, _) = harness.submit(from: client, header: TaskHeader(after: first))
        let actions = harness.reply(first, from: engine.connection, failed: true)
        let failure = actions.failures(to: client.connection)[second[0]]
        #expect(failure?.reason == .impossibleDependency)
        #expect(failure?.message == "dependency '\(first[0])' failed")
    }

    @Test func failureSatisfiesLetsTheTaskRunAfterAFailure() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (first, _) = harness.submit(from: client, header: TaskHeader(target: engine.id))
        let (second, _) = harness.submit(from: client, header: TaskHeader(after: first, flags: [.failureSatisfies]))
        let actions = harness.reply(first, from: engine.connection, failed: true)
        #expect(actions.runTasks(to: engine.connection) == second)
    }

    @Test func anyDependencyRunsAfterTheFirstOne() {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let (a, _) = harness.submit(from: client, header: TaskHeader(target: engine0.id))
        let (b, _) = harness.submit(from: client, header: TaskHeader(target: engine1.id))
        let (c, _) = harness.submit(from: client, header: TaskHeader(after: a + b, flags: [.anyDependency]))
        let actions = harness.reply(b, from: engine1.connection)
        #expect(actions.runTasks(to: engine1.connection) == c)
    }

    @Test func unknownDependenciesAreImpossible() {
        var harness = ControllerHarness()
        _ = harness.addEngine()
        let client = harness.addClient()
        let ghost = TaskID(client: client.id, sequence: 999)
        let (ids, actions) = harness.submit(from: client, header: TaskHeader(after: [ghost]))
        #expect(actions.failures(to: client.connection)[ids[0]]?.reason == .impossibleDependency)
    }

    @Test func followOnDifferentEnginesIsImpossible() {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let (a, _) = harness.submit(from: client, header: TaskHeader(target: engine0.id))
        let (b, _) = harness.submit(from: client, header: TaskHeader(target: engine1.id))
        _ = harness.reply(a, from: engine0.connection)
        _ = harness.reply(b, from: engine1.connection)
        let (c, actions) = harness.submit(from: client, header: TaskHeader(follow: a + b))
        #expect(
            actions.failures(to: client.connection)[c[0]]?.message == "follow dependencies ran on different engines")
    }

    @Test func waitingTasksTimeOut() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (first, _) = harness.submit(from: client, header: TaskHeader(target: engine.id))
        let (second, _) = harness.submit(from: client, header: TaskHeader(timeout: .seconds(1), after: first))
        let actions = harness.advance(.milliseconds(1_500))
        #expect(actions.failures(to: client.connection)[second[0]]?.reason == .timeout)
    }
}
