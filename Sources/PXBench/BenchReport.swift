import PXRuntime

/// How `swiftpx bench` prints a measurement: a text line, or one JSON object per line (`--json`).
struct BenchReport {
    /// Whether to print JSON objects.
    let json: Bool

    /// A cluster, memory or floor measurement.
    func show(_ m: ClusterBenchmark.Measure) {
        func number(_ x: Double) -> String { x >= 100 ? FloatFormatter.printf("%.0f", x) : FloatFormatter.printf("%.3g", x) }
        let ratio = m.floor.map { m.unit == "MB/s" ? m.value / $0 : m.value / $0 }
        if json {
            var fields = ["\"bench\": \"\(m.suite)\"", "\"case\": \"\(m.name)\"", "\"unit\": \"\(m.unit)\"",
                          "\"value\": \(FloatFormatter.repr(m.value))"]
            if let p99 = m.p99 { fields.append("\"p99\": \(FloatFormatter.repr(p99))") }
            if let floor = m.floor { fields.append("\"floor\": \(FloatFormatter.repr(floor))") }
            if let ratio { fields.append("\"ratio_to_floor\": \(FloatFormatter.repr(ratio))") }
            for r in m.ratios {
                let key = "ratio_to_" + r.name.lowercased().replacingOccurrences(of: " ", with: "_")
                fields.append("\"\(key)\": \(FloatFormatter.repr(r.value))")
            }
            fields.append("\"goal\": \"\(m.goal)\"")
            Swift.print("{" + fields.joined(separator: ", ") + "}")
        } else {
            var text = "\(m.suite.padding(11))\(m.name.padding(48))\(number(m.value)) \(m.unit)"
            if let p99 = m.p99 { text += "  p99 \(number(p99))" }
            if let ratio { text += "  (\(FloatFormatter.printf("%.2f", ratio))x floor)" }
            if !m.ratios.isEmpty {
                text += "  (" + m.ratios.map { FloatFormatter.printf("%.3f", $0.value) + "x " + $0.name }
                    .joined(separator: ", ") + ")"
            }
            if m.goal != "-" { text += "  goal \(m.goal)" }
            Swift.print(text)
        }
    }

    /// The interpreter beside python3.
    func show(_ results: [InterpreterBenchmark.Result]) {
        for r in results {
            if json {
                let python = r.python.map { FloatFormatter.repr($0) } ?? "null"
                let ratio = r.ratio.map { FloatFormatter.repr($0) } ?? "null"
                Swift.print("{\"bench\": \"interp\", \"case\": \"\(r.name)\", \"unit\": \"s\", \"swiftpx\": "
                    + "\(FloatFormatter.repr(r.swiftpx)), \"python3\": \(python), \"speedup_vs_python3\": \(ratio)}")
            } else {
                let python = r.python.map { FloatFormatter.printf("%.4f s", $0) } ?? "unavailable"
                let ratio = r.ratio.map { FloatFormatter.printf("%.2fx", $0) } ?? "-"
                Swift.print("interp  \(r.name.padding(26))swiftpx \(FloatFormatter.printf("%.4f s", r.swiftpx))   "
                    + "python3 \(python)   speedup \(ratio)")
            }
        }
    }

    /// numpy programs beside numpy.
    func show(_ results: [NumericBenchmark.Result]) {
        for r in results {
            if json {
                let numpy = r.numpy.map { FloatFormatter.repr($0) } ?? "null"
                let ratio = r.ratio.map { FloatFormatter.repr($0) } ?? "null"
                Swift.print("{\"bench\": \"numeric\", \"case\": \"\(r.name)\", \"size\": \"\(r.size)\", \"unit\": \"s\", "
                    + "\"swiftpx\": \(FloatFormatter.repr(r.swiftpx)), \"numpy\": \(numpy), \"ratio_to_numpy\": \(ratio), "
                    + "\"goal\": \"\(r.name == "m @ m" ? "<= 1.2" : "<= 1")\"}")
            } else {
                let numpy = r.numpy.map { FloatFormatter.printf("%9.3f ms", $0 * 1e3) } ?? "  unavailable"
                let ratio = r.ratio.map { FloatFormatter.printf("%.2fx", $0) } ?? "-"
                Swift.print("numeric  \(r.name.padding(20))\(r.size.padding(7))swiftpx "
                    + FloatFormatter.printf("%9.3f ms", r.swiftpx * 1e3) + "   numpy \(numpy)   time ratio \(ratio)")
            }
        }
    }

