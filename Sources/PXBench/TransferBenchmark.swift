import PXClient
import PXRuntime

/// `swiftpx bench transfer [--tcp]`: the floors (memcpy, a Unix stream and a TCP loopback stream between two
/// processes), then `dv.scatter`, `dv.gather`, `dv.push` and `dv.pull` of 80 MB and 800 MB arrays with real
/// engines, on a local cluster and (`--tcp`) on one whose engines and client reach the controller over TCP,
/// all in one run, beside the speed of the candidates for authenticating payloads on the TCP path. Each is reported as bytes delivered per second and as a ratio to the floors.
enum TransferBenchmark {
    /// Runs the floors and the local measures, and the TCP ones when `tcp` is set, handing each measure to `show` as
    /// soon as it is known (so that what was measured is shown even when a later case fails).
    static func run(engines: Int, host: BenchHost, tcp: Bool, quick: Bool,
                    show: (ClusterBenchmark.Measure) -> Void) throws {
        let memcpy = StreamFloor.memcpyBandwidth(repetitions: quick ? 5 : 30) / 1e6
        let unix = try StreamFloor.streamBandwidth(.unix, bytes: quick ? 80_000_000 : 800_000_000,
                                                   repetitions: quick ? 2 : 5) / 1e6
        let loopback = try StreamFloor.streamBandwidth(.tcp, bytes: quick ? 80_000_000 : 800_000_000,
                                                       repetitions: quick ? 2 : 5) / 1e6
        func floor(_ name: String, _ value: Double) -> ClusterBenchmark.Measure {
            ClusterBenchmark.Measure(suite: "floor", name: name, unit: "MB/s", value: value, p99: nil, floor: nil,
                                     goal: "-")
        }
        show(floor("memcpy 80 MB, one thread", memcpy))
        show(floor("Unix stream 800 MB in 1 MiB writes, 2 processes", unix))
        show(floor("TCP loopback 800 MB in 1 MiB writes, 2 processes", loopback))
        for candidate in IntegrityBenchmark.run(repetitions: quick ? 2 : 5) {
            show(
                ClusterBenchmark.Measure(
                    suite: "integrity", name: candidate.name + ", 80 MB, one core", unit: "MB/s",
                    value: candidate.bytesPerSecond / 1e6, p99: nil, floor: nil, goal: "-",
                    ratios: [("memcpy", candidate.bytesPerSecond / 1e6 / memcpy)]))
        }
        let lengths = quick ? [1_000_000, 10_000_000] : [10_000_000, 100_000_000]
        for overTCP in tcp ? [false, true] : [false] {
            let cluster = try host.startCluster(engines, overTCP)
            defer { cluster.shutdown() }
            let registry = host.registry
            for length in lengths {
                let output = BufferedOutput()
                let source = program(lengths: [length], repetitions: quick ? 1 : 3)
                let outcome: Interpreter.Outcome = InterpreterThread.run {
                    let vm = Interpreter(registry: registry, output: output)
                    ParallelContext.of(vm).provider = cluster
                    return vm.run(source, fileName: "<bench transfer>")
                }
                for line in output.stdout.split(separator: "\n") {
                    let fields = line.split(separator: "|")
                    guard fields.count == 2, let rate = Double(fields[1]) else { continue }
                    let name = String(fields[0])
                    let spreads = name.hasPrefix("dv.push") || name.hasPrefix("dv.scatter")
                    var ratios = [("memcpy", rate / memcpy)]
                    if overTCP { ratios.append(("TCP floor", rate / loopback)) } else { ratios.append(("Unix floor", rate / unix)) }
                    let goal = overTCP ? ">= 0.4x TCP floor" : spreads ? ">= 1x memcpy" : ">= 0.5x memcpy"
                    show(
                        ClusterBenchmark.Measure(
                            suite: overTCP ? "transfer/tcp" : "transfer", name: name, unit: "MB/s", value: rate, p99: nil,
                            floor: nil, goal: goal, ratios: ratios))
                }
                if case .exception(let e) = outcome { throw BenchError("transfer benchmark failed: \(e.summary)") }
            }
        }
    }

    /// The program: for each length, an array of float64 is scattered, gathered, pushed and pulled; each line is
    /// `name|MB delivered per second` (median of `repetitions`). A push or pull counts the array once per engine.
    /// Every repetition moves data as a program makes it, untimed just before: a fresh copy of the array to scatter or
    /// push, and arrays computed on the engines to gather or pull (data sent before, unchanged, travels uncopied).
    static func program(lengths: [Int], repetitions: Int) -> String {
        var text = """
            import ipyparallel as ipp
            import time
            import numpy as np
            rc = ipp.Client()
            dv = rc[:]
            engines = len(rc.ids)

            def rate(name, call, megabytes, prepare):
                s = []
                for r in range(\(repetitions)):
                    prepare()
                    t0 = time.perf_counter()
                    call()
                    s.append(megabytes / (time.perf_counter() - t0))
                s.sort()
                print(name + "|" + repr(s[len(s) // 2]))

            def measure(n):
                a = np.random.rand(n)
                mb = a.size * 8 / 1e6
                label = str(round(mb)) + " MB"
                fresh = [a]
                def renew():
                    fresh[0] = a.copy()
                def compute(name):
                    return lambda: dv.execute(name + " = " + name + " * 1.0", block=True)
                rate("dv.scatter " + label, lambda: dv.scatter("a", fresh[0], block=True), mb, renew)
                rate("dv.gather " + label, lambda: dv.gather("a", block=True), mb, compute("a"))
                if not np.array_equal(dv.gather("a", block=True), a):
                    raise AssertionError("gather did not return the scattered array")
                dv.execute("a = None", block=True)
                fresh[0] = None
                rate("dv.push " + label + " (x" + str(engines) + " engines)", lambda: dv.push({"b": fresh[0]}, block=True), engines * mb, renew)
                rate("dv.pull " + label + " (x" + str(engines) + " engines)", lambda: dv.pull("b", block=True), engines * mb, compute("b"))
                for part in dv.pull("b", block=True):
                    if not np.array_equal(part, a):
                        raise AssertionError("pull did not return the pushed array")
                dv.execute("b = None", block=True)


            """
        for n in lengths { text += "measure(\(n))\n" }
        return text
    }
}
