import PXWire
import Testing

@Suite struct ControlBodyTests {
    private func roundTrip<Body: ControlBody>(_ body: Body, kind: MessageKind) throws -> Body {
        try Body(decoding: Envelope(Header(kind: kind), body: body))
    }

    @Test func everyBodyRoundTrips() throws {
        let info = EngineInfo(uuid: "id", host: "ħost", pid: -1, clock: Timestamp(rawValue: .min))
        #expect(try roundTrip(info, kind: .registerEngine) == info)
        let welcome = EngineWelcome(heartbeatPeriod: .milliseconds(250), heartbeatMisses: 3)
        #expect(try roundTrip(welcome, kind: .registerEngineReply) == welcome)
        let table = EngineTable(engines: [Samples.record], schemeName: "twobin")
        #expect(try roundTrip(table, kind: .registerClientReply) == table)
        let failure = TaskFailure(reason: .timeout, message: "")
        #expect(try roundTrip(failure, kind: .taskFailed) == failure)
        let list = TaskIDList([])
        #expect(try roundTrip(list, kind: .abortTasks) == list)
        let stamp = HeartbeatStamp(sent: Timestamp(rawValue: 1))
        #expect(try roundTrip(stamp, kind: .heartbeat) == stamp)
        let status = QueueStatus(engines: [], unassigned: 0)
        #expect(try roundTrip(status, kind: .queueStatusReply) == status)
    }

    @Test func truncatedBodyIsMalformed() {
        let envelope = Envelope(Header(kind: .taskFailed), payload: [1, 5, 0, 65])
        #expect(
            throws: WireError.malformedBody(
                kind: .taskFailed, reason: "frame dropped: body ends early (needed 5 bytes, 1 left)")
        ) {
            try TaskFailure(decoding: envelope)
        }
    }

    @Test func trailingBytesAreMalformed() {
        let envelope = Envelope(Header(kind: .abortTasks), payload: [0, 0, 0, 0, 9])
        #expect(
            throws: WireError.malformedBody(kind: .abortTasks, reason: "frame dropped: 1 unexpected trailing bytes")
        ) {
            try TaskIDList(decoding: envelope)
        }
    }

    @Test func hugeCountsDoNotAllocate() {
        let envelope = Envelope(Header(kind: .abortTasks), payload: [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(throws: WireError.self) { try TaskIDList(decoding: envelope) }
    }

    @Test func unknownEnumBytesAreMalformed() {
        #expect(throws: WireError.self) {
            try TaskFailure(decoding: Envelope(Header(kind: .taskFailed), payload: [99, 0, 0]))
        }
    }

    @Test func longStringsAreCutAtACharacterBoundary() throws {
        let long = String(repeating: "é", count: 40_000)  // 80,000 UTF-8 bytes
        let decoded = try roundTrip(TaskFailure(reason: .aborted, message: long), kind: .taskFailed)
        #expect(decoded.message.utf8.count <= 65_535)
        #expect(decoded.message.allSatisfy { $0 == "é" })
    }
}
