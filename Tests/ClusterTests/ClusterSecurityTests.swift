import Foundation
import PXTestSupport
import Testing

/// A cluster listening beyond loopback: the warning, private connection files, and peers without the key
/// that can neither register an engine nor submit a task while the controller goes on serving the others.
@Suite("security of a cluster on the network")
struct ClusterSecurityTests {
    static func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    @Test("listening on 0.0.0.0 warns; connection files are 0600 and the profile directory 0700")
    func warningAndModes() throws {
        let sandbox = try ClusterSandbox()
        let start = sandbox.swiftpx(["cluster", "start", "-n", "1", "--ip", "0.0.0.0", "--location", "127.0.0.1"])
        #expect(start.status == 0, "\(start.output)")
        #expect(start.output.contains("warning: the controller listens on 0.0.0.0, not loopback"))
        let state = try #require(sandbox.state())
        for key in ["clientFile", "engineFile"] {
            let path = try #require(state[key] as? String)
            #expect(Self.mode(path) == 0o600, "\(path)")
        }
        #expect(Self.mode(sandbox.profileDirectory() + "/cluster.json") == 0o600)
        #expect(Self.mode(sandbox.profileDirectory()) == 0o700)
        let controllerLog = ProcessRunner.readFile(sandbox.profileDirectory() + "/log/controller.log")
        #expect(controllerLog.contains("warning: listening on 0.0.0.0, not loopback"))
        #expect(sandbox.swiftpx(["cluster", "stop"]).status == 0)

        let loopback = sandbox.swiftpx(["cluster", "start", "-n", "1"])
        #expect(!loopback.output.contains("warning"), "\(loopback.output)")
        #expect(sandbox.swiftpx(["cluster", "stop"]).status == 0)
    }

    @Test("peers without the key cannot register an engine or submit a task; the controller keeps serving")
    func strangers() throws {
        let sandbox = try ClusterSandbox()
        let start = sandbox.swiftpx(["cluster", "start", "-n", "2", "--ip", "0.0.0.0", "--location", "127.0.0.1"])
        #expect(start.status == 0, "\(start.output)")
        let clientFile = try #require(sandbox.clientFile())
        let shell = try ShellSession(sandbox.executable, ["--connect", clientFile])
        shell.send(
            """
            import ipyparallel as ipp
            rc = ipp.Client()
            print("BEFORE", rc.ids, rc[:].apply_sync(lambda: 6 * 7))
            """)
        #expect(
            shell.read(until: "BEFORE", timeout: 30)?.hasSuffix("BEFORE [0, 1] [42, 42]") == true,
            "\(shell.transcript)")

        // The same address with another key, as a stranger who found the port would have.
        let text = ProcessRunner.readFile(clientFile)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let address = try #require((json["addresses"] as? [String])?.first)
        let port = try #require(address.split(separator: ":").last.flatMap { Int($0) })
        let wrongKey = String(repeating: "ab", count: 32)
        var forged = json
        forged["key"] = wrongKey
        let forgedFile = sandbox.directory.file("forged-client.json")
        _ = FileManager.default.createFile(
            atPath: forgedFile,
            contents: try JSONSerialization.data(withJSONObject: forged))

        // An engine with the wrong key is refused at the handshake.
        let engine = sandbox.swiftpx(["engine", "--url", address, "--key", wrongKey], timeout: 30)
        #expect(engine.status != 0)
        #expect(engine.output.contains("authentication failed"), "\(engine.output)")

        // A client with the wrong key cannot connect, so it cannot submit anything.
        let client = sandbox.session(
            """
            import ipyparallel as ipp
            rc = ipp.Client(url_file="\(forgedFile)")
            rc[:].apply_sync(lambda: 1)
            """, connect: forgedFile)
        #expect(client.status != 0)
        #expect(client.output.contains("authentication failed"), "\(client.output)")

        // Bytes that are not the protocol, and a hello with a made-up proof.
        let garbage = try RawPeer(host: "127.0.0.1", port: port)
        #expect(Array(garbage.read(44).prefix(4)) == Array("SWPX".utf8))
        garbage.send(Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8) + [UInt8](repeating: 0, count: 64))
        let refusal = garbage.read(40)
        #expect(refusal.count == 40 && refusal[4] == 1, "status 1: bad magic (\(refusal))")
        if refusal.count == 40 { _ = garbage.read(Int(refusal[6]) | Int(refusal[7]) << 8) }
        #expect(garbage.isClosedByPeer)
        let impostor = try RawPeer(host: "127.0.0.1", port: port)
        #expect(impostor.read(44).count == 44)
        let hello =
            Array("SWPX".utf8) + [1, 0, 1, 0] + [1, 0, 0, 0] + [UInt8](repeating: 7, count: 32)
            + [UInt8](repeating: 0, count: 32)
        impostor.send(hello)
        let welcome = impostor.read(40)
        #expect(welcome.count == 40 && welcome[4] == 3, "status 3: authentication failed (\(welcome))")
        if welcome.count == 40 {
            let reason = impostor.read(Int(welcome[6]) | Int(welcome[7]) << 8)
            #expect(String(decoding: reason, as: UTF8.self).contains("authentication failed"))
        }
        #expect(impostor.isClosedByPeer)

        // The controller still serves the shell and its two engines, which kept their IDs.
        shell.send("print(\"AFTER\", rc.ids, rc[:].map_sync(lambda x: x + 1, range(4)))")
        #expect(
            shell.read(until: "AFTER", timeout: 30)?.hasSuffix("AFTER [0, 1] [1, 2, 3, 4]") == true,
            "\(shell.transcript)")
        let status = sandbox.swiftpx(["cluster", "status"])
        #expect(status.output.contains("2 of 2 engines registered"))
        let rows = status.output.split(separator: "\n").filter { $0.contains("registered") && !$0.contains(" of ") }
        #expect(rows.count == 2, "no third engine was ever registered: \(status.output)")
        let log = ProcessRunner.readFile(sandbox.profileDirectory() + "/log/controller.log")
        #expect(log.contains("refused a peer from [IPv4]127.0.0.1/127.0.0.1:"), "\(log)")
        #expect(log.contains("authentication failed"), "\(log)")
        _ = shell.finish(timeout: 10)
        #expect(sandbox.swiftpx(["cluster", "stop"]).status == 0)
        #expect(sandbox.waitForNoProcesses().isEmpty)
    }
}
