import PXTestSupport
import Testing

/// The cluster walkthrough `sessions/07-scale-out.px` says its code runs the same on a cluster started with
/// `swiftpx cluster start` as on the shell's own engines: the golden transcript tests the latter, this the former.
@Suite("scale-out walkthrough on a real cluster")
struct WalkthroughTests {
    @Test("sessions/07-scale-out.px attached to `cluster start -n 2` prints its golden transcript")
    func walkthroughOnAStartedCluster() throws {
        let sandbox = try ClusterSandbox()
        #expect(sandbox.swiftpx(["cluster", "start", "-n", "2"]).status == 0)
        let client = try #require(sandbox.clientFile())
        let root = ProcessRunner.packageRoot()
        let result = sandbox.swiftpx(["--connect", client, "--echo"], stdinPath: root + "/sessions/07-scale-out.px")
        let golden = ProcessRunner.readFile(root + "/Tests/TranscriptTests/Golden/07-scale-out.transcript")
        let actual = TranscriptFilter.mask(result.output) + "[exit status \(result.status)]\n"
        #expect(actual == golden, "\(actual)")
        // The walkthrough killed engine 1; stop cleans up the rest.
        #expect(sandbox.swiftpx(["cluster", "stop"]).status == 0)
        #expect(sandbox.waitForNoProcesses().isEmpty)
    }
}
