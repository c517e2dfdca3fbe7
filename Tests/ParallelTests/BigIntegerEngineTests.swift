import PXTestSupport
import Testing

/// Integers beyond 64 bits travel to real engine processes and back; deep nesting and huge allocations are
/// clean errors on an engine, which then goes on working.
@Suite("Big integers and limits on engines", .serialized)
struct BigIntegerEngineTests {
    static let session = """
        import ipyparallel as ipp
        rc = ipp.Client()
        dv = rc[:]
        big = 2 ** 100 + 1
        print("APPLY", dv.apply_sync(lambda n: n * n - 1, big))
        print("MAP", rc.load_balanced_view().map_sync(lambda k: 3 ** k, [40, 41]))
        dv.push({"huge": -(10 ** 30), "r": range(2 ** 64, 2 ** 64 + 3), "fs": frozenset({2 ** 70})})
        print("PULL", dv.pull("huge", block=True), rc[0].apply_sync(lambda: (list(r), fs)))
        %px f = 1
        %px for i in range(2, 60): f *= i
        print("ENGINE", rc[1].pull("f", block=True))
        %px deep = \(Array(repeating: "1", count: 5000).joined(separator: "+"))
        %px wide = [0] * 10 ** 12
        print("ALIVE", dv.apply_sync(lambda: 2 ** 64))
        print("DONE")
        """

    @Test("big integers, big ranges and frozensets round trip; a too-deep expression and a huge list are errors")
    func roundTrips() {
        let result = Session.run(BigIntegerEngineTests.session)
        let lines = result.output.split(separator: "\n").map(String.init)
        func line(_ marker: String) -> String? { lines.first { $0.hasPrefix(marker + " ") } }
        let square = "1606938044258990275541962092343697903722659452585786241712128"
        #expect(line("APPLY") == "APPLY [\(square), \(square)]", "\(result.output)")
        #expect(line("MAP") == "MAP [12157665459056928801, 36472996377170786403]", "\(result.output)")
        #expect(line("PULL") == "PULL [-1000000000000000000000000000000, -1000000000000000000000000000000] "
            + "([18446744073709551616, 18446744073709551617, 18446744073709551618], "
            + "frozenset({1180591620717411303424}))", "\(result.output)")
        #expect(line("ENGINE") == "ENGINE 138683118545689835737939019720389406345902876772687432540821294940160000000000000",
                "\(result.output)")
        #expect(result.output.contains("RecursionError: maximum recursion depth exceeded during compilation"),
                "\(result.output)")
        #expect(result.output.contains("MemoryError"), "\(result.output)")
        #expect(line("ALIVE") == "ALIVE [18446744073709551616, 18446744073709551616]", "\(result.output)")
        #expect(lines.contains("DONE"), "\(result.output)")
    }
}
