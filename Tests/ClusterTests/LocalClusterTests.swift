import PXTestSupport
import Testing

/// `swiftpx cluster start|status|stop` with the local launcher, against the built executable.
@Suite("cluster start, status and stop (local launcher)")
struct LocalClusterTests {
    @Test("start waits for the engines and prints how to connect; status lists them; stop leaves nothing")
    func lifecycle() throws {
        let sandbox = try ClusterSandbox()
        let start = sandbox.swiftpx(["cluster", "start", "-n", "2", "--profile", "work"])
        #expect(start.status == 0, "\(start.output)")
        #expect(start.output.contains("waiting for engines: 2/2 registered"))
        #expect(
            start.output.contains(
                "is running: 2 engines (launcher local, profile work), controller at tcp://127.0.0.1:"))
        let client = try #require(sandbox.clientFile("work"), "no state file: \(start.output)")
        #expect(start.output.contains("connect with: swiftpx --connect \(client)"))
        #expect(start.output.contains("stop with: swiftpx cluster stop --profile work"))

        let status = sandbox.swiftpx(["cluster", "status", "--profile", "work"])
        #expect(status.status == 0, "\(status.output)")
        let rows = status.output.split(separator: "\n").filter { $0.contains("registered") && !$0.contains(" of ") }
        #expect(rows.count == 2, "\(status.output)")
        #expect(status.output.contains("ID  HOST"))
        #expect(status.output.contains("2 of 2 engines registered"))

        let session = sandbox.session(
            """
            import ipyparallel as ipp
            rc = ipp.Client()
            print(rc.ids, rc[:].map_sync(lambda x: x * x, range(5)))
            """, connect: client)
        #expect(session.output == "[0, 1] [0, 1, 4, 9, 16]\n")

        let again = sandbox.swiftpx(["cluster", "start", "-n", "1", "--profile", "work"])
        #expect(again.status == 10)
        #expect(again.output.contains("a cluster is already running in profile 'work'"))

        let stop = sandbox.swiftpx(["cluster", "stop", "--profile", "work"])
        #expect(stop.status == 0)
        #expect(stop.output.contains("stopped"))
        #expect(!stop.output.contains("had to kill"), "engines and controller should exit when asked: \(stop.output)")
        #expect(sandbox.waitForNoProcesses().isEmpty)
        #expect(sandbox.state("work") == nil, "the state file is removed")
        #expect(ProcessRunner.readFile(client).isEmpty, "the connection files are removed")

        #expect(sandbox.swiftpx(["cluster", "stop", "--profile", "work"]).status == 11)
        let none = sandbox.swiftpx(["cluster", "status", "--profile", "work"])
        #expect(none.status == 11)
        #expect(none.output.contains("no cluster in profile 'work'"))
    }

    @Test("profiles are separate clusters")
    func profiles() throws {
        let sandbox = try ClusterSandbox()
        #expect(sandbox.swiftpx(["cluster", "start", "-n", "1", "--profile", "a"]).status == 0)
        #expect(sandbox.swiftpx(["cluster", "start", "-n", "1", "--profile", "b"]).status == 0)
        #expect(sandbox.clientFile("a") != sandbox.clientFile("b"))
        #expect(sandbox.swiftpx(["cluster", "stop", "--profile", "a"]).status == 0)
        #expect(sandbox.swiftpx(["cluster", "status", "--profile", "b"]).status == 0)
        #expect(sandbox.swiftpx(["cluster", "stop", "--profile", "b"]).status == 0)
        #expect(sandbox.waitForNoProcesses().isEmpty)
    }

    @Test(
        "bad flags are clear errors",
        arguments: [
            (["-n", "0"], "-n must be at least 1"),
            (["--hosts", "a,b"], "--hosts applies to the mpi and ssh launchers, not local"),
            (["--launcher", "ssh"], "the ssh launcher needs --hosts"),
            (
                ["--launcher", "ssh", "--hosts", "node7"],
                "engines on node7 cannot reach a controller listening on loopback"
            ),
            (["--profile", "../x"], "--profile must be letters"),
        ])
    func badFlags(_ flags: [String], _ message: String) throws {
        let sandbox = try ClusterSandbox()
        let result = sandbox.swiftpx(["cluster", "start"] + flags)
        #expect(result.status == 1)
        #expect(result.output.contains(message), "\(result.output)")
        #expect(sandbox.livingProcesses().isEmpty)
    }
}
