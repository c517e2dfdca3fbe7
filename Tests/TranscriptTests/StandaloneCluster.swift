import PXTestSupport
import PXTransport

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
    private var children: [ChildProcess] = []

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
        var launch = ProcessLaunch(executable: arguments[0], arguments: Array(arguments.dropFirst()))
        launch.standardOutput = .discard
        launch.standardError = .discard
        do {
            children.append(try ChildProcess.spawn(launch))
        } catch {
            throw Failure(description: "\(error)")
        }
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
        ChildProcess.terminateAll(children.reversed(), grace: .seconds(1))
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
