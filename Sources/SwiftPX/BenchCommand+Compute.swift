import PXRuntime

// MARK: - Reporting `bench compute`

extension BenchCommand {
    func report(_ r: ComputeBenchmark.Measurement) {
        let f = FloatFormatter.repr
        if json {
            print(
                "{\"bench\": \"compute\", \"case\": \"monte_carlo_pi\", \"samples\": \(r.samples), \"unit\": \"s\", "
                    + "\"one_engine\": \(f(r.oneEngine)), \"two_engines\": \(f(r.twoEngines)), "
                    + "\"speedup\": \(f(r.speedup)), \"goal\": 1.9, \"one_thread\": \(f(r.oneThread)), "
                    + "\"two_threads\": \(f(r.twoThreads)), \"thread_speedup\": \(f(r.threadSpeedup))}")
            print(
                "{\"bench\": \"compute\", \"case\": \"registered_vs_interpreted\", \"unit\": \"ns/sample\", "
                    + "\"registered\": \(f(r.registeredPerSample * 1e9)), \"interpreted\": \(f(r.interpretedPerSample * 1e9)), "
                    + "\"interpreted_samples\": \(r.interpretedSamples), \"ratio\": \(f(r.ratio))}")
        } else {
            print(
                "compute monte_carlo_pi \(r.samples) samples   1 engine "
                    + FloatFormatter.printf("%.3f s", r.oneEngine) + "   2 engines "
                    + FloatFormatter.printf("%.3f s", r.twoEngines)
                    + "   speedup " + FloatFormatter.printf("%.2fx", r.speedup) + " (goal >= 1.90x; "
                    + FloatFormatter.printf("2 threads in one process: %.2fx", r.threadSpeedup) + ")")
            print(
                "compute registered vs interpreted   registered "
                    + FloatFormatter.printf("%.2f ns/sample", r.registeredPerSample * 1e9) + "   interpreted "
                    + FloatFormatter.printf("%.1f ns/sample", r.interpretedPerSample * 1e9)
                    + " (\(r.interpretedSamples) samples)"
                    + "   ratio " + FloatFormatter.printf("%.0fx", r.ratio))
        }
    }
}
