import Logging
import PXClient
import PXController
import PXLaunch
import PXRuntime
import PXSession
import PXTransport
import PXWire
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A cluster whose controller runs in this process: the shell's embedded cluster, and every `ipp.Cluster` a
/// program starts. Nothing starts until something needs it: ``connection()`` (what `Client()` calls) starts
/// the controller and the engines, so a session that never touches the cluster starts no process.
///
/// Engines are processes of this executable (``EngineStarter/children``), or come up through a launcher of
/// `swiftpx cluster` (mpi, ssh, slurm; see ``EngineSet``).
final class LocalCluster: ManagedCluster, @unchecked Sendable {
    // @unchecked Sendable: mutable state (including `connectHandler`) is guarded by `lock`; the settings are set
    // once.
    let stateDirectory: String
    let plugins: [String]
    let request: ClusterRequest
    let clusterID: String
    let lock = ConditionLock()
    // Guarded by `lock`.
    var controller: ControllerServer?
    var directory: String?
    var engineFile: String?
    var clientFileWritten: String?
    var children: [ChildProcess] = []
    var launched: [EngineSet] = []
    var problems: [String] = []
    var started = 0
    /// Set while engines are being stopped: their exits are then expected.
    var isStopping = false
    var sharedConnection: ClusterConnection?
    var connectHandler: ((ClusterConnection) -> Void)?
    /// Called with the connection when a client first connects (the shell attaches its output to it).
    var onConnect: ((ClusterConnection) -> Void)? {
        get { lock.withLock { connectHandler } }
        set { lock.withLock { connectHandler = newValue } }
    }

    /// A cluster of `count` local engines, started on first use.
    convenience init(count: Int, stateDirectory: String, plugins: [String]) throws {
        var request = ClusterRequest()
        request.engineCount = count
        self.init(request: request, stateDirectory: stateDirectory, plugins: plugins)
    }

    /// A cluster as `ipp.Cluster(...)` asked for it; nothing starts yet.
    init(request: ClusterRequest, stateDirectory: String, plugins: [String]) {
        self.request = request
        self.stateDirectory = stateDirectory
        self.plugins = plugins
        clusterID = request.clusterID.isEmpty ? LocalCluster.makeClusterID() : request.clusterID
    }

