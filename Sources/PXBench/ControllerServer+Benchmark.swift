import Logging
import PXController
import PXTransport
import PXWire

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ControllerServer {
    /// Figures of one benchmark run: the raw floor and the same work through a controller,
    /// measured back to back so their ratios are meaningful.
    public struct BenchmarkReport: Hashable, Sendable {
        /// 64-byte ping-pong between two threads over a Unix socket pair (the floor).
        public var pingPong: LatencyReport
        /// Round trips, throughput and items through a controller with echo engines.
        public var controller: ControllerBenchmark.Report
        /// One-way rate of a large payload echoed through the controller, bytes per second (0 if not measured).
        public var transferBytesPerSecond: Double
        /// Raw Unix socket stream bandwidth, bytes per second (0 if not measured).
        public var streamBytesPerSecond: Double

        /// Median controller round trip divided by the median ping-pong.
        public var roundTripRatio: Double { controller.roundTrip.median / max(pingPong.median, 0.001) }
    }

    /// Starts a controller on a temporary Unix socket, runs the transport benchmarks against it
    /// with in-process echo engines, and stops it (for `swiftpx bench`).
    /// - Parameters:
    ///   - engines: echo engines. Default: 2.
    ///   - roundTrips: timed round trips. Default: 2,000.
    ///   - taskCount: tasks per throughput run. Default: 10,000.
    ///   - itemsPerTask: items per task in the chunked run. Default: 100.
    ///   - transferBytes: payload of the transfer run; 0 skips it (and the raw stream). Default: 80 MB.
    ///   - socketDirectory: where the temporary socket goes. Default: `/tmp`.
    /// - Returns: the figures.
    /// - Throws: ``ControllerError`` if the controller cannot start, ``TransportError`` if a run fails.
    public static func runBenchmark(
        engines: Int = 2,
        roundTrips: Int = 2_000,
        taskCount: Int = 10_000,
        itemsPerTask: Int = 100,
        transferBytes: Int = 80_000_000,
        socketDirectory: String = "/tmp"
    ) async throws -> BenchmarkReport {
        var listen = ServerSettings()
        listen.unixSocketPath = "\(socketDirectory)/swiftpx-bench-\(getpid()).sock"
        var logger = Logger(label: "swiftpx.bench")
        logger.logLevel = .error
        let server = try await start(listen: listen, logger: logger)
        let address = server.addresses[0]
        let key = server.key
        do {
            let report = try await Task.detached {
                let pingPong = try TransportBenchmark.unixPingPong()
                let controller = try ControllerBenchmark.run(
                    address: address, key: key, engines: engines, roundTrips: roundTrips, taskCount: taskCount,
                    itemsPerTask: itemsPerTask
                )
                var stream = 0.0
                var transfer = 0.0
                if transferBytes > 0 {
                    stream = try TransportBenchmark.unixStreamBandwidth()
                    transfer = try ControllerBenchmark.transfer(address: address, key: key, bytes: transferBytes)
                }
                return BenchmarkReport(
                    pingPong: pingPong, controller: controller, transferBytesPerSecond: transfer,
                    streamBytesPerSecond: stream
                )
            }.value
            await server.stop()
            return report
        } catch {
            await server.stop()
            throw error
        }
    }
}
