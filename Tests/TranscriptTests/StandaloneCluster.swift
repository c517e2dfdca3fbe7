import PXTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A `swiftpx controller` and one `swiftpx engine` started without plugins, as separate processes, for tests
/// that attach a shell with `--connect`. `stop()` ends both.
final class StandaloneCluster {
    /// The state directory holding the connection files.
    let directory: String
    /// The client connection file.
    let clientFile: String
    private var children: [pid_t] = []

    /// Why the cluster did not start.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private init(directory: String) {
        self.directory = directory
        self.clientFile = directory + "/swiftpx-client.json"
    }

    /// Starts the controller, waits for its connection files, then starts one engine.
    static func start() throws -> StandaloneCluster {
        let cluster = StandaloneCluster(directory: Transcript.temporaryStateDirectory())
        let executable = ProcessRunner.swiftpxExecutable
        try cluster.spawn([executable, "controller", "--dir", cluster.directory])
        let engineFile = cluster.directory + "/swiftpx-engine.json"
        guard waitForFiles([cluster.clientFile, engineFile], seconds: 20) else {
            cluster.stop()
            throw Failure(description: "the controller wrote no connection files in \(cluster.directory)")
        }
        try cluster.spawn([executable, "engine", "--file", engineFile])
        return cluster
    }

    static func waitForFiles(_ paths: [String], seconds: Double) -> Bool {
        for _ in 0..<Int(seconds * 50) {
            if paths.allSatisfy({ access($0, R_OK) == 0 }) { return true }
            usleep(20_000)
        }
        return false
    }

    private func spawn(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard status == 0 else { throw Failure(description: "cannot start \(arguments[0]): errno \(status)") }
        children.append(pid)
    }

    /// Pipes `session` into a shell attached with `--connect` (plus `arguments`), after lines that wait until the
    /// engine has registered (`import ipyparallel as ipp, time` and `rc = ipp.Client()` come first).
    func runShell(_ session: String, arguments: [String] = [], timeout: Double = 60) -> ProcessRunner.TimedResult {
        let path = Transcript.temporaryStateDirectory() + "/session.px"
        Transcript.write(
            path,
            """
            import ipyparallel as ipp, time
            rc = ipp.Client()
            for _ in range(400):
                if rc.ids:
                    break
                time.sleep(0.05)

            """ + session)
        return ProcessRunner.run(
            ProcessRunner.swiftpxExecutable, ["--connect", clientFile] + arguments,
            stdinPath: path, environment: ["SWIFTPX_DIR": directory], timeout: timeout)
    }

    /// Ends the engine and the controller (terminate, then kill after a second) and reaps them.
    func stop() {
        for pid in children.reversed() { kill(pid, SIGTERM) }
        for pid in children.reversed() {
            var status: Int32 = 0
            var reaped = false
            for _ in 0..<50 where !reaped {
                reaped = waitpid(pid, &status, WNOHANG) == pid
                if !reaped { usleep(20_000) }
            }
            if !reaped {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
            }
        }
        children = []
    }
}

/// Plugin paths as the loader reports them.
enum PluginPaths {
    /// The absolute path with symbolic links resolved, as `realpath` gives it.
    static func resolved(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
