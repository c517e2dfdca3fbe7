#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

import PXTransport

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What `swiftpx cluster start` started, saved as JSON (mode 0600) in the profile's `cluster.json` as soon as
/// each process exists, so that `stop` can end everything even after `start`, the controller or the machine
/// crashed. Every process is recorded with a marker that its command line must contain, so a recycled pid is
/// never signalled.
public struct ClusterState: Codable, Hashable, Sendable {
    /// A process started by `start`.
    public struct Process: Codable, Hashable, Sendable {
        /// What it is (`controller`, `mpiexec`, `ssh node1 engine 0`).
        public var name: String
        /// Its process ID (also its process group).
        public var pid: Int32
        /// Its log file.
        public var log: String
        /// Text its command line contains (the cluster ID).
        public var marker: String
        /// The host its engines run on, if one.
        public var host: String?
    }

    /// An engine as it registered.
    public struct Engine: Codable, Hashable, Sendable {
        /// Its engine ID.
        public var id: UInt32
        /// Its host name.
        public var host: String
        /// Its process ID on that host.
        public var pid: Int32
    }

    /// The cluster's ID (`<unix time>-<4 letters>`, as ipyparallel's).
    public var clusterID: String
    /// The profile.
    public var profile: String
    /// The launcher.
    public var launcher: LauncherKind
    /// How many engines were asked for.
    public var engineCount: Int
    /// When it was started (Unix seconds).
    public var created: Int
    /// This host's name, to tell local engines from remote ones.
    public var localHost: String
    /// The client connection file.
    public var clientFile: String
    /// The engine connection file.
    public var engineFile: String
    /// The controller process, once started.
    public var controller: Process?
    /// Launcher processes (engines, `mpiexec`, `ssh`), in start order.
    public var processes: [Process] = []
    /// The batch job's ID (Slurm).
    public var jobID: String?
    /// What `stop` runs after the shutdown (`scancel`, removal of copied connection files).
    public var stopCommands: [LaunchCommand] = []
    /// The engines that registered, saved when `start` finished.
    public var engines: [Engine] = []

    // MARK: - File

    /// Reads a state file.
    /// - Parameter path: the file.
    /// - Returns: the state, or `nil` when there is no file.
    /// - Throws: ``ClusterError/stateFile(path:reason:)`` when it exists but cannot be read.
    public static func read(path: String) throws(ClusterError) -> ClusterState? {
        guard access(path, F_OK) == 0 else { return nil }
        let text = ProcessControl.readFile(path)
        do {
            return try JSONDecoder().decode(ClusterState.self, from: Data(text.utf8))
        } catch {
            throw ClusterError.stateFile(path: path, reason: "not a swiftpx cluster state file (\(error))")
        }
    }

    /// Writes the state atomically, mode 0600.
    /// - Parameter path: the file.
    /// - Throws: ``ClusterError/stateFile(path:reason:)`` when it cannot be written.
    public func write(path: String) throws(ClusterError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let bytes: [UInt8]
        do { bytes = Array(try encoder.encode(self)) } catch {
            throw ClusterError.stateFile(path: path, reason: "cannot encode (\(error))")
        }
        try Self.writeAtomically(path: path, bytes: bytes + [10], mode: 0o600)
    }

    /// Writes `bytes` to a temporary file beside `path` and renames it over `path`.
    static func writeAtomically(path: String, bytes: [UInt8], mode: mode_t) throws(ClusterError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else {
            throw ClusterError.stateFile(path: path, reason: String(cString: strerror(errno)))
        }
        fchmod(fd, mode)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw ClusterError.stateFile(path: path, reason: reason)
            }
            offset += written
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ClusterError.stateFile(path: path, reason: reason)
        }
    }

    /// The processes that still run: the controller and launcher processes.
    public var runningProcesses: [Process] {
        ([controller].compactMap { $0 } + processes).filter {
            ProcessProbe.isRunning($0.pid, commandContaining: $0.marker)
        }
    }
}
