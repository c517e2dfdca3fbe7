import PXRuntime

/// `swiftpx bench numeric`: the same array programs timed by the language itself in swiftpx and in python3 with
/// numpy, in one run, so the ratios are measured under the same machine load. BLAS runs on one thread on both
/// sides (swiftpx pins OpenBLAS to one thread; numpy gets `OPENBLAS_NUM_THREADS=1` and friends).
enum NumericBenchmark {
    struct Case {
        /// What is timed, as numpy users write it.
        let name: String
        /// The input size, for the report (`10^6`, `1000²`).
        let size: String
        let setup: String
        let statement: String
        /// Executions per timed sample (enough for a sample of several milliseconds).
        let loops: Int
    }

    static func vectors(_ n: Int) -> String {
        "np.random.seed(0)\na = np.random.rand(\(n))\nb = np.random.rand(\(n))"
    }

    static func matrix(_ n: Int) -> String {
        "np.random.seed(0)\nm = np.random.rand(\(n), \(n))"
    }

    static var cases: [Case] {
        var result: [Case] = []
        for (n, size, loops) in [(1_000_000, "10^6", 20), (10_000_000, "10^7", 2)] {
            let setup = vectors(n)
            for statement in ["a * a + 1", "a + b", "a > 0.5", "a[a > 0.5].sum()", "np.sqrt(a).mean()", "a.sum()",
                              "a.std()", "np.dot(a, b)", "np.cumsum(a)"] {
                result.append(Case(name: statement, size: size, setup: setup, statement: statement, loops: loops))
            }
        }
        result.append(Case(name: "np.sort(a)", size: "10^6", setup: vectors(1_000_000), statement: "np.sort(a)", loops: 2))
        for (n, loops) in [(500, 5), (1000, 1)] {
            result.append(Case(name: "m @ m", size: "\(n)²", setup: matrix(n), statement: "m @ m", loops: loops))
        }
        for axis in [0, 1] {
            result.append(Case(name: "m.sum(axis=\(axis))", size: "1000²", setup: matrix(1000),
                               statement: "m.sum(axis=\(axis))", loops: 20))
        }
        return result
    }

    /// The fewest timed samples per case and side in one round, whatever `--repetitions` asks: the cases at 10^6
    /// take 0.1-1 ms, and the median of five samples of 10-20 ms moved by up to 1.9 times between quiet runs.
    static let minimumSamples = 15

    /// A program that prints the median time of one execution of the statement, in seconds, over `repetitions`
    /// samples of `c.loops` executions each. One untimed sample first warms both sides alike: the allocator's
    /// first blocks for the results (glibc moves its mmap threshold only after the first large block is freed, and
    /// swiftpx's block cache is empty until then), the caches and the branch predictors.
    static func program(_ c: Case, repetitions: Int) -> String {
        """
        import time
        import numpy as np
        \(c.setup)
        def run():
            \(c.statement)
        for _ in range(\(c.loops)):
            run()
        samples = []
        for _ in range(\(repetitions)):
            t0 = time.perf_counter()
            for _ in range(\(c.loops)):
                run()
            samples.append((time.perf_counter() - t0) / \(c.loops))
        samples.sort()
        print(repr(samples[len(samples) // 2]))
        """
    }

    /// One measured case.
    struct Result {
        let name: String
        let size: String
        let swiftpx: Double
        let numpy: Double?
        /// swiftpx's time over numpy's: below 1 is faster than numpy.
        var ratio: Double? { numpy.map { swiftpx / $0 } }
    }

    /// The environment that keeps numpy's BLAS on one thread.
    static let singleThreaded = ["OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"]

    /// Times every case (those whose name contains `filter`, when given), with at least ``minimumSamples`` samples.
    /// Each side runs `rounds` times, alternately (swiftpx, numpy, swiftpx, numpy, …), and keeps its best median,
    /// so a change of machine load during a case weighs on both sides alike.
    static func run(registry: Registry, repetitions: Int, python: String, only filter: String? = nil,
                    rounds: Int = 3) -> [Result] {
        let numpyAvailable = TimedProgram.reference(python, "import numpy", environment: singleThreaded) != nil
        return cases.filter { c in filter.map { c.name.contains($0) } ?? true }.map { c in
            let source = program(c, repetitions: max(repetitions, minimumSamples))
            var seconds = Double.infinity
            var numpySeconds: Double?
            for _ in 0..<max(1, rounds) {
                let own = TimedProgram.swiftpxSeconds(source, registry: registry)
                seconds = own.isNaN ? own : min(seconds, own)
                if numpyAvailable, let text = TimedProgram.reference(python, source, environment: singleThreaded),
                   let reference = Double(text.trimming(" \n")) {
                    numpySeconds = min(numpySeconds ?? reference, reference)
                }
                if seconds.isNaN { break }
            }
            return Result(name: c.name, size: c.size, swiftpx: seconds, numpy: numpySeconds)
        }
    }
}
