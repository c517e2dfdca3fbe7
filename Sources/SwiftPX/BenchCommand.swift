import ArgumentParser
import PXRuntime

/// `swiftpx bench [interp|numeric|compute|latency|throughput|transfer|all] [--json]`.
struct BenchCommand: ContextCommand {
    static let configuration = CommandConfiguration(commandName: "bench",
                                                    abstract: "Measure swiftpx beside the reference systems in one run.")

    enum Suite: String, ExpressibleByArgument, CaseIterable {
        case interp, numeric, compute, latency, throughput, transfer, startup, memory, all
    }

    @Argument(help: "What to measure: \(Suite.allCases.map(\.rawValue).joined(separator: ", ")).")
    var suite: Suite = .all

    @Flag(name: .long, help: "Print one JSON object per measurement.")
    var json = false

    @Option(name: .long, help: "Timed repetitions per case (the median is reported).")
    var repetitions = 5

    @Option(name: .long, help: "The python3 to compare the interpreter (and numpy) with.")
    var python = "python3"

    @Option(name: .long, help: "numeric: only the cases whose name contains this text.")
    var only: String?

    @Option(name: .short, help: "Engines for the cluster benchmarks.")
    var n = 2

    @Flag(name: .long, help: "Fewer repetitions (a quick check that everything runs).")
    var quick = false

    @Option(name: .long, help: "compute: samples of the registered Monte-Carlo pi estimate.")
    var samples = 100_000_000

    @Option(name: .long, help: "compute: samples of the same loop written in the language.")
    var interpretedSamples = 1_000_000

    func execute(_ context: CommandContext) throws -> Int32 {
        if suite == .interp || suite == .all {
            let results = InterpreterBenchmark.run(registry: context.registry, repetitions: repetitions, python: python)
            report(results)
        }
        if suite == .numeric || suite == .all {
            report(NumericBenchmark.run(registry: context.registry, repetitions: repetitions, python: python, only: only))
        }
        let cluster: Set<String> = suite == .all ? ["startup", "latency", "throughput", "transfer"]
            : suite == .interp || suite == .numeric || suite == .compute || suite == .memory ? [] : [suite.rawValue]
        if !cluster.isEmpty {
            let measures = try ClusterBenchmark.run(suites: cluster, engines: n, registry: context.registry,
                                                    stateDirectory: context.environment.stateDirectory, quick: quick)
            for m in measures { report(m) }
        }
        if suite == .memory || suite == .all {
            let measures = try MemoryBenchmark.run(engines: n, tasks: quick ? 20_000 : 1_000_000,
                                                   registry: context.registry,
                                                   stateDirectory: context.environment.stateDirectory)
            for m in measures { report(m) }
        }
        if suite == .compute || suite == .all {
            let result = try ComputeBenchmark.run(context: context, samples: samples,
                                                  interpretedSamples: interpretedSamples, repetitions: repetitions)
            report(result)
        }
        return 0
    }

    func report(_ m: ClusterBenchmark.Measure) {
        func number(_ x: Double) -> String { x >= 100 ? FloatFormatter.printf("%.0f", x) : FloatFormatter.printf("%.3g", x) }
        let ratio = m.floor.map { m.unit == "MB/s" ? m.value / $0 : m.value / $0 }
        if json {
            var fields = ["\"bench\": \"\(m.suite)\"", "\"case\": \"\(m.name)\"", "\"unit\": \"\(m.unit)\"",
                          "\"value\": \(FloatFormatter.repr(m.value))"]
            if let p99 = m.p99 { fields.append("\"p99\": \(FloatFormatter.repr(p99))") }
            if let floor = m.floor { fields.append("\"floor\": \(FloatFormatter.repr(floor))") }
            if let ratio { fields.append("\"ratio_to_floor\": \(FloatFormatter.repr(ratio))") }
            fields.append("\"goal\": \"\(m.goal)\"")
            print("{" + fields.joined(separator: ", ") + "}")
        } else {
            var text = "\(m.suite.padding(11))\(m.name.padding(48))\(number(m.value)) \(m.unit)"
            if let p99 = m.p99 { text += "  p99 \(number(p99))" }
            if let ratio { text += "  (\(FloatFormatter.printf("%.2f", ratio))x floor)" }
            if m.goal != "-" { text += "  goal \(m.goal)" }
            print(text)
        }
    }

    func report(_ results: [InterpreterBenchmark.Result]) {
        for r in results {
            if json {
                let python = r.python.map { FloatFormatter.repr($0) } ?? "null"
                let ratio = r.ratio.map { FloatFormatter.repr($0) } ?? "null"
                print("{\"bench\": \"interp\", \"case\": \"\(r.name)\", \"unit\": \"s\", \"swiftpx\": "
                    + "\(FloatFormatter.repr(r.swiftpx)), \"python3\": \(python), \"speedup_vs_python3\": \(ratio)}")
            } else {
                let python = r.python.map { FloatFormatter.printf("%.4f s", $0) } ?? "unavailable"
                let ratio = r.ratio.map { FloatFormatter.printf("%.2fx", $0) } ?? "-"
                print("interp  \(r.name.padding(26))swiftpx \(FloatFormatter.printf("%.4f s", r.swiftpx))   "
                    + "python3 \(python)   speedup \(ratio)")
            }
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
