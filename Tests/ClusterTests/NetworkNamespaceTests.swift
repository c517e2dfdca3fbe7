import Foundation
import PXTestSupport
import Testing

/// Engines on other hosts, for real: each engine runs in its own network namespace, joined to the
/// controller's by a veth pair, and connects over that link's addresses.
@Suite(
    "engines in network namespaces", .serialized,
    .enabled(
        if: Prerequisites.isRoot && Prerequisites.hasIP,
        "needs root and iproute2 to create network namespaces; run the tests as root"))
struct NetworkNamespaceTests {
    /// The heartbeat settings of these tests: 12 periods of 0.25 s, so the limit is 3 s.
    static let heartbeatPeriod = 0.25
    static let heartbeatMisses = 12
    static var heartbeatLimit: Double { heartbeatPeriod * Double(heartbeatMisses) }

    /// A controller listening on every interface, one engine per namespace, and a shell attached to it.
    final class Rig {
        let sandbox: ClusterSandbox
        let lab: NetworkLab
        let controller: BackgroundProcess
        var engines: [BackgroundProcess] = []
        let shell: ShellSession

        init(tag: String) throws {
            sandbox = try ClusterSandbox()
            lab = try NetworkLab(count: 2, tag: tag)
            let directory = sandbox.directory.file("controller")
            controller = try BackgroundProcess(
                [
                    sandbox.executable, "controller", "--ip", "0.0.0.0", "--location", "127.0.0.1", "--dir", directory,
                    "--heartbeat-period", String(NetworkNamespaceTests.heartbeatPeriod),
                    "--heartbeat-misses", String(NetworkNamespaceTests.heartbeatMisses),
                ],
                outputFile: sandbox.directory.file("controller.log"))
            let engineFile = directory + "/swiftpx-engine.json"
            guard
                Deadline.poll(
                    timeout: 20, { FileManager.default.fileExists(atPath: directory + "/swiftpx-client.json") })
            else { throw TestFailure("the controller did not start: \(controller.output)") }
            let text = ProcessRunner.readFile(engineFile)
            let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            guard let address = (json?["addresses"] as? [String])?.first(where: { $0.hasPrefix("tcp://") }),
                let port = address.split(separator: ":").last
            else { throw TestFailure("no TCP address in \(text)") }
            for (index, host) in lab.hosts.enumerated() {
                engines.append(
                    try BackgroundProcess(
                        lab.command(
                            in: host,
                            [
                                sandbox.executable, "engine", "--file", engineFile,
                                "--url", "tcp://\(host.hostAddress):\(port)",
                            ]),
                        outputFile: sandbox.directory.file("engine-\(index).log")))
            }
            shell = try ShellSession(sandbox.executable, ["--connect", directory + "/swiftpx-client.json"])
        }

        /// Everything the rig started is stopped and the namespaces are gone.
        func tearDown() -> (processes: [String], namespacesGone: Bool) {
            _ = shell.finish(timeout: 5)
            controller.stop()
            for engine in engines { engine.stop() }
            lab.tearDown()
            return (sandbox.waitForNoProcesses(), lab.isTornDown)
        }

        /// Engine ID → namespace index, from the engines' pids and `ip netns pids`.
        func placement() throws -> [Int: Int] {
            shell.send(
                """
                import ipyparallel as ipp, os, time
                rc = ipp.Client()
                rc.wait_for_engines(2, timeout=30)
                print("PIDS", rc[:].apply_sync(os.getpid))
                """)
            let line = try #require(shell.read(until: "PIDS", timeout: 60), "\(shell.transcript)")
            let pids =
                line.split(separator: "[").last?.dropLast().split(separator: ",")
                .compactMap { Int32($0.trimmingCharacters(in: .whitespaces)) } ?? []
            #expect(pids.count == 2, "\(line)")
            var placement: [Int: Int] = [:]
            for (id, pid) in pids.enumerated() {
                for (index, host) in lab.hosts.enumerated() where lab.pids(in: host).contains(pid) {
                    placement[id] = index
                }
            }
            return placement
        }
    }