    /// The registered Monte-Carlo pi on one and two engines.
    func show(_ r: ComputeBenchmark.Measurement) {
        let f = FloatFormatter.repr
        if json {
            Swift.print(
                "{\"bench\": \"compute\", \"case\": \"monte_carlo_pi\", \"samples\": \(r.samples), \"unit\": \"s\", "
                    + "\"one_engine\": \(f(r.oneEngine)), \"two_engines\": \(f(r.twoEngines)), "
                    + "\"speedup\": \(f(r.speedup)), \"goal\": 1.9, \"one_thread\": \(f(r.oneThread)), "
                    + "\"two_threads\": \(f(r.twoThreads)), \"thread_speedup\": \(f(r.threadSpeedup))}")
            Swift.print(
                "{\"bench\": \"compute\", \"case\": \"registered_vs_interpreted\", \"unit\": \"ns/sample\", "
                    + "\"registered\": \(f(r.registeredPerSample * 1e9)), \"interpreted\": \(f(r.interpretedPerSample * 1e9)), "
                    + "\"interpreted_samples\": \(r.interpretedSamples), \"ratio\": \(f(r.ratio))}")
        } else {
            Swift.print(
                "compute monte_carlo_pi \(r.samples) samples   1 engine "
                    + FloatFormatter.printf("%.3f s", r.oneEngine) + "   2 engines "
                    + FloatFormatter.printf("%.3f s", r.twoEngines)
                    + "   speedup " + FloatFormatter.printf("%.2fx", r.speedup) + " (goal >= 1.90x; "
                    + FloatFormatter.printf("2 threads in one process: %.2fx", r.threadSpeedup) + ")")
            Swift.print(
                "compute registered vs interpreted   registered "
                    + FloatFormatter.printf("%.2f ns/sample", r.registeredPerSample * 1e9) + "   interpreted "
                    + FloatFormatter.printf("%.1f ns/sample", r.interpretedPerSample * 1e9)
                    + " (\(r.interpretedSamples) samples)"
                    + "   ratio " + FloatFormatter.printf("%.0fx", r.ratio))
        }
    }

    /// Whole programs, swiftpx beside python3: CPU and wall seconds of each, and the speedups.
    func show(_ results: [ProgramBenchmark.Result], folder: String) {
        if results.isEmpty && !json {
            Swift.print("interp  no programs in \(folder) (run from the package root, or pass --programs)")
        }
        for r in results {
            if json {
                func f(_ x: Double?) -> String { x.map { FloatFormatter.repr($0) } ?? "null" }
                let same = r.matches.map { $0 ? "true" : "false" } ?? "null"
                Swift.print("{\"bench\": \"interp\", \"case\": \"program \(r.name)\", \"unit\": \"s\", "
                    + "\"swiftpx_cpu\": \(f(r.swiftpx.cpu)), \"swiftpx_wall\": \(f(r.swiftpx.wall)), "
                    + "\"python3_cpu\": \(f(r.python?.cpu)), \"python3_wall\": \(f(r.python?.wall)), "
                    + "\"cpu_speedup_vs_python3\": \(f(r.cpuSpeedup)), "
                    + "\"wall_speedup_vs_python3\": \(f(r.wallSpeedup)), \"output_matches\": \(same)}")
            } else {
                func s(_ x: Double?) -> String { x.map { FloatFormatter.printf("%.3f s", $0) } ?? "-" }
                func x(_ v: Double?) -> String { v.map { FloatFormatter.printf("%.2fx", $0) } ?? "-" }
                Swift.print("interp  program \(r.name.padding(19))swiftpx cpu \(s(r.swiftpx.cpu)) wall \(s(r.swiftpx.wall))   "
                    + "python3 cpu \(s(r.python?.cpu)) wall \(s(r.python?.wall))   "
                    + "speedup cpu \(x(r.cpuSpeedup)) wall \(x(r.wallSpeedup))"
                    + (r.matches == false ? "   (output differs from python3's)" : ""))
            }
        }
    }
}

extension String {
    /// The text padded with spaces to `width` (one space after it when it is as long or longer).
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
