import Foundation
import PXTestSupport

/// A private `$SWIFTPX_DIR` for one test, the `swiftpx` commands run against it, and a guarantee: when the
/// sandbox goes away, every cluster started in it has been stopped and no process naming its directory is
/// left (each is killed, so a failing test leaves nothing running either).
final class ClusterSandbox {
    let directory: TemporaryDirectory
    let executable = ProcessRunner.swiftpxExecutable
    /// Added to the environment of every command (e.g. a `PATH` with fake Slurm commands).
    var environment: [String: String] = [:]
    private var profiles: Set<String> = []

    init() throws {
        directory = try TemporaryDirectory(prefix: "pxcluster")
    }

    deinit {
        for profile in profiles { _ = swiftpx(["cluster", "stop", "--profile", profile], timeout: 30) }
        for (pid, _) in livingProcesses() { kill(pid, SIGKILL) }
    }

    /// `$SWIFTPX_DIR` of the commands.
    var stateDirectory: String { directory.path + "/state" }

    /// The directory of a profile's files.
    func profileDirectory(_ profile: String = "default") -> String { stateDirectory + "/profile_" + profile }

    /// Runs `swiftpx ARGUMENTS`; remembers profiles passed to `cluster start` so they are stopped at the end.
    func swiftpx(_ arguments: [String], timeout: Double = 60, stdinPath: String? = nil) -> ProcessRunner.TimedResult {
        if arguments.starts(with: ["cluster", "start"]) {
            let profile = arguments.firstIndex(of: "--profile").map { arguments[$0 + 1] } ?? "default"
            profiles.insert(profile)
        }
        var environment = self.environment
        environment["SWIFTPX_DIR"] = stateDirectory
        return ProcessRunner.run(
            executable, arguments, stdinPath: stdinPath, environment: environment,
            timeout: timeout)
    }

    /// Runs a session through `swiftpx --connect FILE`, returning its output.
    func session(_ code: String, connect file: String, timeout: Double = 60) -> ProcessRunner.TimedResult {
        let path = directory.file("session-\(UUID().uuidString).px")
        _ = FileManager.default.createFile(atPath: path, contents: Data(code.utf8))
        return swiftpx(["--connect", file], timeout: timeout, stdinPath: path)
    }

    /// The profile's `cluster.json`, parsed.
    func state(_ profile: String = "default") -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: profileDirectory(profile) + "/cluster.json") else {
            return nil
        }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// The client connection file of the profile's running cluster.
    func clientFile(_ profile: String = "default") -> String? {
        state(profile)?["clientFile"] as? String
    }

    /// The process ID of the profile's controller.
    func controllerPID(_ profile: String = "default") -> Int32? {
        ((state(profile)?["controller"] as? [String: Any])?["pid"] as? Int).map(Int32.init)
    }

    /// Live (not zombie) processes whose command line mentions this sandbox's directory.
    func livingProcesses() -> [(pid: Int32, commandLine: String)] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> (Int32, String)? in
            guard let pid = Int32(entry), pid != getpid() else { return nil }
            let commandLine = ProcessRunner.readFile("/proc/\(entry)/cmdline")
                .map { $0 == "\0" ? " " : $0 }
            let text = String(commandLine)
            guard text.contains(directory.path) else { return nil }
            let stat = ProcessRunner.readFile("/proc/\(entry)/stat")
            if let close = stat.lastIndex(of: ")"), stat[stat.index(after: close)...].dropFirst().first == "Z" {
                return nil
            }
            return (pid, text)
        }
    }

    /// Waits until no process of the sandbox is left (but those whose command line contains `except`).
    /// - Returns: the ones still there after `timeout` seconds.
    func waitForNoProcesses(timeout: Double = 10, except: String? = nil) -> [String] {
        var left: [String] = []
        _ = Deadline.poll(timeout: timeout) {
            left = livingProcesses().filter { process in except.map { !process.commandLine.contains($0) } ?? true }
                .map { "\($0.pid): \($0.commandLine)" }
            return left.isEmpty
        }
        return left
    }
}
