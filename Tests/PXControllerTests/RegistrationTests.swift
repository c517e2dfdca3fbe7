import PXTransport
import PXWire
import Testing

@testable import PXController

@Suite struct RegistrationTests {
    @Test func enginesAreNumberedFromZeroInRegistrationOrder() {
        var harness = ControllerHarness()
        #expect(harness.addEngine().id == EngineID(0))
        #expect(harness.addEngine().id == EngineID(1))
        #expect(harness.addEngine().id == EngineID(2))
        #expect(harness.machine.aliveEngineCount == 3)
    }

    @Test func clientsGetIDsAndTheEngineTable() {
        var harness = ControllerHarness()
        _ = harness.addEngine(clockSkew: -5_000)
        let client = harness.addClient()
        #expect(client.id == ClientID(rawValue: 1))
        #expect(client.table?.schemeName == "leastload")
        #expect(client.table?.engines.map(\.id) == [EngineID(0)])
        #expect(client.table?.engines.first?.clockOffsetNanoseconds == 5_000, "controller clock minus engine clock")
        #expect(harness.addClient().id == ClientID(rawValue: 2))
    }

    @Test func clientsHearOfArrivalsAndDeaths() {
        var harness = ControllerHarness()
        let client = harness.addClient()
        let engine = harness.addEngine()
        let arrivals = harness.log.sentEnvelopes(to: client.connection).filter { $0.kind == .engineStatus }
        #expect(arrivals.compactMap { try? EngineRecord(decoding: $0) }.map(\.state) == [.registered])
        let actions = harness.close(engine.connection)
        let statuses = actions.sentEnvelopes(to: client.connection).compactMap { try? EngineRecord(decoding: $0) }
        #expect(statuses.map(\.state) == [.dead])
        #expect(statuses.first?.note == "connection closed")
    }

    @Test func anEngineReconnectingWithinTheLimitKeepsItsID() {
        var harness = ControllerHarness()
        let first = harness.addEngine(uuid: "same")
        _ = harness.addEngine(uuid: "other")
        _ = harness.close(first.connection)
        _ = harness.advance(.seconds(2))
        let again = harness.addEngine(uuid: "same")
        #expect(again.id == first.id)
        #expect(harness.machine.engineRecords.map(\.state) == [.registered, .registered])
    }

    @Test func anEngineReconnectingAfterTheLimitGetsANewID() {
        var harness = ControllerHarness {
            $0.heartbeatPeriod = .seconds(1); $0.heartbeatMisses = 3
        }
        let first = harness.addEngine(uuid: "same")
        _ = harness.close(first.connection)
        _ = harness.advance(.seconds(4))
        #expect(harness.addEngine(uuid: "same").id == EngineID(1))
    }

    @Test func aSecondConnectionWithTheSameUUIDReplacesTheFirst() {
        var harness = ControllerHarness()
        let first = harness.addEngine(uuid: "same")
        let second = harness.addEngine(uuid: "same")
        #expect(second.id == first.id)
        #expect(harness.log.closes(first.connection))
        #expect(harness.machine.aliveEngineCount == 1)
        // The old connection's close arrives later and changes nothing.
        _ = harness.close(first.connection)
        #expect(harness.machine.aliveEngineCount == 1)
    }

    @Test func aBadRegistrationBodyClosesTheConnection() {
        var harness = ControllerHarness()
        let connection = harness.newConnection(.engine)
        let actions = harness.deliver([Envelope(Header(kind: .registerEngine), payload: [1])], from: connection)
        #expect(actions.closes(connection))
        #expect(harness.machine.aliveEngineCount == 0)
    }

    @Test func messagesBeforeRegistrationAreIgnored() {
        var harness = ControllerHarness()
        let connection = harness.newConnection(.client)
        let actions = harness.deliver(
            [Envelope(Header(kind: .submitTask, task: TaskID(rawValue: 1)))], from: connection)
        #expect(actions.sentEnvelopes(to: connection).isEmpty)
        #expect(harness.machine.pendingTaskCount == 0)
    }

    @Test func settingsValidate() {
        var settings = ControllerSettings()
        #expect(throws: Never.self) { try settings.validate() }
        settings.heartbeatMisses = 0
        #expect(throws: ControllerError.invalidSettings("heartbeatMisses must be at least 1")) {
            try settings.validate()
        }
    }
}
