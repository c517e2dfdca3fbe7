import Foundation
import PXLaunch
import PXTestSupport
import PXTransport
import Testing

/// Profiles named after a process (`swiftpx bench memory` makes one per run): when that process is gone, its
/// cluster is stopped and its folder removed; a live process's profile and other profiles are left alone.
@Suite("stale per-process profiles")
struct StaleProfileTests {
    @Test("a dead owner's cluster is stopped and its profile removed; a live owner's profile stays")
    func staleProfilesAreRemoved() throws {
        let sandbox = try ClusterSandbox()
        // No process has this id (above the kernel's largest pid), so its owner is gone.
        let dead = "bench-memory-2147483000"
        let live = "bench-memory-\(getpid())"
        let start = sandbox.swiftpx(["cluster", "start", "-n", "1", "--profile", dead])
        #expect(start.status == 0, "\(start.output)")
        let controller = try #require(sandbox.controllerPID(dead), "no state file: \(start.output)")
        #expect(sandbox.swiftpx(["cluster", "start", "-n", "1", "--profile", "other"]).status == 0)
        var settings = ClusterSettings(stateDirectory: sandbox.stateDirectory)
        settings.profile = live
        // A profile directory with a log, as a run leaves it while it works.
        #expect(mkdir(sandbox.profileDirectory(live), 0o700) == 0)
        #expect(mkdir(sandbox.profileDirectory(live) + "/log", 0o700) == 0)

        let removed = ClusterManager.removeStaleProfiles(
            stateDirectory: sandbox.stateDirectory, prefix: "bench-memory-")

        #expect(removed == [dead])
        #expect(!ProcessProbe.isRunning(controller), "the stale cluster's controller is stopped")
        #expect(access(sandbox.profileDirectory(dead), F_OK) != 0, "the stale profile is removed")
        #expect(access(sandbox.profileDirectory(live) + "/log", F_OK) == 0, "a live owner's profile stays")
        #expect(sandbox.swiftpx(["cluster", "status", "--profile", "other"]).status == 0, "other profiles stay")
        #expect(sandbox.swiftpx(["cluster", "stop", "--profile", "other"]).status == 0)
        #expect(ClusterManager.removeProfile(settings), "a profile without a cluster can be removed")
        #expect(access(sandbox.profileDirectory(live), F_OK) != 0)
        #expect(sandbox.waitForNoProcesses().isEmpty)
    }
}
