import PXController
import PXWire
import Testing

/// A load-balanced task whose dependencies an engine finds unmet (its reply carries `unmetDependency`) goes to
/// another engine without using a retry, as ipyparallel's scheduler reschedules it; with no engine left it fails
/// with ImpossibleDependency.
@Suite struct UnmetDependencyTests {
    @Test func anUnmetTaskRunsOnAnotherEngine() throws {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let (ids, first) = harness.submit(from: client, header: TaskHeader(flags: [.mayBeUnmet]))
        let engines = [engine0, engine1]
        let firstEngine = try #require(engines.first { !first.runTasks(to: $0.connection).isEmpty })
        let otherEngine = try #require(engines.first { $0.id != firstEngine.id })
        let moved = harness.reply(ids, from: firstEngine.connection, failed: true, flags: [.unmetDependency])
        #expect(moved.sentEnvelopes(to: client.connection).isEmpty, "the unmet dependency is not delivered")
        #expect(moved.runTasks(to: otherEngine.connection) == ids)
        #expect(moved.sentEnvelopes(to: otherEngine.connection).first?.payload.bytes.isEmpty == false,
                "the payload was kept for the second engine")
        let done = harness.reply(ids, from: otherEngine.connection)
        #expect(done.sentEnvelopes(to: client.connection).map(\.kind) == [.taskReply])
    }

    @Test func unmetEverywhereIsAnImpossibleDependency() throws {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(from: client, header: TaskHeader(flags: [.mayBeUnmet]))
        let actions = harness.reply(ids, from: engine0.connection, failed: true, flags: [.unmetDependency])
        let failure = actions.failures(to: client.connection)[ids[0]]
        #expect(failure?.reason == .impossibleDependency)
        #expect(failure?.message == "no engine left to run task '\(ids[0])' (already tried engines 0)")
    }
}
