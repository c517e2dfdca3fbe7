import PXRuntime

/// `swiftpx bench interp`: the same four programs timed by the language itself in swiftpx and in python3,
/// in one run, so the ratio is measured under the same machine load.
enum InterpreterBenchmark {
    struct Case {
        let name: String
        let setup: String
        let call: String
    }

    static let cases = [
        Case(name: "fib(25)", setup: """
            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)
            """, call: "fib(25)"),
        Case(name: "loop sum 10^6", setup: """
            def loop_sum():
                s = 0
                for i in range(1000000):
                    s += i
                return s
            """, call: "loop_sum()"),
        Case(name: "list comprehension 10^6", setup: """
            def comprehension():
                return [i * 2 for i in range(1000000)]
            """, call: "comprehension()"),
        Case(name: "10^5 % formats", setup: """
            def percent_format():
                s = ""
                for i in range(100000):
                    s = "%d: %.3f %s" % (i, i * 0.5, "a")
                return s
            """, call: "percent_format()"),
    ]

    /// A program that prints the median of `repetitions` timings of the case.
    static func program(_ c: Case, repetitions: Int) -> String {
        """
        import time
        \(c.setup)
        samples = []
        for _ in range(\(repetitions)):
            t0 = time.perf_counter()
            \(c.call)
            samples.append(time.perf_counter() - t0)
        samples.sort()
        print(repr(samples[len(samples) // 2]))
        """
    }

    /// One measured case.
    struct Result {
        let name: String
        let swiftpx: Double
        let python: Double?
        var ratio: Double? { python.map { $0 / swiftpx } }
    }

    static func run(registry: Registry, repetitions: Int, python: String) -> [Result] {
        cases.map { c in
            let source = program(c, repetitions: repetitions)
            let seconds = TimedProgram.swiftpxSeconds(source, registry: registry)
            let pythonSeconds = TimedProgram.reference(python, source).flatMap { Double($0.trimming(" \n")) }
            return Result(name: c.name, swiftpx: seconds, python: pythonSeconds)
        }
    }
}
