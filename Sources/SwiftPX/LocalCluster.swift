import Logging
import PXClient
import PXController
import PXRuntime
import PXSession
import PXTransport
import PXWire

#if canImport(Glibc)
import Glibc
#endif

/// The embedded cluster of a shell: a controller in this process and N engine processes of this executable,
/// started in the background while the prompt appears.
final class LocalCluster: ClusterProvider, @unchecked Sendable {
    // @unchecked Sendable: `engines` and `problems` are guarded by `lock`; the rest is set once.
    let controller: ControllerServer
    let directory: String
    let engineFile: String
    let plugins: [String]
    let lock = ConditionLock()
    var engines: [ChildProcess] = []
    var problems: [String] = []
    /// Set while shutting down: engine exits are then expected, and the controller may already be stopped.
    var isStopping = false
    var sharedConnection: ClusterConnection?
    let count: Int
    /// Called with the connection when a client first connects (the shell attaches its output to it).
    var onConnect: ((ClusterConnection) -> Void)?

    /// Starts the controller on a Unix socket in a private directory and spawns `count` engines.
    init(count: Int, stateDirectory: String, plugins: [String]) throws {
        self.count = count
        self.plugins = plugins
        directory = try LocalCluster.makePrivateDirectory(in: stateDirectory)
        var settings = ServerSettings()
        settings.unixSocketPath = directory + "/controller.sock"
        let listen = settings
        // The embedded controller is quiet: its events would mix with the session's output.
        let logger = Logger(label: "swiftpx.controller", factory: { _ in SwiftLogNoOpLogHandler() })
        controller = try Blocking.run { try await ControllerServer.start(listen: listen, logger: logger) }
        engineFile = try controller.connectionInfo(for: .engine).write(directory: directory)
        for _ in 0..<count { try startEngine() }
    }

    var expectedEngineCount: Int? { count }

    /// Spawns one engine process.
    @discardableResult
    func startEngine() throws -> ChildProcess {
        var arguments = ["engine", "--file", engineFile]
        for plugin in plugins { arguments += ["--plugin", plugin] }
        let controller = self.controller
        let pid = ProcessID()
        let child = try ChildProcess.spawn(ProcessLaunch(arguments: arguments)) { [weak self] status in
            guard let self, !self.lock.withLock({ self.isStopping }) else { return }
            self.lock.withLock { self.problems.append("engine process \(pid.value) exited: \(status)") }
            Task { [controller] in await controller.engineProcessExited(pid: pid.value, status: status) }
        }
        pid.value = child.pid
        lock.withLock { engines.append(child) }
        return child
    }

    func connection() throws(ClientError) -> ClusterConnection {
        if let existing = lock.withLock({ sharedConnection }) { return existing }
        let info = controller.connectionInfo(for: .client)
        let connection = try ClusterConnection.connect(info)
        lock.withLock { sharedConnection = connection }
        onConnect?(connection)
        return connection
    }

    func engineProblems() -> [String] { lock.withLock { problems } }

    var canRestartEngines: Bool { true }

    func restartEngine(_ id: EngineID) throws -> String {
        let child = try startEngine()
        return "started a new engine process (pid \(child.pid)); it registers with a new id"
    }

    /// Stops the engines and the controller, and removes the private directory. Nothing is left running.
    func shutdown() {
        lock.withLock { isStopping = true }
        if let connection = lock.withLock({ sharedConnection }) {
            try? connection.shutdown(includingController: false, timeout: .milliseconds(500))
            connection.close()
        }
        let children = lock.withLock { engines }
        // Engines exit by themselves once told to stop or once the controller closes; give them a moment.
        for child in children { _ = child.wait(timeout: .milliseconds(500)) }
        ChildProcess.terminateAll(children.filter { $0.exitStatus == nil }, grace: .seconds(1))
        let controller = self.controller
        _ = try? Blocking.run { await controller.stop() }
        ConnectionInfo.remove(path: engineFile)
        unlink(directory + "/controller.sock")
        rmdir(directory)
    }

    /// `STATE/run/cluster-PID`, mode 0700.
    static func makePrivateDirectory(in stateDirectory: String) throws -> String {
        mkdir(stateDirectory, 0o700)
        mkdir(stateDirectory + "/run", 0o700)
        var directory = stateDirectory + "/run/cluster-\(getpid())"
        if (directory + "/controller.sock").utf8.count > PeerAddress.maximumUnixPathLength {
            directory = "/tmp/swiftpx-\(getuid())-\(getpid())"
        }
        mkdir(directory, 0o700)
        chmod(directory, 0o700)
        return directory
    }
}

/// A process id filled in after spawning, read by the exit callback.
final class ProcessID: @unchecked Sendable {
    // @unchecked Sendable: written once right after spawning; an exit callback that runs earlier sees 0.
    var value: Int32 = 0
}

/// A cluster started elsewhere (`swiftpx controller`), attached to through its client connection file.
final class AttachedCluster: ClusterProvider, @unchecked Sendable {
    // @unchecked Sendable: `sharedConnection` is set once under `lock`.
    let info: ConnectionInfo
    let lock = ConditionLock()
    var sharedConnection: ClusterConnection?
    /// Called with the connection when a client first connects.
    var onConnect: ((ClusterConnection) -> Void)?

    init(file: String) throws {
        info = try ConnectionInfo.read(path: file)
    }

    var expectedEngineCount: Int? { nil }

    func connection() throws(ClientError) -> ClusterConnection {
        if let existing = lock.withLock({ sharedConnection }) { return existing }
        let connection = try ClusterConnection.connect(info)
        lock.withLock { sharedConnection = connection }
        onConnect?(connection)
        return connection
    }

    func engineProblems() -> [String] { [] }

    var canRestartEngines: Bool { false }

    func restartEngine(_ id: EngineID) throws -> String {
        throw RuntimeError(BuiltinTypes.runtimeError, "this cluster cannot restart engines")
    }
}
