import PXTransport
import PXWire

/// Round-trip latency and pipelined throughput through a running controller, with in-process
/// echo engines (threads of this process using ``PeerLink``, answering from their reader
/// thread) and one client link. The controller is whatever listens at the address: `swiftpx
/// bench` and the tests start a `ControllerServer` in this process.
public enum ControllerBenchmark {
    /// The figures of one run.
    public struct Report: Hashable, Sendable, CustomStringConvertible {
        /// Direct task to engine 0 and back to the client: submit → reply received.
        public var roundTrip: LatencyReport
        /// Load-balanced tasks per second, one item per task, all submitted at once.
        public var tasksPerSecond: Double
        /// Items per second when each task carries ``itemsPerTask`` items.
        public var itemsPerSecond: Double
        /// Items per task in the second throughput run.
        public var itemsPerTask: Int
        /// Tasks per throughput run.
        public var taskCount: Int

        /// A few lines of text.
        public var description: String {
            """
            round trip (direct task): \(roundTrip)
            load-balanced, 1 item/task: \(Int(tasksPerSecond)) tasks/s (\(taskCount) tasks)
            load-balanced, \(itemsPerTask) items/task: \(Int(itemsPerSecond)) items/s
            """
        }
    }

    /// Runs the benchmark.
    /// - Parameters:
    ///   - address: the controller.
    ///   - key: its cluster key.
    ///   - engines: echo engines to start. Default: 2.
    ///   - roundTrips: timed round trips. Default: 2,000.
    ///   - taskCount: tasks per throughput run. Default: 10,000.
    ///   - itemsPerTask: items per task in the second run (payload 9 bytes per item). Default: 100.
    /// - Returns: the figures.
    /// - Throws: ``TransportError`` if connecting fails or replies stop arriving (30 s per phase).
    public static func run(
        address: PeerAddress, key: ClusterKey, engines: Int = 2, roundTrips: Int = 2_000, taskCount: Int = 10_000,
        itemsPerTask: Int = 100
    ) throws(TransportError) -> Report {
        var started: [EchoEngine] = []
        defer { for engine in started { engine.link.close() } }
        for _ in 0..<max(1, engines) { started.append(try EchoEngine.start(address: address, key: key)) }
        let client = try BenchmarkClient.start(address: address, key: key)
        defer { client.link.close() }

        let target = started[0].id
        let payload = Payload([UInt8](repeating: 0xAB, count: 32))
        var samples: [UInt64] = []
        samples.reserveCapacity(roundTrips)
        for index in 0..<(roundTrips + roundTrips / 10) {
            let submission = client.submissions(
                client.nextTaskIDs(1), header: TaskHeader(target: target), payload: payload)
            let start = MonotonicClock.nanoseconds()
            try client.link.send(contentsOf: submission)
            guard client.collect(1, timeout: .seconds(30)).count == 1 else {
                throw TransportError.timedOut("a task reply")
            }
            if index >= roundTrips / 10 { samples.append(MonotonicClock.nanoseconds() - start) }
        }
        let single = try throughput(client: client, count: taskCount, header: TaskHeader(), payload: payload)
        let chunkPayload = Payload([UInt8](repeating: 0xCD, count: 9 * max(1, itemsPerTask)))
        let chunked = try throughput(
            client: client, count: taskCount, header: TaskHeader(itemCount: UInt32(clamping: itemsPerTask)),
            payload: chunkPayload
        )
        return Report(
            roundTrip: LatencyReport(nanoseconds: samples), tasksPerSecond: single,
            itemsPerSecond: chunked * Double(itemsPerTask), itemsPerTask: itemsPerTask, taskCount: taskCount
        )
    }

    /// Submits `count` load-balanced tasks (in batches of 1,000, as a client streaming a `map`) and
    /// waits for every reply; returns tasks per second.
    private static func throughput(client: BenchmarkClient, count: Int, header: TaskHeader, payload: Payload)
        throws(TransportError) -> Double
    {
        let ids = client.nextTaskIDs(count)
        let start = MonotonicClock.nanoseconds()
        var offset = 0
        while offset < ids.count {
            let batch = Array(ids[offset..<min(ids.count, offset + 1_000)])
            try client.link.send(contentsOf: client.submissions(batch, header: header, payload: payload))
            offset += batch.count
        }
        let replies = client.collect(count, timeout: .seconds(30))
        guard replies.count == count else {
            throw TransportError.timedOut("\(count - replies.count) of \(count) task replies")
        }
        return Double(count) / (Double(MonotonicClock.nanoseconds() - start) / 1e9)
    }
}

extension ControllerBenchmark {
    /// Moves one large payload to an echo engine and back through the controller (like
    /// `push` then `pull` of an ndarray), and reports the one-way rate.
    /// - Parameters:
    ///   - address: the controller.
    ///   - key: its cluster key.
    ///   - bytes: the payload size. Default: 80 MB (10⁷ float64).
    ///   - repetitions: timed transfers; the best is reported. Default: 3.
    /// - Returns: bytes per second in one direction (payload bytes × 2 / round-trip time).
    /// - Throws: ``TransportError`` if connecting fails or the echo does not come back within 60 s.
    public static func transfer(address: PeerAddress, key: ClusterKey, bytes: Int = 80_000_000, repetitions: Int = 3)
        throws(TransportError) -> Double
    {
        let engine = try EchoEngine.start(address: address, key: key)
        defer { engine.link.close() }
        let client = try BenchmarkClient.start(address: address, key: key)
        defer { client.link.close() }
        let payload = Payload([UInt8](repeating: 0x5A, count: bytes))
        var best = 0.0
        for _ in 0..<max(1, repetitions) {
            let start = MonotonicClock.nanoseconds()
            try client.link.send(
                contentsOf: client.submissions(
                    client.nextTaskIDs(1), header: TaskHeader(target: engine.id), payload: payload))
            let replies = client.collect(1, timeout: .seconds(60))
            guard replies.first?.payload.count == bytes else { throw TransportError.timedOut("the echoed payload") }
            best = max(best, Double(2 * bytes) / (Double(MonotonicClock.nanoseconds() - start) / 1e9))
        }
        return best
    }
}
