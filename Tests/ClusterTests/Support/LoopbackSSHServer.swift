@preconcurrency import Glibc
import PXTestSupport

/// A private `sshd` on 127.0.0.1 and a free port, with a host key and a client key generated for the test
/// and an `authorized_keys` holding only that client key. Stopped with ``stop()``.
final class LoopbackSSHServer {
    let directory: String
    let port: Int
    private let process: BackgroundProcess

    /// The ssh options that reach this server with the generated key, without touching `~/.ssh`.
    var clientArguments: [String] {
        [
            "-p", String(port), "-i", directory + "/client_key", "-o", "IdentitiesOnly=yes",
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
        ]
    }

    /// What sshd logged.
    var log: String { process.output }

    init(in parent: String) throws {
        guard let sshd = Prerequisites.sshd else { throw TestFailure("sshd is not installed") }
        directory = parent + "/sshd"
        mkdir(directory, 0o700)
        for (key, type) in [("host_key", "ed25519"), ("client_key", "ed25519")] {
            let result = ProcessRunner.run(
                "/usr/bin/env",
                [
                    "ssh-keygen", "-q", "-t", type, "-N", "", "-f",
                    directory + "/" + key,
                ], timeout: 30)
            guard result.status == 0 else { throw TestFailure("ssh-keygen failed: \(result.output)") }
        }
        let publicKey = ProcessRunner.readFile(directory + "/client_key.pub")
        try Self.write(directory + "/authorized_keys", publicKey)
        // sshd needs its privilege separation directory.
        mkdir("/run/sshd", 0o755)
        var attempt = 0
        while true {
            attempt += 1
            let port = Self.freePort()
            let config = """
                ListenAddress 127.0.0.1
                Port \(port)
                HostKey \(directory)/host_key
                AuthorizedKeysFile \(directory)/authorized_keys
                PermitRootLogin prohibit-password
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                UsePAM no
                StrictModes no
                PidFile none
                """
            try Self.write(directory + "/sshd_config", config + "\n")
            let process = try BackgroundProcess(
                [sshd, "-D", "-e", "-f", directory + "/sshd_config"],
                outputFile: directory + "/sshd.log")
            let listening = Deadline.poll(timeout: 10) {
                !process.isRunning || Self.canConnect(port: port)
            }
            if listening && process.isRunning {
                self.port = port
                self.process = process
                return
            }
            process.stop()
            guard attempt < 3 else { throw TestFailure("sshd did not start: \(process.output)") }
        }
    }

    func stop() {
        process.stop()
    }

    static func write(_ path: String, _ text: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw TestFailure("cannot write \(path): errno \(errno)") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
            throw TestFailure("short write to \(path)")
        }
    }

    /// A port the kernel says is free now (bind to port 0, read it back, close).
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Whether something accepts TCP connections on 127.0.0.1:`port`.
    static func canConnect(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        } == 0
    }
}
