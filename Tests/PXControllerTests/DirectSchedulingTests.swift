import PXWire
import Testing

@testable import PXController

@Suite struct DirectSchedulingTests {
    @Test func directTasksRunInSubmissionOrderOnTheirEngine() {
        var harness = ControllerHarness()
        let engine0 = harness.addEngine()
        let engine1 = harness.addEngine()
        let client = harness.addClient()
        let (ids, actions) = harness.submit(3, from: client, header: TaskHeader(target: engine1.id))
        #expect(actions.runTasks(to: engine0.connection).isEmpty)
        var sent = actions.runTasks(to: engine1.connection)
        #expect(sent == [ids[0]], "the window starts at one task")
        var replies = harness.reply([ids[0]], from: engine1.connection)
        sent += replies.runTasks(to: engine1.connection)
        replies = harness.reply(Array(sent.dropFirst()), from: engine1.connection)
        sent += replies.runTasks(to: engine1.connection)
        #expect(sent == ids)
    }

    @Test func repliesGoToTheSubmittingClientWithTheEngineFilledIn() throws {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let other = harness.addClient()
        let (ids, _) = harness.submit(from: client, header: TaskHeader(target: engine.id))
        let actions = harness.reply(ids, from: engine.connection)
        let reply = try #require(actions.sentEnvelopes(to: client.connection).first)
        #expect(reply.kind == .taskReply)
        #expect(reply.header.engine == engine.id)
        #expect(reply.header.client == client.id)
        #expect(reply.payload == [42])
        #expect(actions.sentEnvelopes(to: other.connection).isEmpty)
    }

    @Test func theRunTaskCarriesTheClientsPayloadUntouched() throws {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (ids, actions) = harness.submit(from: client, header: TaskHeader(target: engine.id))
        let run = try #require(actions.sentEnvelopes(to: engine.connection).first { $0.kind == .runTask })
        #expect(run.header.task == ids.first)
        #expect(run.header.client == client.id)
        #expect(run.payload == [1, 2, 3])
    }

    @Test func invalidSubmissionsAreRefused() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let unknownEngine = harness.submit(from: client, header: TaskHeader(target: EngineID(9)))
        #expect(unknownEngine.actions.failures(to: client.connection)[unknownEngine.ids[0]]?.reason == .invalid)
        let foreign = TaskID(client: ClientID(rawValue: 99), sequence: 1)
        var actions = harness.deliver(
            [Envelope(Header(kind: .submitTask, client: client.id, task: foreign), taskHeader: TaskHeader())],
            from: client.connection
        )
        #expect(actions.failures(to: client.connection)[foreign]?.message == "task ID '99:1' belongs to another client")
        let good = harness.submit(from: client, header: TaskHeader(target: engine.id))
        actions = harness.deliver(
            [Envelope(Header(kind: .submitTask, client: client.id, task: good.ids[0]), taskHeader: TaskHeader())],
            from: client.connection
        )
        #expect(actions.failures(to: client.connection)[good.ids[0]]?.reason == .invalid, "duplicate ID")
    }

    @Test func aDirectTaskToADeadEngineFailsAtOnce() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        _ = harness.close(engine.connection)
        let (ids, actions) = harness.submit(from: client, header: TaskHeader(target: engine.id))
        #expect(actions.failures(to: client.connection)[ids[0]]?.reason == .engineDied)
    }

    @Test func outputIsForwardedToTheClient() {
        var harness = ControllerHarness()
        let engine = harness.addEngine()
        let client = harness.addClient()
        let (ids, _) = harness.submit(from: client, header: TaskHeader(target: engine.id))
        let output = Envelope(Header(kind: .taskOutput, flags: [.stderr], task: ids[0]), payload: Payload(utf8: "hi\n"))
        let actions = harness.deliver([output], from: engine.connection)
        let forwarded = actions.sentEnvelopes(to: client.connection)
        #expect(forwarded.map(\.kind) == [.taskOutput])
        #expect(forwarded.first?.header.engine == engine.id)
        #expect(forwarded.first?.payload.utf8String == "hi\n")
    }
}
