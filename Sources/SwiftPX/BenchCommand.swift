import ArgumentParser
import PXBench
import PXSession

/// `swiftpx bench [interp|numeric|compute|latency|throughput|transfer|startup|memory|all] [--json]`: the flags,
/// then `Benchmarks.run` (PXBench) with this executable's clusters.
struct BenchCommand: ContextCommand {
    static let configuration = CommandConfiguration(commandName: "bench",
                                                    abstract: "Measure swiftpx beside the reference systems in one run.")

    @Argument(help: "What to measure: \(BenchOptions.Suite.allCases.map(\.rawValue).joined(separator: ", ")).")
    var suite: BenchOptions.Suite = .all

    @Flag(name: .long, help: "Print one JSON object per measurement.")
    var json = false

    @Option(name: .long, help: "Timed repetitions per case (the median is reported).")
    var repetitions = 5

    @Option(name: .long, help: "The python3 to compare the interpreter (and numpy) with.")
    var python = "python3"

    @Option(name: .long, help: "numeric and interp programs: only the cases whose name contains this text.")
    var only: String?

    @Option(name: .long, help: "interp: the folder of whole programs (NAME.py, with python3's output in NAME.out).")
    var programs = BenchOptions().programs

    @Flag(name: .long, help: "transfer: also measure engines and a client that reach the controller over TCP.")
    var tcp = false

    @Option(name: .short, help: "Engines for the cluster benchmarks.")
    var n = 2

    @Flag(name: .long, help: "Fewer repetitions (a quick check that everything runs).")
    var quick = false

    @Option(name: .long, help: "compute: samples of the registered Monte-Carlo pi estimate.")
    var samples = 100_000_000

    @Option(name: .long, help: "compute: samples of the same loop written in the language.")
    var interpretedSamples = 1_000_000

    func execute(_ context: CommandContext) throws -> Int32 {
        var options = BenchOptions()
        options.suite = suite
        options.json = json
        options.repetitions = repetitions
        options.python = python
        options.only = only
        options.programs = programs
        options.engines = n
        options.tcp = tcp
        options.quick = quick
        options.samples = samples
        options.interpretedSamples = interpretedSamples
        let stateDirectory = context.environment.stateDirectory
        let host = BenchHost(
            registry: context.registry, stateDirectory: stateDirectory,
            startCluster: { engines, overTCP in
                var request = ClusterRequest()
                request.engineCount = engines
                request.onlyTCP = overTCP
                return LocalCluster(request: request, stateDirectory: stateDirectory, plugins: [])
            },
            attachCluster: { file in try AttachedCluster(file: file) },
            quarterCircle: { samples, seed in ExampleModule.insideQuarterCircle(samples: samples, seed: seed) })
        try Benchmarks.run(options, host: host)
        return 0
    }
}

extension BenchOptions.Suite: ExpressibleByArgument {}

/// `swiftpx bench-echo PATH`: the echo side of the ping-pong floor (hidden; started by `swiftpx bench`).
struct BenchEchoCommand: ContextCommand {
    static let configuration = CommandConfiguration(commandName: "bench-echo", shouldDisplay: false)

    @Argument var path: String

    func execute(_ context: CommandContext) throws -> Int32 { BenchFloor.echo(path: path) }
}

/// `swiftpx bench-stream ADDRESS BYTES CHUNK REPETITIONS`: the writing side of the stream floors (hidden; started
/// by `swiftpx bench transfer`).
struct BenchStreamCommand: ContextCommand {
    static let configuration = CommandConfiguration(commandName: "bench-stream", shouldDisplay: false)

    @Argument var address: String
    @Argument var bytes: Int
    @Argument var chunk: Int
    @Argument var repetitions: Int

    func execute(_ context: CommandContext) throws -> Int32 {
        StreamFloor.send(address: address, bytes: bytes, chunk: chunk, repetitions: repetitions)
    }
}

extension LocalCluster: BenchCluster {}
