import PXTestSupport
import Testing

/// `rc.shutdown(restart=True)` on a cluster the shell only joined (`--connect`): it cannot start engines, so it
/// says so before stopping anything.
@Suite(.timeLimit(.minutes(2))) struct EngineRestartTests {
    @Test("a joined cluster refuses restart=True and its engines keep running")
    func restartOnAJoinedCluster() throws {
        let cluster = try StandaloneCluster.start()
        defer { cluster.stop() }
        let result = cluster.runShell(
            """
            rc.shutdown(restart=True)
            rc.restart_engine(0)
            rc[:].apply_sync(lambda: 5)

            """)
        let refusals = result.output.components(separatedBy: "RuntimeError: this cluster cannot restart engines")
        #expect(refusals.count == 3, "both calls are refused: \(result.output)")
        #expect(result.output.contains("[5]"), "the engine still runs: \(result.output)")
    }
}
