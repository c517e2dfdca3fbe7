import Foundation
import PXTestSupport
import Testing

/// `swiftpx cluster start --launcher ssh` against a real `sshd` on loopback, with keys made by the test.
@Suite("ssh launcher")
struct SSHClusterTests {
    @Test(
        "engines over ssh: the connection file is delivered (0600), tasks run, stop removes it",
        .enabled(
            if: Prerequisites.hasSSH && Prerequisites.isRoot,
            "needs root, sshd, ssh and ssh-keygen (apt-get install openssh-server) for a private sshd on loopback"))
    func enginesOverSSH() throws {
        let sandbox = try ClusterSandbox()
        let server = try LoopbackSSHServer(in: sandbox.directory.path)
        defer { server.stop() }
        let remote = sandbox.directory.file("remote")
        let start = sandbox.swiftpx(
            [
                "cluster", "start", "-n", "2", "--launcher", "ssh", "--hosts", "127.0.0.1", "--remote-dir", remote,
                "--timeout", "60",
            ] + server.clientArguments.flatMap { ["--ssh-arg", $0] })
        #expect(start.status == 0, "\(start.output)\nsshd: \(server.log)")
        #expect(start.output.contains("started ssh 127.0.0.1 engine 0 (pid"))
        #expect(start.output.contains("is running: 2 engines (launcher ssh"))
        let state = try #require(sandbox.state(), "\(start.output)")
        let clusterID = try #require(state["clusterID"] as? String)
        let delivered = remote + "/swiftpx-\(clusterID)-engine.json"
        let attributes = try FileManager.default.attributesOfItem(atPath: delivered)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(ProcessRunner.readFile(delivered) == ProcessRunner.readFile(state["engineFile"] as? String ?? ""))

        let client = try #require(sandbox.clientFile())
        let session = sandbox.session(
            """
            import ipyparallel as ipp
            rc = ipp.Client()
            print(rc.ids, rc[:].map_sync(lambda x: x + 1, range(4)))
            """, connect: client)
        #expect(session.output == "[0, 1] [1, 2, 3, 4]\n", "\(session.output)")
        // The engines really are sshd's children, not ours.
        let engines = sandbox.livingProcesses().filter { $0.commandLine.contains(" engine --file \(delivered)") }
        #expect(engines.count >= 2, "\(sandbox.livingProcesses())")

        let stop = sandbox.swiftpx(["cluster", "stop"])
        #expect(stop.status == 0, "\(stop.output)")
        #expect(!stop.output.contains("warning"), "\(stop.output)")
        #expect(!FileManager.default.fileExists(atPath: delivered), "stop removes the delivered connection file")
        let left = sandbox.waitForNoProcesses(except: "sshd_config")
        #expect(left.isEmpty, "\(left)")
        server.stop()
        #expect(sandbox.waitForNoProcesses().isEmpty)
    }

    @Test(
        "a host that refuses ssh is named with ssh's message",
        .enabled(if: Prerequisites.hasSSH, "needs ssh (apt-get install openssh-client)"))
    func unreachableHost() throws {
        let sandbox = try ClusterSandbox()
        // Port 1 on loopback: nothing listens there.
        let start = sandbox.swiftpx([
            "cluster", "start", "-n", "1", "--launcher", "ssh", "--hosts", "127.0.0.1",
            "--ssh-arg=-p", "--ssh-arg=1", "--remote-dir", sandbox.directory.file("r"),
        ])
        #expect(start.status == 1)
        #expect(
            start.output.contains("the copy of the connection file to 127.0.0.1 failed (exit status 255)"),
            "\(start.output)")
        #expect(start.output.contains("Connection refused"))
        #expect(sandbox.waitForNoProcesses().isEmpty)
        #expect(sandbox.state() == nil)
    }
}
