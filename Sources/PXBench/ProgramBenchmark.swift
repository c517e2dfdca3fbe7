import PXRuntime
import PXTransport

#if canImport(Glibc)
import Glibc
#endif

/// `swiftpx bench interp`, whole programs: every `.py` program of a folder (by default the CPython oracle
/// corpus's benchmark programs) run as `swiftpx run FILE` and as `python3 FILE`, each a child process started and
/// waited for here, alternately in the same run. Times include start and exit: the child's CPU time (user and
/// system, from `RUSAGE_CHILDREN`) and the wall time from spawn to exit. The median of the repetitions is
/// reported, and whether swiftpx printed what the program's `.out` file (python3's output) holds.
enum ProgramBenchmark {
    /// The folder of the programs, relative to the package root.
    static let defaultFolder = "Tests/PXRuntimeTests/Oracle/bench"

    /// CPU and wall seconds of one child process.
    struct Timing {
        var cpu: Double
        var wall: Double
    }

    /// One program measured in both interpreters.
    struct Result {
        let name: String
        let swiftpx: Timing
        let python: Timing?
        /// Whether swiftpx's output equals the program's recorded python3 output (nil without a `.out` file).
        let matches: Bool?
        /// python3's CPU time over swiftpx's: above 1 when swiftpx is faster.
        var cpuSpeedup: Double? { python.map { $0.cpu / swiftpx.cpu } }
        var wallSpeedup: Double? { python.map { $0.wall / swiftpx.wall } }
    }

    /// Measures the programs of `folder` whose name contains `only` (all when nil).
    static func run(folder: String, only: String?, repetitions: Int, python: String) -> [Result] {
        let swiftpx = ProcessLaunch.currentExecutable
        let names = TextFile.names(in: folder, endingWith: ".py").filter { name in only.map { name.contains($0) } ?? true }
        return names.map { file in
            let path = folder + "/" + file
            var ours: [Timing] = [], theirs: [Timing] = []
            var output: String?
            for _ in 0..<max(1, repetitions) {
                if let (t, text) = timed(swiftpx, ["run", path]) {
                    ours.append(t)
                    output = text
                }
                if let (t, _) = timed(python, [path]) { theirs.append(t) }
            }
            let expected = TextFile.read(String(path.dropLast(3)) + ".out")
            let matches = expected.map { e in output.map { $0 == e } ?? false }
            return Result(name: String(file.dropLast(3)), swiftpx: median(ours) ?? Timing(cpu: .nan, wall: .nan),
                          python: median(theirs), matches: matches)
        }
    }

    /// Runs `executable arguments` to its exit (standard error discarded); its timing and standard output, or nil
    /// when it failed.
    static func timed(_ executable: String, _ arguments: [String]) -> (Timing, String)? {
        var launch = ProcessLaunch(executable: executable, arguments: arguments)
        launch.standardOutput = .pipe
        launch.standardError = .discard
        let before = childrenCPU()
        let start = MonotonicClock.nanoseconds()
        guard let result = try? launch.run(timeout: nil), result.exitStatus.isSuccess else { return nil }
        let wall = Double(MonotonicClock.nanoseconds() - start) / 1e9
        return (Timing(cpu: childrenCPU() - before, wall: wall), result.output)
    }

    /// User and system seconds of the children waited for so far.
    static func childrenCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The median CPU time and the median wall time.
    static func median(_ timings: [Timing]) -> Timing? {
        guard !timings.isEmpty else { return nil }
        let cpu = timings.map(\.cpu).sorted(), wall = timings.map(\.wall).sorted()
        return Timing(cpu: cpu[cpu.count / 2], wall: wall[wall.count / 2])
    }
}
