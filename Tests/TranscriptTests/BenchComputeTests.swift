import PXTestSupport
import Testing

/// `swiftpx bench compute` runs end to end (a benchmark, not a timed test: only the shape of its report is
/// checked, on few samples).
@Suite("bench compute")
struct BenchComputeTests {
    @Test("reports the two-engine speedup and the registered-vs-interpreted ratio as JSON lines")
    func json() {
        let result = ProcessRunner.run(
            ProcessRunner.swiftpxExecutable,
            [
                "bench", "compute", "--samples", "200000", "--interpreted-samples", "2000", "--repetitions", "1",
                "--json",
            ],
            environment: ["SWIFTPX_DIR": Transcript.temporaryStateDirectory()], timeout: 120)
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2, "\(result.output)")
        #expect(
            lines.first?.hasPrefix("{\"bench\": \"compute\", \"case\": \"monte_carlo_pi\", \"samples\": 200000") == true
        )
        #expect(lines.first?.contains("\"speedup\": ") == true && lines.first?.contains("\"thread_speedup\": ") == true)
        #expect(lines.last?.hasPrefix("{\"bench\": \"compute\", \"case\": \"registered_vs_interpreted\"") == true)
        #expect(lines.last?.contains("\"ratio\": ") == true)
    }
}
