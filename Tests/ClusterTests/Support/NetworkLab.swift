@preconcurrency import Glibc
import PXTestSupport

/// Network namespaces standing in for other hosts: each is joined to this one by a veth pair on its own
/// /24 (this host `.1`, the namespace `.2`). Everything is removed by ``tearDown()``, which also kills what
/// still runs inside. Needs root and iproute2.
final class NetworkLab {
    /// One namespace and its link.
    struct Host {
        let namespace: String
        /// The veth end on this host (cut it with ``NetworkLab/setLink(_:up:)``).
        let hostSide: String
        let engineSide: String
        /// This host's address on the link: where engines in the namespace reach the controller.
        let hostAddress: String
        let engineAddress: String
    }

    private(set) var hosts: [Host] = []

    /// Creates `count` namespaces; `tag` (a letter) keeps concurrent labs of one test run apart.
    init(count: Int, tag: String) throws {
        let id = Int(getpid()) % 10_000
        let subnet = 100 + Int(getpid()) % 100
        do {
            for index in 0..<count {
                let host = Host(
                    namespace: "pxlab-\(id)-\(tag)\(index)", hostSide: "pxh\(id)\(tag)\(index)",
                    engineSide: "pxe\(id)\(tag)\(index)",
                    hostAddress: "10.\(subnet).\(Self.octet(tag, index)).1",
                    engineAddress: "10.\(subnet).\(Self.octet(tag, index)).2")
                hosts.append(host)
                try Self.ip(["netns", "add", host.namespace])
                try Self.ip(["link", "add", host.hostSide, "type", "veth", "peer", "name", host.engineSide])
                try Self.ip(["link", "set", host.engineSide, "netns", host.namespace])
                try Self.ip(["addr", "add", host.hostAddress + "/24", "dev", host.hostSide])
                try Self.ip(["link", "set", host.hostSide, "up"])
                try Self.ip(["-n", host.namespace, "addr", "add", host.engineAddress + "/24", "dev", host.engineSide])
                try Self.ip(["-n", host.namespace, "link", "set", host.engineSide, "up"])
                try Self.ip(["-n", host.namespace, "link", "set", "lo", "up"])
            }
        } catch {
            tearDown()
            throw error
        }
    }

    deinit {
        tearDown()
    }

    static func octet(_ tag: String, _ index: Int) -> Int {
        Int(tag.unicodeScalars.first?.value ?? 0) % 50 * 4 + index + 1
    }

    /// Runs `ip ARGUMENTS`.
    static func ip(_ arguments: [String]) throws {
        let result = ProcessRunner.run("/usr/bin/env", ["ip"] + arguments, timeout: 30)
        guard result.status == 0 else {
            throw TestFailure("ip \(arguments.joined(separator: " ")) failed: \(result.output)")
        }
    }

    /// Brings a link down (cut) or up (restored), on this host's side.
    func setLink(_ host: Host, up: Bool) throws {
        try Self.ip(["link", "set", host.hostSide, up ? "up" : "down"])
    }

    /// `ip netns exec NAMESPACE ARGUMENTS`: a command line that runs inside the namespace.
    func command(in host: Host, _ arguments: [String]) -> [String] {
        ["/usr/bin/env", "ip", "netns", "exec", host.namespace] + arguments
    }

    /// The processes running inside a namespace.
    func pids(in host: Host) -> Set<Int32> {
        let result = ProcessRunner.run("/usr/bin/env", ["ip", "netns", "pids", host.namespace], timeout: 30)
        return Set(result.output.split(separator: "\n").compactMap { Int32($0) })
    }

    /// Whether every namespace of the lab is gone.
    var isTornDown: Bool {
        let list = ProcessRunner.run("/usr/bin/env", ["ip", "netns", "list"], timeout: 30).output
        return hosts.allSatisfy { !list.contains($0.namespace) }
    }

    /// Kills what runs in the namespaces and deletes them with their links. Idempotent.
    func tearDown() {
        for host in hosts {
            for pid in pids(in: host) { kill(pid, SIGKILL) }
            _ = ProcessRunner.run("/usr/bin/env", ["ip", "netns", "del", host.namespace], timeout: 30)
            // Deleting the namespace deletes the pair; this is for a pair whose move into it failed.
            _ = ProcessRunner.run("/usr/bin/env", ["ip", "link", "del", host.hostSide], timeout: 30)
        }
    }
}
