import PXClient
import PXRuntime
import PXTransport
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// `swiftpx bench compute`: the registered Monte-Carlo estimate of pi (`examples.monte_carlo_pi`) on one
/// engine and on two, and the same loop written in the language on one engine, timed in one run.
///
/// The speedup is the one-engine time over the two-engine time for the same number of samples (the goal is
/// at least 1.9 on two cores). The registered-vs-interpreted ratio compares time per sample, because the
/// interpreted loop runs fewer samples.
enum ComputeBenchmark {
    /// What one run measured (median seconds over the repetitions).
    struct Measurement {
        let samples: Int
        let interpretedSamples: Int
        let oneEngine: Double
        let twoEngines: Double
        let interpreted: Double
        /// The same samples in this process on one thread and split over two: what the machine allowed during the run.
        let oneThread: Double
        let twoThreads: Double

        var speedup: Double { oneEngine / twoEngines }
        var threadSpeedup: Double { oneThread / twoThreads }
        var registeredPerSample: Double { oneEngine / Double(samples) }
        var interpretedPerSample: Double { interpreted / Double(interpretedSamples) }
        var ratio: Double { interpretedPerSample / registeredPerSample }
    }

    /// Why the benchmark could not run.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The program the shell's interpreter runs against a two-engine cluster; it prints three medians.
    static func program(samples: Int, interpretedSamples: Int, repetitions: Int) -> String {
        """
        import swiftpx, examples, time

        def interpreted_pi(samples, seed=0):
            import random
            random.seed(seed)
            inside = 0
            for _ in range(samples):
                x = random.random()
                y = random.random()
                if x * x + y * y <= 1.0:
                    inside += 1
            return 4.0 * inside / samples

        def median(xs):
            xs = sorted(xs)
            return xs[len(xs) // 2]

        rc = swiftpx.Client()
        one = rc[rc.ids[0]]
        both = rc[:]
        n = \(samples)
        one.apply_sync(examples.monte_carlo_pi, 1000, 1)
        both.map_sync(examples.monte_carlo_pi, [1000, 1000], [1, 2])
        one_engine, two_engines, interpreted = [], [], []
        for _ in range(\(repetitions)):
            t0 = time.perf_counter()
            one.apply_sync(examples.monte_carlo_pi, n, 1)
            one_engine.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            both.map_sync(examples.monte_carlo_pi, [n // 2, n - n // 2], [1, 2])
            two_engines.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            one.apply_sync(interpreted_pi, \(interpretedSamples), 1)
            interpreted.append(time.perf_counter() - t0)
        print(repr(median(one_engine)), repr(median(two_engines)), repr(median(interpreted)))
        """
    }

    /// Starts two engines of this executable, runs the program and stops them.
    /// - Throws: `Failure` when the cluster does not start or the program fails.
    static func run(host: BenchHost, samples: Int, interpretedSamples: Int, repetitions: Int) throws -> Measurement {
        let cluster = try host.startCluster(2, false)
        defer { cluster.shutdown() }
        let source = program(samples: samples, interpretedSamples: interpretedSamples, repetitions: repetitions)
        let registry = host.registry
        let outcome: Result<String, Failure> = InterpreterThread.run {
            let output = BufferedOutput()
            let vm = Interpreter(registry: registry, output: output)
            ParallelContext.of(vm).provider = cluster
            switch vm.run(source, fileName: "<bench compute>") {
            case .success: return .success(output.stdout)
            case .syntaxError(let diagnostics):
                return .failure(Failure(description: "bench program: \(diagnostics.map(\.message))"))
            case .exception(let e):
                return .failure(Failure(description: "bench compute failed: \(e.summary)"))
            }
        }
        let fields = try outcome.get().split { $0 == " " || $0 == "\n" }.compactMap { Double(String($0)) }
        guard fields.count == 3 else { throw Failure(description: "bench compute printed no timings") }
        let (oneThread, twoThreads) = try threadFloor(samples: samples, repetitions: repetitions,
                                                      quarterCircle: host.quarterCircle)
        return Measurement(
            samples: samples, interpretedSamples: interpretedSamples, oneEngine: fields[0],
            twoEngines: fields[1], interpreted: fields[2], oneThread: oneThread, twoThreads: twoThreads)
    }

    /// Where the in-process loops store their counts before the clock is read again, so the optimizer can
    /// neither drop them nor move them out of the timed region.
    static let sink = Atomic<Int>(0)

    /// The medians of running the samples in this process on one thread, and in two halves on two threads at
    /// once: the speedup the machine gives two busy threads right now, which bounds the engines' speedup.
    static func threadFloor(
        samples: Int, repetitions: Int, quarterCircle: @escaping @Sendable (Int, Int) -> Int
    ) throws -> (Double, Double) {
        var one: [Double] = []
        var two: [Double] = []
        for _ in 0..<max(1, repetitions) {
            var start = MonotonicSeconds.now()
            // The seed depends on `sink`, read after the clock, so the loop cannot be hoisted above it either.
            let inside = quarterCircle(samples, sink.load(ordering: .relaxed) == Int.min ? 2 : 1)
            sink.store(inside, ordering: .relaxed)
            one.append(MonotonicSeconds.now() - start)
            start = MonotonicSeconds.now()
            let halves = [samples / 2, samples - samples / 2]
            let insideHalves = try Blocking.run {
                await withTaskGroup(of: Int.self) { group in
                    for (seed, count) in halves.enumerated() {
                        group.addTask { quarterCircle(count, seed + 1) }
                    }
                    return await group.reduce(0, +)
                }
            }
            sink.store(insideHalves, ordering: .relaxed)
            two.append(MonotonicSeconds.now() - start)
        }
        return (one.sorted()[one.count / 2], two.sorted()[two.count / 2])
    }
}

/// The monotonic clock in seconds.
enum MonotonicSeconds {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
