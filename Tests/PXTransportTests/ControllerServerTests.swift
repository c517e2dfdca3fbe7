import PXController
import PXWire
import Testing

@testable import PXBench
@testable import PXTransport

@Suite(.timeLimit(.minutes(1))) struct ControllerServerTests {
    @Test func aTaskAndItsReplyAreRouted() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let engine0 = try EchoEngine.start(address: server.unixAddress, key: server.key)
        let engine1 = try EchoEngine.start(address: server.unixAddress, key: server.key)
        #expect([engine0.id, engine1.id] == [EngineID(0), EngineID(1)])
        let client = try BenchmarkClient.start(address: server.unixAddress, key: server.key)
        #expect(client.table.engines.map(\.id) == [EngineID(0), EngineID(1)])
        let ids = client.nextTaskIDs(1)
        try client.link.send(
            contentsOf: client.submissions(ids, header: TaskHeader(target: EngineID(1)), payload: [9, 9, 9]))
        let replies = client.collect(1, timeout: .seconds(10))
        let reply = try #require(replies.first)
        #expect(reply.kind == .taskReply)
        #expect(reply.header.task == ids[0])
        #expect(reply.header.engine == EngineID(1))
        #expect(reply.payload == [9, 9, 9])
        #expect(await server.aliveEngineCount() == 2)
    }

    @Test func tenThousandTinyTasksAreBatched() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let engines = [
            try EchoEngine.start(address: server.unixAddress, key: server.key),
            try EchoEngine.start(address: server.unixAddress, key: server.key),
        ]
        let client = try BenchmarkClient.start(address: server.unixAddress, key: server.key)
        let ids = client.nextTaskIDs(10_000)
        try client.link.send(contentsOf: client.submissions(ids, header: TaskHeader(), payload: [1]))
        var replies = 0
        var frames = 0
        var perEngine: [EngineID: Int] = [:]
        while replies < ids.count, let frame = client.inbox.take(timeout: .seconds(20)) {
            frames += 1
            for envelope in frame where envelope.kind == .taskReply {
                replies += 1
                perEngine[envelope.header.engine ?? EngineID(99), default: 0] += 1
            }
        }
        #expect(replies == 10_000)
        #expect(frames < 2_000, "replies should arrive many per frame, got \(frames) frames")
        #expect(perEngine.keys.sorted() == engines.map(\.id))
    }

    @Test func engineEOFFailsItsTaskAtOnce() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let silent = try EchoEngine.start(address: server.unixAddress, key: server.key, answersTasks: false)
        let client = try BenchmarkClient.start(address: server.unixAddress, key: server.key)
        let ids = client.nextTaskIDs(2)
        try client.link.send(contentsOf: client.submissions(ids, header: TaskHeader(target: silent.id), payload: []))
        #expect(silent.received.take(timeout: .seconds(10))?.kind == .runTask, "the first task is running")
        silent.link.close()
        // No clock: the engine's new state says the closed socket, not missed heartbeats, ended it.
        var failures: [Envelope] = []
        var death: EngineRecord?
        while failures.count < 2 || death == nil {
            let next = client.collect(1, kinds: [.taskFailed, .engineStatus], timeout: .seconds(30))
            guard !next.isEmpty else { break }
            for message in next {
                if message.kind == .taskFailed { failures.append(message) }
                if let record = try? EngineRecord(decoding: message), record.state == .dead { death = record }
            }
        }
        #expect(failures.count == 2)
        #expect(death?.note == "connection closed")
        let failure = try TaskFailure(decoding: try #require(failures.first))
        #expect(failure.reason == .engineDied)
        #expect(failure.message == "Engine 0 died while running task '\(ids[0])'")
    }

    @Test func aPeerWithTheWrongKeyCannotRegisterAndOthersAreServed() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let engine = try EchoEngine.start(address: server.unixAddress, key: server.key)
        #expect {
            _ = try EchoEngine.start(address: server.unixAddress, key: ClusterKey.random())
        } throws: { error in
            (error as? TransportError)?.wireError == .refused(WireError.authenticationFailed.description)
        }
        let client = try BenchmarkClient.start(address: server.unixAddress, key: server.key)
        let ids = client.nextTaskIDs(1)
        try client.link.send(contentsOf: client.submissions(ids, header: TaskHeader(target: engine.id), payload: [1]))
        #expect(client.collect(1, timeout: .seconds(10)).first?.kind == .taskReply)
        #expect(await server.aliveEngineCount() == 1)
    }

    @Test func tcpWorksToo() async throws {
        let server = try await startController(tcp: true)
        defer { Task { await server.stop() } }
        let port = try #require(server.tcpPort)
        let address = PeerAddress.tcp(host: "127.0.0.1", port: port)
        #expect(server.addresses.last == address)
        let engine = try EchoEngine.start(address: address, key: server.key)
        let client = try BenchmarkClient.start(address: address, key: server.key)
        let ids = client.nextTaskIDs(100)
        try client.link.send(contentsOf: client.submissions(ids, header: TaskHeader(), payload: [5]))
        let replies = client.collect(100, timeout: .seconds(10))
        #expect(replies.count == 100)
        #expect(replies.allSatisfy { $0.header.engine == engine.id })
    }

    @Test func shutdownWithControllerStopsTheServer() async throws {
        let server = try await startController()
        let engine = try EchoEngine.start(address: server.unixAddress, key: server.key)
        let client = try BenchmarkClient.start(address: server.unixAddress, key: server.key)
        try client.link.send(Envelope(Header(kind: .shutdownRequest, flags: [.includesController], client: client.id)))
        #expect(client.collect(1, kinds: [.shutdownReply], timeout: .seconds(10)).count == 1)
        #expect(engine.received.take(timeout: .seconds(10))?.kind == .shutdownRequest)
        await server.waitUntilStopRequested()
        await server.stop()
        #expect(engine.closed.take(timeout: .seconds(10)) != nil)
    }

    @Test func theBenchmarkRunsAndReportsNumbers() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let address = server.unixAddress
        let key = server.key
        let report = try await Task.detached {
            try ControllerBenchmark.run(address: address, key: key, roundTrips: 200, taskCount: 2_000, itemsPerTask: 10)
        }.value
        #expect(report.roundTrip.samples == 200)
        #expect(report.roundTrip.median > 0)
        #expect(report.tasksPerSecond > 0)
        #expect(report.itemsPerSecond > 0)
    }

    @Test func theOneCallBenchmarkReportsEveryFigure() async throws {
        let report = try await ControllerServer.runBenchmark(
            roundTrips: 100, taskCount: 1_000, itemsPerTask: 10, transferBytes: 1_000_000
        )
        #expect(report.pingPong.samples > 0)
        #expect(report.controller.roundTrip.samples == 100)
        #expect(report.transferBytesPerSecond > 0)
        #expect(report.streamBytesPerSecond > 0)
        #expect(report.roundTripRatio > 0)
    }
}
