import PXWire
import Testing

@testable import PXController

@Suite struct LoadBalancingTests {
    /// Runs `count` tiny tasks through `engines` engines, answering every dispatched task at once.
    private func runTiny(count: Int, engines engineCount: Int, scheme: LoadBalancingScheme) -> (
        perEngine: [Int], maxInFlight: Int
    ) {
        var harness = ControllerHarness { $0.scheme = scheme }
        let engines = (0..<engineCount).map { _ in harness.addEngine() }
        let client = harness.addClient()
        var pending = harness.submit(count, from: client).actions
        var perEngine = Array(repeating: 0, count: engineCount)
        var maxInFlight = 0
        var done = 0
        while done < count {
            var next: [ControllerAction] = []
            for (index, engine) in engines.enumerated() {
                let tasks = pending.runTasks(to: engine.connection)
                guard !tasks.isEmpty else { continue }
                perEngine[index] += tasks.count
                maxInFlight = max(maxInFlight, tasks.count)
                done += tasks.count
                next += harness.reply(tasks, from: engine.connection)
            }
            if next.isEmpty { break }
            pending = next
        }
        return (perEngine, maxInFlight)
    }

    @Test(arguments: LoadBalancingScheme.allCases)
    func everySchemeRunsEveryTask(scheme: LoadBalancingScheme) {
        let (perEngine, _) = runTiny(count: 1_000, engines: 3, scheme: scheme)
        #expect(perEngine.reduce(0, +) == 1_000)
        #expect(perEngine.allSatisfy { $0 > 0 }, "\(scheme) left an engine idle: \(perEngine)")
    }

    @Test func tinyTasksPipelineThroughAGrowingWindow() {
        let (perEngine, maxInFlight) = runTiny(count: 5_000, engines: 2, scheme: .leastLoad)
        #expect(perEngine.reduce(0, +) == 5_000)
        #expect(maxInFlight > 50, "the window should open up for 5 µs tasks, got \(maxInFlight)")
    }

    @Test func leastLoadSpreadsAnInitialBurstEvenly() {
        var harness = ControllerHarness()
        let engines = (0..<4).map { _ in harness.addEngine() }
        let client = harness.addClient()
        let actions = harness.submit(10, from: client).actions
        #expect(engines.map { actions.runTasks(to: $0.connection).count } == [1, 1, 1, 1])
        #expect(harness.machine.queueStatus().unassigned == 6)
    }

    @Test func longTasksAreHandedOutOneAtATime() {
        var harness = ControllerHarness()
        let fast = harness.addEngine()
        let slow = harness.addEngine()
        let client = harness.addClient()
        let first = harness.submit(6, from: client).actions
        var fastTasks = first.runTasks(to: fast.connection)
        let slowTasks = first.runTasks(to: slow.connection)
        #expect(fastTasks.count == 1 && slowTasks.count == 1)
        // The fast engine finishes its 1 s tasks one by one while the slow one is still busy: it gets the rest.
        for _ in 0..<4 {
            let next = harness.reply([fastTasks.removeFirst()], from: fast.connection, duration: .seconds(1))
            let handed = next.runTasks(to: fast.connection)
            #expect(handed.count == 1, "window stays at one for long tasks")
            fastTasks += handed
        }
        #expect(harness.machine.queueStatus().unassigned == 0)
    }

    @Test func restrictedTasksOnlyGoToAllowedEngines() {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let actions = harness.submit(2, from: client, header: TaskHeader(allowed: [engine1.id])).actions
        #expect(actions.runTasks(to: engine0.connection).isEmpty)
        #expect(actions.runTasks(to: engine1.connection).count == 1)
    }

    @Test func aBlockedRestrictedTaskDoesNotHoldUpOthers() {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        _ = harness.submit(1, from: client, header: TaskHeader(allowed: [engine1.id]))
        _ = harness.submit(1, from: client, header: TaskHeader(allowed: [engine1.id]))  // blocked: engine 1 is full
        let free = harness.submit(1, from: client).actions
        #expect(free.runTasks(to: engine0.connection).count == 1)
    }

    @Test func tasksWaitForTheFirstEngine() {
        var harness = ControllerHarness()
        let client = harness.addClient()
        let (ids, actions) = harness.submit(2, from: client)
        #expect(actions.failures(to: client.connection).isEmpty)
        let engine = harness.addEngine()
        #expect(harness.log.runTasks(to: engine.connection) == [ids[0]])
    }
}
