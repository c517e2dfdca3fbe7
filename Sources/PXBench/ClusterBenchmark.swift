import PXClient
import PXRuntime
import PXTransport

/// `swiftpx bench latency|throughput|startup`: the measures of DESIGN §10, taken through the language
/// against a real embedded cluster of local engine processes, next to the floor measured in the same run.
enum ClusterBenchmark {
    /// One measurement.
    struct Measure {
        var suite: String
        var name: String
        var unit: String
        var value: Double
        var p99: Double?
        var floor: Double?
        var goal: String
        /// Ratios of the value to named references measured in the same run (`bench transfer`). Default: none.
        var ratios: [(name: String, value: Double)] = []
    }

    /// The program run in the shell's language; it prints `name value [p99]` lines.
    static func program(latencyCalls: Int, mapTasks: Int, suites: Set<String>) -> String {
        var lines = [
            """
            import ipyparallel as ipp
            import time
            rc = ipp.Client()
            e0 = rc[0]
            dv = rc[:]
            lv = rc.load_balanced_view()
            def noop(x=None):
                return x

            def latency(name, call, n):
                for i in range(n // 10 + 10):
                    call()
                s = []
                for i in range(n):
                    t0 = time.perf_counter()
                    call()
                    s.append(time.perf_counter() - t0)
                s.sort()
                print(name + "|" + repr(s[len(s) // 2]) + "|" + repr(s[min(len(s) - 1, int(len(s) * 0.99))]))

            def rate(name, call, items, repetitions=3):
                best = 0.0
                for r in range(repetitions):
                    t0 = time.perf_counter()
                    call()
                    best = max(best, items / (time.perf_counter() - t0))
                print(name + "|" + repr(best))

            """
        ]
        if suites.contains("latency") {
            lines.append(
                """
                latency("rc[0].apply_sync(noop)", lambda: e0.apply_sync(noop), \(latencyCalls))
                latency("lview.apply_sync(noop)", lambda: lv.apply_sync(noop), \(latencyCalls))
                latency("dv.apply_sync(noop)", lambda: dv.apply_sync(noop), \(latencyCalls))
                latency("dv.execute('a=1')", lambda: dv.execute("a=1", block=True), \(latencyCalls))

                """)
        }
        if suites.contains("throughput") {
            lines.append(
                """
                rate("lview.map_sync(noop, range(N)) chunksize 1", lambda: lv.map_sync(noop, range(\(mapTasks))), \(mapTasks))
                rate("lview.map_sync(noop, range(N)) chunksize 100", lambda: lv.map_sync(noop, range(\(mapTasks)), chunksize=100), \(mapTasks))
                rate("dv.map_sync(noop, range(N))", lambda: dv.map_sync(noop, range(\(mapTasks))), \(mapTasks))

                """)
        }
        return lines.joined()
    }

    /// Runs the chosen suites on a fresh embedded cluster of `engines` engines.
    static func run(suites: Set<String>, engines: Int, host: BenchHost, quick: Bool) throws -> [Measure] {
        var results: [Measure] = []
        let floorSamples = try BenchFloor.pingPong(count: quick ? 2000 : 20_000).sorted()
        let floor = floorSamples[floorSamples.count / 2]
        results.append(
            Measure(
                suite: "floor", name: "Unix socket ping-pong 64 B, two processes", unit: "us",
                value: floor * 1e6, p99: floorSamples[Int(Double(floorSamples.count) * 0.99)] * 1e6,
                floor: nil, goal: "-"))
        if suites.contains("startup") {
            results.append(try startup(engines: engines, host: host))
        }
        let measuring = suites.subtracting(["startup", "floor"])
        guard !measuring.isEmpty else { return results }
        let source = program(
            latencyCalls: quick ? 300 : 3000, mapTasks: quick ? 2000 : 10_000,
 suites: measuring)
        let cluster = try host.startCluster(engines, false)
        defer { cluster.shutdown() }
        let registry = host.registry
        let output = BufferedOutput()
        let outcome: Interpreter.Outcome = InterpreterThread.run {
            let vm = Interpreter(registry: registry, output: output)
            ParallelContext.of(vm).provider = cluster
            return vm.run(source, fileName: "<bench>")
        }
        if case .exception(let e) = outcome { throw BenchError("benchmark program failed: \(e.summary)") }
        for line in output.stdout.split(separator: "\n") {
            let fields = line.split(separator: "|")
            let name = String(fields.first ?? "")
            let numbers = fields.dropFirst().compactMap { Double($0) }
            guard let value = numbers.first else { continue }
            if numbers.count == 2 {
                let goal = name.contains("execute") ? "<= 3x floor" : name.hasPrefix("rc[0]") ? "<= 2x floor" : "-"
                results.append(
                    Measure(
                        suite: "latency", name: name, unit: "us", value: value * 1e6, p99: numbers[1] * 1e6,
                        floor: floor * 1e6, goal: goal))
            } else {
                let goal =
                    name.contains("chunksize 100") ? "> 1,000,000" : name.contains("chunksize 1") ? "> 100,000" : "-"
                results.append(
                    Measure(
                        suite: "throughput", name: name, unit: "tasks/s", value: value, p99: nil, floor: nil,
                        goal: goal))
            }
        }
        return results
    }

    /// Seconds from starting the cluster until a task has run on every engine (best of three).
    static func startup(engines: Int, host: BenchHost) throws -> Measure {
        let registry = host.registry
        var best = Double.infinity
        for _ in 0..<3 {
            let t0 = MonotonicClock.nanoseconds()
            let cluster = try host.startCluster(engines, false)
            let output = BufferedOutput()
            let ok: Bool = InterpreterThread.run {
                let vm = Interpreter(registry: registry, output: output)
                ParallelContext.of(vm).provider = cluster
                guard
                    case .success = vm.run(
                        "import ipyparallel as ipp\nrc = ipp.Client()\nrc[:].apply_sync(len, 'ab')\n")
                else {
                    return false
                }
                return true
            }
            let elapsed = Double(MonotonicClock.nanoseconds() - t0) / 1e9
            cluster.shutdown()
            guard ok else { throw BenchError("the cluster did not start") }
            best = min(best, elapsed)
        }
        return Measure(
            suite: "startup", name: "start-up until a task has run on every engine", unit: "s", value: best,
            p99: nil, floor: nil, goal: "< 0.1 s")
    }
}
