import PXRuntime

/// `swiftpx bench`: runs the chosen suites and prints each measurement as it is known (text, or JSON lines).
public enum Benchmarks {
    /// Runs `options.suite`.
    /// - Throws: `BenchError` when a cluster does not start or a benchmark program fails.
    public static func run(_ options: BenchOptions, host: BenchHost) throws {
        let report = BenchReport(json: options.json)
        let suite = options.suite
        if suite == .interp || suite == .all {
            report.show(InterpreterBenchmark.run(registry: host.registry, repetitions: options.repetitions,
                                                  python: options.python))
            report.show(ProgramBenchmark.run(folder: options.programs, only: options.only,
                                             repetitions: options.quick ? 1 : min(options.repetitions, 3),
                                             python: options.python), folder: options.programs)
        }
        if suite == .numeric || suite == .all {
            report.show(NumericBenchmark.run(registry: host.registry, repetitions: options.repetitions,
                                              python: options.python, only: options.only))
        }
        let cluster: Set<String> = suite == .all ? ["startup", "latency", "throughput"]
            : [.latency, .throughput, .startup].contains(suite) ? [suite.rawValue] : []
        if !cluster.isEmpty {
            let measures = try ClusterBenchmark.run(suites: cluster, engines: options.engines, host: host,
                                                    quick: options.quick)
            for m in measures { report.show(m) }
        }
        if suite == .transfer || suite == .all {
            try TransferBenchmark.run(engines: options.engines, host: host, tcp: options.tcp, quick: options.quick,
                                      show: report.show)
        }
        if suite == .memory || suite == .all {
            let measures = try MemoryBenchmark.run(engines: options.engines, tasks: options.quick ? 20_000 : 1_000_000,
                                                   host: host)
            for m in measures { report.show(m) }
        }
        if suite == .compute || suite == .all {
            report.show(try ComputeBenchmark.run(host: host, samples: options.samples,
                                                  interpretedSamples: options.interpretedSamples,
                                                  repetitions: options.repetitions))
        }
    }
}
