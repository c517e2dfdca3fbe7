import PXWire
import Testing

@testable import PXController

@Suite struct ClientRequestTests {
    @Test func queueStatusCountsDirectLoadBalancedAndCompleted() throws {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        _ = harness.addEngine()
        let client = harness.addClient()
        let direct = harness.submit(2, from: client, header: TaskHeader(target: engine0.id))
        _ = harness.reply([direct.ids[0]], from: engine0.connection)
        _ = harness.submit(5, from: client)
        let actions = harness.deliver(
            [Envelope(Header(kind: .queueStatusRequest, client: client.id))], from: client.connection)
        let reply = try #require(actions.sentEnvelopes(to: client.connection).first { $0.kind == .queueStatusReply })
        let status = try QueueStatus(decoding: reply)
        #expect(status.engines.map(\.engine) == [EngineID(0), EngineID(1)])
        #expect(status.engines[0].queue == 1)
        #expect(status.engines[0].completed == 1)
        #expect(status.engines[0].tasks + status.engines[1].tasks + status.unassigned == 5)
    }

    @Test func clearNamespaceGoesToEachEngineAndRepliesComeBack() {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let actions = harness.deliver(
            [Envelope(Header(kind: .clearNamespace, client: client.id))], from: client.connection)
        #expect(actions.sentEnvelopes(to: engine0.connection).map(\.kind) == [.clearNamespace])
        #expect(actions.sentEnvelopes(to: engine1.connection).first?.header.client == client.id)
        let reply = harness.deliver(
            [Envelope(Header(kind: .clearNamespaceReply, client: client.id))], from: engine1.connection)
        #expect(reply.sentEnvelopes(to: client.connection).first?.header.engine == engine1.id)
    }

    @Test func shutdownStopsEnginesAndOptionallyTheController() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        var actions = harness.deliver(
            [Envelope(Header(kind: .shutdownRequest, client: client.id))], from: client.connection)
        #expect(actions.sentEnvelopes(to: engine.connection).map(\.kind) == [.shutdownRequest])
        #expect(actions.sentEnvelopes(to: client.connection).map(\.kind) == [.shutdownReply])
        #expect(!actions.contains(.stopController))
        actions = harness.deliver(
            [Envelope(Header(kind: .shutdownRequest, flags: [.includesController], client: client.id))],
            from: client.connection)
        #expect(actions.contains(.stopController))
    }

    @Test func shutdownOfOneEngineLeavesTheOthers() {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let actions = harness.deliver(
            [Envelope(Header(kind: .shutdownRequest, engine: engine1.id, client: client.id))], from: client.connection)
        #expect(actions.sentEnvelopes(to: engine0.connection).isEmpty)
        #expect(actions.sentEnvelopes(to: engine1.connection).map(\.kind) == [.shutdownRequest])
        #expect(actions.sentEnvelopes(to: client.connection).map(\.kind) == [.shutdownReply])
    }

    @Test func heartbeatRepliesRefineTheClockOffset() {
        var harness = ControllerHarness()
        let engine = harness.addEngine(clockSkew: 0)
        let client = harness.addClient()
        // The engine's clock is 10 ms behind; the round trip took 2 ms.
        let sent = Timestamp(rawValue: Int64(harness.time))
        harness.time += 2_000_000
        let engineClock = Timestamp(rawValue: sent.rawValue + 1_000_000 - 10_000_000)
        let stamp = HeartbeatStamp(sent: sent, engineClock: engineClock)
        let actions = harness.deliver([Envelope(Header(kind: .heartbeatReply), body: stamp)], from: engine.connection)
        let update = actions.sentEnvelopes(to: client.connection).compactMap { try? EngineRecord(decoding: $0) }
        #expect(update.first?.clockOffsetNanoseconds == 10_000_000)
    }
}
