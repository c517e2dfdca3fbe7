import PXTransport
import PXWire
import Testing

@testable import PXController

/// Engines that ask for an ID (their MPI rank) get it, whatever order they register in.
@Suite struct RequestedIDTests {
    /// Registers an engine asking for `rank`; returns the ID it got.
    static func register(_ harness: inout ControllerHarness, rank: UInt32?, uuid: String) -> EngineID? {
        let connection = harness.newConnection(.engine)
        let info = EngineInfo(
            uuid: uuid, host: "node", pid: Int32(connection.rawValue),
            clock: Timestamp(rawValue: Int64(harness.time)), requestedID: rank.map { EngineID($0) })
        let actions = harness.deliver([Envelope(Header(kind: .registerEngine), body: info)], from: connection)
        return actions.sentEnvelopes(to: connection).first { $0.kind == .registerEngineReply }?.header.engine
    }

    @Test func ranksRegisteringOutOfOrderGetTheirRanks() {
        var harness = ControllerHarness()
        let client = harness.addClient()
        #expect(Self.register(&harness, rank: 2, uuid: "r2") == EngineID(2))
        // IDs 0 and 1 are held for ranks 0 and 1, and clients are not told about them.
        #expect(harness.machine.engineRecords.map(\.id) == [EngineID(2)])
        #expect(harness.machine.aliveEngineCount == 1)
        #expect(Self.register(&harness, rank: 0, uuid: "r0") == EngineID(0))
        #expect(Self.register(&harness, rank: 1, uuid: "r1") == EngineID(1))
        #expect(harness.machine.engineRecords.map(\.id) == [EngineID(0), EngineID(1), EngineID(2)])
        #expect(harness.machine.engineRecords.map(\.uuid) == ["r0", "r1", "r2"])
        let announced = harness.log.sentEnvelopes(to: client.connection).filter { $0.kind == .engineStatus }
            .compactMap { try? EngineRecord(decoding: $0) }.map(\.id)
        #expect(announced == [EngineID(2), EngineID(0), EngineID(1)])
    }

    @Test func aHeldIDIsNoTarget() {
        var harness = ControllerHarness()
        let client = harness.addClient()
        _ = Self.register(&harness, rank: 1, uuid: "r1")
        let (_, actions) = harness.submit(from: client, header: TaskHeader(target: EngineID(0)))
        let failure = actions.sentEnvelopes(to: client.connection).first { $0.kind == .taskFailed }
        #expect(failure.flatMap { try? TaskFailure(decoding: $0) }?.message == "no engine with ID 0")
        #expect(harness.machine.queueStatus(engine: EngineID(0)).engines.isEmpty)
    }

    @Test func anUnrankedEngineTakesTheNextIDAfterTheHeldOnes() {
        var harness = ControllerHarness()
        _ = Self.register(&harness, rank: 2, uuid: "r2")
        #expect(Self.register(&harness, rank: nil, uuid: "plain") == EngineID(3))
        #expect(Self.register(&harness, rank: 0, uuid: "r0") == EngineID(0))
    }

    @Test func aTakenIDFallsBackToTheNextOne() {
        var harness = ControllerHarness()
        #expect(Self.register(&harness, rank: 0, uuid: "first") == EngineID(0))
        // A second MPI job's rank 0 on the same controller.
        #expect(Self.register(&harness, rank: 0, uuid: "second") == EngineID(1))
        let warnings = harness.log.compactMap { action -> String? in
            if case .log(.warning, let message) = action { return message }
            return nil
        }
        #expect(warnings.contains("engine ID 0 was requested but is taken; giving 1 instead"))
    }

    @Test func aRequestBeyondTheLimitIsNotHonoured() {
        var harness = ControllerHarness { $0.requestedIDLimit = 8 }
        #expect(Self.register(&harness, rank: 1_000_000, uuid: "far") == EngineID(0))
        #expect(harness.machine.engineRecords.count == 1)
    }

    @Test func aRankedEngineReconnectingKeepsItsID() {
        var harness = ControllerHarness()
        _ = Self.register(&harness, rank: 1, uuid: "r1")
        let first = Self.register(&harness, rank: 0, uuid: "r0")
        #expect(first == EngineID(0))
        // Its connection breaks; within the limit it comes back with the same UUID.
        let connection = harness.log.compactMap { action -> ConnectionID? in
            if case .send(let envelope, let to) = action, envelope.kind == .registerEngineReply,
                envelope.header.engine == EngineID(0)
            {
                return to
            }
            return nil
        }.first
        if let connection { _ = harness.close(connection) }
        _ = harness.advance(.seconds(1))
        #expect(Self.register(&harness, rank: 0, uuid: "r0") == EngineID(0))
        #expect(harness.machine.aliveEngineCount == 2)
    }
}
