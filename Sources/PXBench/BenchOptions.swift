/// What `swiftpx bench` measures and how (the command's flags, one field each).
public struct BenchOptions: Sendable {
    /// A group of measurements.
    public enum Suite: String, Sendable, CaseIterable {
        case interp, numeric, compute, latency, throughput, transfer, startup, memory, all
    }

    /// What to measure. Default: everything.
    public var suite = Suite.all
    /// One JSON object per measurement instead of text lines. Default: false.
    public var json = false
    /// Timed repetitions per case (the median is reported). Default: 5.
    public var repetitions = 5
    /// The python3 to compare the interpreter (and numpy) with. Default: `python3`.
    public var python = "python3"
    /// numeric and the interp programs: only the cases whose name contains this text. Default: all.
    public var only: String?
    /// interp: the folder of whole programs, each `NAME.py` with python3's output in `NAME.out`.
    /// Default: the CPython oracle corpus's benchmark programs, relative to the package root.
    public var programs = ProgramBenchmark.defaultFolder
    /// transfer: also measure a cluster whose engines and client reach the controller over TCP. Default: false.
    public var tcp = false
    /// Engines for the cluster benchmarks. Default: 2.
    public var engines = 2
    /// Fewer repetitions (a quick check that everything runs). Default: false.
    public var quick = false
    /// compute: samples of the registered Monte-Carlo pi estimate. Default: 100,000,000.
    public var samples = 100_000_000
    /// compute: samples of the same loop written in the language. Default: 1,000,000.
    public var interpretedSamples = 1_000_000

    /// The defaults.
    public init() {}
}