    var profile: String { request.profile.isEmpty ? "default" : request.profile }
    var launcherName: String { request.launcher }
    /// The number of engines `connection()` starts: the request's, or one per CPU core.
    var defaultEngineCount: Int { request.engineCount ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
    var expectedEngineCount: Int? { lock.withLock { started } }
    var engineCount: Int { lock.withLock { started } }
    var isRunning: Bool { lock.withLock { controller != nil } }
    var clientFile: String? { lock.withLock { clientFileWritten } }

    // MARK: - Starting

    func startController() throws {
        lock.lock()
        defer { lock.unlock() }
        guard controller == nil else { return }
        let directory = try LocalCluster.makePrivateDirectory(in: stateDirectory)
        var settings = ServerSettings()
        settings.unixSocketPath = directory + "/controller.sock"
        if !request.controllerIP.isEmpty || ["ssh", "slurm"].contains(request.launcher) || request.onlyTCP {
            settings.tcpHost = request.controllerIP.isEmpty ? "127.0.0.1" : request.controllerIP
        }
        if request.onlyTCP { settings.unixSocketPath = nil }
        let listen = settings
        // The embedded controller is quiet: its events would mix with the session's output.
        let logger = Logger(label: "swiftpx.controller", factory: { _ in SwiftLogNoOpLogHandler() })
        let server = try Blocking.run { try await ControllerServer.start(listen: listen, logger: logger) }
        let location = request.controllerLocation.isEmpty ? nil : request.controllerLocation
        engineFile = try server.connectionInfo(for: .engine, location: location).write(directory: directory)
        clientFileWritten = try server.connectionInfo(for: .client, location: location).write(directory: directory)
        self.directory = directory
        controller = server
    }

    func startEngines(_ count: Int) throws {
        try spawnEngines(count)
        let connection = try connection()
        let target = engineCount
        let limit: Duration = .nanoseconds(Int64(request.engineTimeout * 1e9))
        switch connection.waitForEngines(target, timeout: limit) {
        case .done: return
        case .interrupted: throw RuntimeError(ExceptionObject(type: BuiltinTypes.keyboardInterrupt, args: []))
        default:
            var message = "\(target) engines not ready in \(ClusterText.seconds(request.engineTimeout)) seconds. "
                + "Currently ready: \(connection.engineIDs.count)"
            let problems = engineProblems()
            if !problems.isEmpty { message += " (" + problems.joined(separator: "; ") + ")" }
            throw RuntimeError(BuiltinTypes.timeoutError, message)
        }
    }

    /// Starts the controller if needed and `count` more engines, without waiting for them.
    func spawnEngines(_ count: Int) throws {
        try startController()
        guard count > 0 else { return }
        if request.launcher == "local" {
            for _ in 0..<count { try startEngine() }
        } else {
            let file = lock.withLock { engineFile ?? "" }
            let engines = try EngineSet.start(try launchSettings(count), clusterID: clusterID, engineFile: file)
            lock.withLock { launched.append(engines) }
        }
        lock.withLock {
            started += count
            isStopping = false
        }
    }

    /// The settings of `swiftpx cluster start` that start `count` engines the way the request asks.
    func launchSettings(_ count: Int) throws -> ClusterSettings {
        guard let kind = LauncherKind(rawValue: request.launcher) else {
            throw RuntimeError.valueError("engines must be 'local', 'mpi', 'ssh' or 'slurm', not '\(request.launcher)'")
        }
        var settings = ClusterSettings(stateDirectory: stateDirectory)
        settings.profile = profile
        settings.engineCount = count
        settings.launcher = kind
        settings.plugins = plugins
        settings.engineTimeout = .nanoseconds(Int64(request.engineTimeout * 1e9))
        if !request.hosts.isEmpty { settings.hosts = try HostSpec.parseList(request.hosts.joined(separator: ",")) }
        if !request.controllerIP.isEmpty { settings.controllerIP = request.controllerIP }
        if !request.controllerLocation.isEmpty { settings.location = request.controllerLocation }
        return settings
    }

    /// Spawns one engine process.
    @discardableResult
    func startEngine() throws -> ChildProcess {
        guard let (file, controller) = lock.withLock({ () -> (String, ControllerServer)? in
            guard let engineFile, let controller else { return nil }
            return (engineFile, controller)
        }) else { throw RuntimeError(BuiltinTypes.runtimeError, "the cluster's controller is not running") }
        var arguments = ["engine", "--file", file]
        for plugin in plugins { arguments += ["--plugin", plugin] }
        // The exit callback may run before `spawn` returns the child, so it learns the pid through an atomic.
        let pid = ProcessID()
        let child = try ChildProcess.spawn(ProcessLaunch(arguments: arguments)) { [weak self] status in
            guard let self, !self.lock.withLock({ self.isStopping }) else { return }
            let id = pid.value.load(ordering: .acquiring)
            self.lock.withLock { self.problems.append("engine process \(id) exited: \(status)") }
            Task { [controller] in await controller.engineProcessExited(pid: id, status: status) }
        }
        pid.value.store(child.pid, ordering: .releasing)
        lock.withLock { children.append(child) }
        return child
    }

    func connection() throws(ClientError) -> ClusterConnection {
        if let existing = lock.withLock({ sharedConnection }) { return existing }
        if !isRunning {
            do { try spawnEngines(defaultEngineCount) } catch { throw ClientError.connect("\(error)") }
        }
        guard let info = lock.withLock({ controller?.connectionInfo(for: .client) }) else {
            throw ClientError.connect("the cluster's controller is not running")
        }
        let connection = try ClusterConnection.connect(info)
        lock.withLock { sharedConnection = connection }
        onConnect?(connection)
        return connection
    }

    func engineProblems() -> [String] {
        let (problems, launched) = lock.withLock { (self.problems, self.launched) }
        return problems + launched.flatMap { $0.problems() }
    }

    var canRestartEngines: Bool { request.launcher == "local" }

    func restartEngine(_ id: EngineID) throws -> String {
        let child = try startEngine()
        lock.withLock { started += 1 }
        return "started a new engine process (pid \(child.pid)); it registers with a new id"
    }

    // MARK: - Stopping

    func signalEngines(_ signal: Int32) throws {
        let (children, launched) = lock.withLock { (self.children, self.launched) }
        for child in children { child.signalGroup(signal) }
        for engines in launched { engines.signal(signal) }
    }

    /// Asks the engines to stop and waits until they have exited (they exit as soon as they are told); the
    /// launcher's cleanup runs, and whatever did not exit within `grace` is terminated.
    func stopEngines() {
        let (connection, children, launched) = lock.withLock { () -> (ClusterConnection?, [ChildProcess], [EngineSet]) in
            isStopping = true
            defer {
                self.children = []
                self.launched = []
                started = 0
            }
            return (sharedConnection, self.children, self.launched)
        }
        let running = children.filter { $0.exitStatus == nil }
        guard !running.isEmpty || !launched.isEmpty else { return }
        var told = false
        if let connection, connection.engineIDs.count > 0 {
            told = (try? connection.shutdown(nil, includingController: false, timeout: .seconds(2))) != nil
        } else if let info = lock.withLock({ controller?.connectionInfo(for: .client) }),
                  let connection = try? ClusterConnection.connect(info, timeout: .seconds(2)) {
            told = (try? connection.shutdown(nil, includingController: false, timeout: .seconds(2))) != nil
            connection.close()
        }
        // Told engines exit at once; the grace only covers engines that could not be told (still starting).
        let deadline = MonotonicClock.deadline(after: told ? .seconds(2) : .milliseconds(200))
        for child in running {
            let now = MonotonicClock.nanoseconds()
            let remaining = (deadline ?? now) > now ? (deadline ?? now) - now : 0
            _ = child.wait(timeout: .nanoseconds(Int64(remaining)))
        }
        ChildProcess.terminateAll(running.filter { $0.exitStatus == nil }, grace: .seconds(1))
        for engines in launched { engines.stop() }
    }

    /// Stops the engines and the controller, and removes the private directory. Nothing is left running.
    func stop() {
        stopEngines()
        let (server, connection, directory, engineFile, clientFile) = lock.withLock {
            defer {
                controller = nil
                sharedConnection = nil
                self.directory = nil
                self.engineFile = nil
                clientFileWritten = nil
            }
            return (controller, sharedConnection, self.directory, self.engineFile, clientFileWritten)
        }
        connection?.close()
        if let server { _ = try? Blocking.run { await server.stop() } }
        if let engineFile { ConnectionInfo.remove(path: engineFile) }
        if let clientFile { ConnectionInfo.remove(path: clientFile) }
        if let directory {
            unlink(directory + "/controller.sock")
            rmdir(directory)
        }
    }

    /// Same as ``stop()`` (the name the benchmarks use).
    func shutdown() { stop() }

    // MARK: - Files

    /// A fresh `STATE/run/cluster-PID-N`, mode 0700 (under /tmp when that path is too long for a socket), once
    /// the directories of clusters whose process is gone are removed.
    static func makePrivateDirectory(in stateDirectory: String) throws -> String {
        mkdir(stateDirectory, 0o700)
        mkdir(stateDirectory + "/run", 0o700)
        StaleRunDirectories.prune(stateDirectory: stateDirectory)
        let number = DirectoryCounter.shared.next()
        var directory = stateDirectory + "/run/cluster-\(getpid())-\(number)"
        if (directory + "/controller.sock").utf8.count > PeerAddress.maximumUnixPathLength {
            directory = "/tmp/swiftpx-\(getuid())-\(getpid())-\(number)"
        }
        guard mkdir(directory, 0o700) == 0 || errno == EEXIST else {
            throw RuntimeError(BuiltinTypes.osError, "cannot create \(directory): \(String(cString: strerror(errno)))")
        }
        chmod(directory, 0o700)
        return directory
    }

    /// `<unix time>-<4 letters>`, as ipyparallel names clusters.
    static func makeClusterID() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return "\(time(nil))-" + String((0..<4).map { _ in letters[Int.random(in: 0..<letters.count)] })
    }
}

/// Numbers the private directories of the clusters of this process.
final class DirectoryCounter: @unchecked Sendable {
    // @unchecked Sendable: the counter is guarded by `lock`.
    static let shared = DirectoryCounter()
    let lock = ConditionLock()
    var value = 0

    func next() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}

/// A process id filled in after spawning, read by the exit callback (one that runs earlier sees 0).
final class ProcessID: Sendable {
    let value = Atomic<Int32>(0)
}

/// Seconds as ipyparallel prints them in messages.
enum ClusterText {
    static func seconds(_ s: Double) -> String {
        s == s.rounded() && abs(s) < 1e15 ? String(Int(s)) : String(s)
    }
}
