import Foundation
import PXTestSupport
import Testing

/// What `cluster start` says when engines do not come up, and `cluster stop` after crashes.
@Suite("cluster failures and crash recovery")
struct ClusterFailureTests {
    /// Puts a fake `mpiexec` first on the sandbox's `PATH`: it answers `--version`, then runs `body`.
    /// - Returns: that `PATH`.
    @discardableResult
    static func fakeMPIExec(in sandbox: ClusterSandbox, _ body: String) throws -> String {
        let directory = sandbox.directory.file("bin")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        FakeCommands.writeScript(
            directory + "/mpiexec",
            """
            if [ "$1" = "--version" ]; then echo "fake mpiexec 1.0"; exit 0; fi
            \(body)
            """)
        let path = directory + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        sandbox.environment["PATH"] = path
        return path
    }

    @Test("stop after the controller was killed with SIGKILL ends the engines and removes the files")
    func stopAfterControllerCrash() throws {
        let sandbox = try ClusterSandbox()
        #expect(sandbox.swiftpx(["cluster", "start", "-n", "2"]).status == 0)
        let controller = try #require(sandbox.controllerPID())
        kill(controller, SIGKILL)
        let status = sandbox.swiftpx(["cluster", "status"])
        #expect(status.status == 1)
        #expect(status.output.contains("controller: pid \(controller), not running"))
        #expect(status.output.contains("'swiftpx cluster stop' cleans up"))
        let stop = sandbox.swiftpx(["cluster", "stop"])
        #expect(stop.status == 0, "\(stop.output)")
        #expect(stop.output.contains("was not running; cleaned up after it"))
        #expect(sandbox.waitForNoProcesses().isEmpty)
        #expect(sandbox.state() == nil)
    }

    @Test("stop after an engine and the state's pids went stale still works (recycled pids are not touched)")
    func stopWithStalePIDs() throws {
        let sandbox = try ClusterSandbox()
        #expect(sandbox.swiftpx(["cluster", "start", "-n", "1"]).status == 0)
        // Kill everything behind the cluster's back, as a reboot would.
        for (pid, _) in sandbox.livingProcesses() { kill(pid, SIGKILL) }
        #expect(sandbox.waitForNoProcesses().isEmpty)
        let stop = sandbox.swiftpx(["cluster", "stop"])
        #expect(stop.status == 0)
        #expect(stop.output.contains("was not running"))
        #expect(sandbox.state() == nil)
        // A new cluster starts in the same profile.
        #expect(sandbox.swiftpx(["cluster", "start", "-n", "1"]).status == 0)
        #expect(sandbox.swiftpx(["cluster", "stop"]).status == 0)
    }

    @Test("a launcher that fails is named with its output, and nothing is left running")
    func failingLauncher() throws {
        let sandbox = try ClusterSandbox()
        try Self.fakeMPIExec(
            in: sandbox,
            """
            echo "fake mpiexec: no slots available on this machine" >&2
            exit 3
            """)
        let result = sandbox.swiftpx(["cluster", "start", "-n", "2", "--launcher", "mpi", "--timeout", "30"])
        #expect(result.status == 1)
        #expect(
            result.output.contains("only 0 of 2 engines registered (mpiexec ended with exit status 3"),
            "\(result.output)")
        #expect(result.output.contains("missing: MPI ranks 0, 1"))
        #expect(result.output.contains("fake mpiexec: no slots available on this machine"))
        #expect(result.output.contains("everything started was stopped"))
        #expect(sandbox.waitForNoProcesses().isEmpty)
        #expect(sandbox.state() == nil)
    }

    @Test("engines that never register: the timeout error names what did not come up")
    func timeout() throws {
        let sandbox = try ClusterSandbox()
        // Starts one real engine (rank 0) and leaves rank 1 hanging, as a stuck node would.
        try Self.fakeMPIExec(
            in: sandbox,
            """
            while [ "$1" != "engine" ]; do shift; done
            OMPI_COMM_WORLD_RANK=0 "$PXEXE" "$@" &
            echo "rank 1: waiting for a node"
            exec sleep 600
            """)
        sandbox.environment["PXEXE"] = sandbox.executable
        let result = sandbox.swiftpx(["cluster", "start", "-n", "2", "--launcher", "mpi", "--timeout", "2"])
        #expect(!result.timedOut, "start gave up by itself, without waiting for the hanging rank")
        #expect(result.status == 1)
        #expect(result.output.contains("waiting for engines: 1/2 registered"))
        #expect(
            result.output.contains("only 1 of 2 engines registered (timed out after 2.0 seconds"),
            "\(result.output)")
        #expect(result.output.contains("registered: engine 0 (pid"))
        #expect(result.output.contains("missing: MPI ranks 1"))
        #expect(result.output.contains("mpiexec (pid") && result.output.contains("is still running"))
        #expect(result.output.contains("rank 1: waiting for a node"))
        #expect(sandbox.waitForNoProcesses().isEmpty)
    }

    @Test("Ctrl-C while start waits stops everything it started (exit 130)")
    func interrupted() throws {
        let sandbox = try ClusterSandbox()
        let path = try Self.fakeMPIExec(in: sandbox, "exec sleep 600")
        let start = try BackgroundProcess(
            [sandbox.executable, "cluster", "start", "-n", "2", "--launcher", "mpi", "--timeout", "120"],
            outputFile: sandbox.directory.file("start.log"),
            environment: ["PATH": path, "SWIFTPX_DIR": sandbox.stateDirectory])
        #expect(Deadline.poll(timeout: 30) { start.output.contains("waiting for engines: 0/2") }, "\(start.output)")
        kill(start.pid, SIGINT)
        #expect(start.waitForExit(timeout: 30))
        #expect(start.exitCode == 130, "\(start.output)")
        #expect(start.output.contains("Error: interrupted; everything started was stopped"))
        #expect(sandbox.waitForNoProcesses().isEmpty)
        #expect(sandbox.state() == nil)
    }
}
