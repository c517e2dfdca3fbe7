import PXRuntime

// MARK: - Reporting `bench numeric`

extension BenchCommand {
    func report(_ results: [NumericBenchmark.Result]) {
        for r in results {
            if json {
                let numpy = r.numpy.map { FloatFormatter.repr($0) } ?? "null"
                let ratio = r.ratio.map { FloatFormatter.repr($0) } ?? "null"
                print("{\"bench\": \"numeric\", \"case\": \"\(r.name)\", \"size\": \"\(r.size)\", \"unit\": \"s\", "
                    + "\"swiftpx\": \(FloatFormatter.repr(r.swiftpx)), \"numpy\": \(numpy), \"ratio_to_numpy\": \(ratio), "
                    + "\"goal\": \"\(r.name == "m @ m" ? "<= 1.2" : "<= 1")\"}")
            } else {
                let numpy = r.numpy.map { FloatFormatter.printf("%9.3f ms", $0 * 1e3) } ?? "  unavailable"
                let ratio = r.ratio.map { FloatFormatter.printf("%.2fx", $0) } ?? "-"
                print("numeric  \(r.name.padding(20))\(r.size.padding(7))swiftpx "
                    + FloatFormatter.printf("%9.3f ms", r.swiftpx * 1e3) + "   numpy \(numpy)   time ratio \(ratio)")
            }
        }
    }
}
