import PXController
import PXWire
import Synchronization
import Testing

@testable import PXBench
@testable import PXTransport

#if canImport(Glibc)
    import Glibc
#endif

@Suite(.timeLimit(.minutes(1))) struct PeerLinkTests {
    @Test func connectingToNothingFailsClearly() {
        #expect {
            _ = try PeerLink.connect(to: .unix(path: "/tmp/pxt-no-such.sock"), key: .random(), role: .client) { _, _ in
            }
        } throws: { error in
            (error as? TransportError)?.description.hasPrefix(
                "cannot connect to the controller at unix:/tmp/pxt-no-such.sock") == true
        }
    }

    @Test func heartbeatsAreAnsweredByTheReaderThread() async throws {
        let server = try await startController(configure: {
            $0.heartbeatPeriod = .milliseconds(100); $0.heartbeatMisses = 5
        })
        defer { Task { await server.stop() } }
        // The link's reader answers heartbeats itself: the handler never sees them, and the engine
        // stays registered without any code of its own replying.
        let engine = try EchoEngine.start(address: server.unixAddress, key: server.key)
        let client = try BenchmarkClient.start(address: server.unixAddress, key: server.key)
        // 1.2 s is more than twice the heartbeat limit (500 ms): the engine must still be alive.
        _ = client.collect(1, kinds: [.shutdownReply], timeout: .milliseconds(1_200))  // never comes: waits it out
        #expect(await server.aliveEngineCount() == 1)
        #expect(
            engine.received.takeAll().allSatisfy { $0.kind != .heartbeat },
            "heartbeats are not delivered to the handler")
    }

    @Test func sendAfterCloseThrowsAndCloseIsReportedOnce() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let events = Mailbox<String>()
        let link = try PeerLink.connect(to: server.unixAddress, key: server.key, role: .client) { _, event in
            if case .closed(let error) = event { events.put("closed \(error.map { "\($0)" } ?? "cleanly")") }
        }
        link.close()
        #expect(link.waitUntilClosed(timeout: .seconds(5)))
        #expect(throws: TransportError.closed) { try link.send(Envelope(Header(kind: .registerClient))) }
        #expect(events.take(timeout: .seconds(5)) == "closed cleanly")
        #expect(events.take(timeout: .milliseconds(50)) == nil)
    }

    @Test func concurrentSendersAllGetThrough() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let engine = try EchoEngine.start(address: server.unixAddress, key: server.key)
        let client = try BenchmarkClient.start(address: server.unixAddress, key: server.key)
        let ids = client.nextTaskIDs(4_000)
        let chunks = stride(from: 0, to: ids.count, by: 1_000).map { Array(ids[$0..<$0 + 1_000]) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for chunk in chunks {
                group.addTask {
                    for id in chunk {
                        try client.link.send(
                            contentsOf: client.submissions([id], header: TaskHeader(target: engine.id), payload: [1]))
                    }
                }
            }
            try await group.waitForAll()
        }
        let replies = client.collect(4_000, timeout: .seconds(20))
        #expect(Set(replies.compactMap(\.header.task)) == Set(ids))
    }

    @Test func aPumpingCallerReadsTheReplyOnItsOwnThread() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let engine = try EchoEngine.start(address: server.unixAddress, key: server.key)
        let replyThread = Mutex<pthread_t?>(nil)
        let registered = Mailbox<ClientID>()
        let link = try PeerLink.connect(
            to: server.unixAddress, key: server.key, role: .client,
            initialMessages: [Envelope(Header(kind: .registerClient))]
        ) { _, event in
            guard case .messages(let envelopes) = event else { return }
            for envelope in envelopes {
                if envelope.kind == .registerClientReply, let client = envelope.header.client { registered.put(client) }
                if envelope.kind == .taskReply { replyThread.withLock { $0 = pthread_self() } }
            }
        }
        defer { link.close() }
        let client = try #require(registered.take(timeout: .seconds(10)))
        let task = TaskID(client: client, sequence: 1)
        let submission = Envelope(
            Header(kind: .submitTask, client: client, task: task), taskHeader: TaskHeader(target: engine.id))
        // pump checks its condition once before taking over reading and then after every read: submit on
        // the second check, so the reply cannot have been read by the background thread.
        var checks = 0
        let arrived = link.pump(
            until: {
                checks += 1
                if checks == 2 { try? link.send(submission) }
                return replyThread.withLock { $0 != nil }
            },
            timeout: .seconds(10)
        )
        #expect(arrived)
        let reader = replyThread.withLock { $0 }
        #expect(
            reader.map { pthread_equal($0, pthread_self()) != 0 } == true, "the reply was read by the pumping thread")
    }

    @Test func pumpTimesOutWhenNothingComes() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let link = try PeerLink.connect(to: server.unixAddress, key: server.key, role: .client) { _, _ in }
        defer { link.close() }
        let start = MonotonicClock.nanoseconds()
        #expect(!link.pump(until: { false }, timeout: .milliseconds(100)))
        #expect(MonotonicClock.nanoseconds() - start >= 90_000_000)
        link.close()
        #expect(!link.pump(until: { false }, timeout: .seconds(10)), "a closed link returns at once")
        #expect(MonotonicClock.nanoseconds() - start < 5_000_000_000)
    }

    @Test func pumpFromInsideTheHandlerDoesNotNest() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let elapsed = Mailbox<UInt64>()
        let link = try PeerLink.connect(
            to: server.unixAddress, key: server.key, role: .client,
            initialMessages: [Envelope(Header(kind: .registerClient))]
        ) { link, event in
            guard case .messages = event else { return }
            let start = MonotonicClock.nanoseconds()
            link.pump(until: { false }, timeout: .seconds(5))
            elapsed.put(MonotonicClock.nanoseconds() - start)
        }
        defer { link.close() }
        let took = try #require(elapsed.take(timeout: .seconds(10)))
        #expect(took < 1_000_000_000, "returned at once instead of waiting for itself")
    }

    @Test func aSilentControllerIsNoticed() async throws {
        // Heartbeats every 10 s: an engine allowing 200 ms of silence gives up on its own.
        let server = try await startController(configure: { $0.heartbeatPeriod = .seconds(10) })
        defer { Task { await server.stop() } }
        let closed = Mailbox<TransportError?>()
        let link = try PeerLink.connect(to: server.unixAddress, key: server.key, role: .client) { _, event in
            if case .closed(let error) = event { closed.put(error) }
        }
        link.setIdleTimeout(.milliseconds(200))
        let error = try #require(closed.take(timeout: .seconds(10)))
        #expect(error?.description.hasPrefix("timed out waiting for a message from the controller") == true)
        #expect(!link.isOpen)
    }
}