    @Test("map, scatter and gather across engines in two namespaces, then everything is torn down")
    func mapScatterGather() throws {
        let rig = try Rig(tag: "m")
        let placement = try rig.placement()
        #expect(Set(placement.values) == [0, 1], "each engine runs in its own namespace: \(placement)")
        rig.shell.send(
            """
            dv = rc[:]
            print("MAP", dv.map_sync(lambda x: x * 10, range(8)))
            dv.scatter("part", list(range(10)), block=True)
            print("PARTS", dv.apply_sync(lambda: part))
            print("GATHER", dv.gather("part", block=True))
            """)
        #expect(rig.shell.read(until: "MAP", timeout: 30)?.hasSuffix("MAP [0, 10, 20, 30, 40, 50, 60, 70]") == true)
        #expect(
            rig.shell.read(until: "PARTS", timeout: 30)?.hasSuffix("PARTS [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]") == true)
        #expect(
            rig.shell.read(until: "GATHER", timeout: 30)?.hasSuffix("GATHER [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]") == true,
            "\(rig.shell.transcript)")
        let (left, gone) = rig.tearDown()
        #expect(left.isEmpty, "\(left)")
        #expect(gone)
    }

    @Test("a cut shorter than the heartbeat limit keeps the engine; a longer one kills it (EngineError, retry)")
    func cutLinks() throws {
        let rig = try Rig(tag: "c")
        let placement = try rig.placement()
        let cutID = try #require(placement.first { $0.value == 0 }?.key, "\(placement)")
        let otherID = 1 - cutID
        let cut = rig.lab.hosts[0]
        rig.shell.send("pids = rc[:].apply_sync(os.getpid); print(\"READY\")")
        #expect(rig.shell.read(until: "READY", timeout: 30) != nil)

        // 1. A third of the limit: the task waits for the link, and the engine keeps its ID.
        try rig.lab.setLink(cut, up: false)
        let outage = Deadline.now()
        rig.shell.send("ar = rc[\(cutID)].apply_async(os.getpid); print(\"DURING\", ar.ready())")
        #expect(rig.shell.read(until: "DURING", timeout: 10)?.hasSuffix("DURING False") == true)
        // The outage itself is what is tested: it must last, but stay well inside the limit.
        Deadline.pause(max(0, Self.heartbeatLimit / 3 - (Deadline.now() - outage)))
        try rig.lab.setLink(cut, up: true)
        rig.shell.send("print(\"AFTER\", ar.get(timeout=10) == pids[\(cutID)], rc.ids)")
        #expect(
            rig.shell.read(until: "AFTER", timeout: 20)?.hasSuffix("AFTER True [0, 1]") == true,
            "\(rig.shell.transcript)")
        #expect(!rig.controller.output.contains("engine \(cutID) dead"), "\(rig.controller.output)")

        // 2. Past the limit: the engine is declared dead; its direct task fails with EngineError and its
        // load-balanced task is retried on the other engine.
        rig.shell.send(
            """
            def where(t):
                import os, time
                time.sleep(t)
                return os.getpid()
            hold = rc[\(otherID)].apply_async(time.sleep, 1)
            lb = rc.load_balanced_view()
            lb.retries = 2
            balanced = lb.apply_async(where, 2)
            direct = rc[\(cutID)].apply_async(time.sleep, 60)
            print("PLACED", rc.queue_status()[\(cutID)]["tasks"])
            """)
        #expect(
            rig.shell.read(until: "PLACED", timeout: 10)?.hasSuffix("PLACED 1") == true,
            "the balanced task went to the engine about to be cut: \(rig.shell.transcript)")
        try rig.lab.setLink(cut, up: false)
        rig.shell.send(
            """
            print("RETRIED", balanced.get(timeout=30) == pids[\(otherID)])
            try:
                direct.get(timeout=30)
                print("DIRECT no error")
            except ipp.EngineError as e:
                print("DIRECT", type(e).__name__, e)
            print("IDS", rc.ids)
            """)
        #expect(
            rig.shell.read(until: "RETRIED", timeout: 40)?.hasSuffix("RETRIED True") == true,
            "\(rig.shell.transcript)")
        let direct = rig.shell.read(until: "DIRECT", timeout: 40) ?? ""
        #expect(direct.contains("DIRECT EngineError") && direct.contains("Engine \(cutID) died"), "\(direct)")
        #expect(rig.shell.read(until: "IDS", timeout: 10)?.hasSuffix("IDS [\(otherID)]") == true)
        #expect(rig.controller.output.contains("engine \(cutID) dead: no heartbeat for 3.0 seconds"))

        // 3. The link comes back while the engine still tries to reconnect: it rejoins with its ID.
        try rig.lab.setLink(cut, up: true)
        rig.shell.send(
            """
            rc.wait_for_engines(2, timeout=20)
            print("BACK", rc.ids, rc[\(cutID)].apply_sync(os.getpid) == pids[\(cutID)])
            """)
        #expect(
            rig.shell.read(until: "BACK", timeout: 30)?.hasSuffix("BACK [0, 1] True") == true,
            "\(rig.shell.transcript)\n\(rig.controller.output)")
        let (left, gone) = rig.tearDown()
        #expect(left.isEmpty, "\(left)")
        #expect(gone)
    }
}
