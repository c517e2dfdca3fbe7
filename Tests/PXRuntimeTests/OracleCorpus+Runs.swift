import PXRuntime
import PXTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Running a program of the corpus in a child process, from a temporary directory that holds only a copy of it.
extension OracleCorpus {
    /// The first line of a program that runs as `swiftpx run NAME.py`, e.g. `# oracle: script — imports a
    /// module it writes`: for programs that use their working directory or `sys.argv`, or test how a file is read.
    static let scriptMarker = "# oracle: script"

    /// A program that could not be started.
    struct RunError: Error, CustomStringConvertible {
        var description: String
    }

    /// `NAME.py`, without the subfolder, as python3 was given it.
    static func fileName(of name: String) -> String {
        String(name.split(separator: "/").last ?? Substring(name)) + ".py"
    }

    /// Runs the program in `OracleRunner`, which prints what the in-process run returns.
    func runInChild(_ name: String, source: String) throws -> String {
        guard let runner = BuiltProduct.executable(named: "OracleRunner") else {
            throw RunError(description: "OracleRunner is not built (swift build --build-tests builds it)")
        }
        return try runCopy(of: name, source: source) { file in (runner, [file]) }
    }

    /// Runs the program as `swiftpx run -n 1 NAME.py` with a private `$SWIFTPX_DIR`.
    func runAsScript(_ name: String, source: String) throws -> String {
        try runCopy(of: name, source: source) { file in (ProcessRunner.swiftpxExecutable, ["run", "-n", "1", file]) }
    }

    /// Copies the program into a fresh directory and runs the command `command(fileName)` gives there.
    /// - Returns: its stdout, then, if it did not exit 0, the last line of its stderr, or a line saying it
    ///   was killed by a signal or by the time limit.
    private func runCopy(of name: String, source: String,
                         command: (String) -> (executable: String, arguments: [String])) throws -> String {
        let scratch = try TemporaryDirectory(prefix: "oracle")
        let work = scratch.file("run")
        let state = scratch.file("state")
        let fileName = OracleCorpus.fileName(of: name)
        guard mkdir(work, 0o700) == 0, mkdir(state, 0o700) == 0, write(source, to: "\(work)/\(fileName)") else {
            throw RunError(description: "cannot copy \(name).py into \(work)")
        }
        let (executable, arguments) = command(fileName)
        let errorPath = scratch.file("stderr")
        // The whole-program benchmarks in subfolders take seconds in a debug build: ten times as long for them.
        let timeout = name.contains("/") ? childTimeout * 10 : childTimeout
        let result = ProcessRunner.run(
            executable, arguments, environment: ["SWIFTPX_DIR": state, "SWIFT_BACKTRACE": "enable=no"],
            directory: work, errorPath: errorPath, timeout: timeout)
        if result.timedOut { return result.output + "<killed after \(Int(timeout)) s>\n" }
        if result.status > 128 { return result.output + "<ended by signal \(result.status - 128)>\n" }
        if result.status == 0 { return result.output }
        let lastError = ProcessRunner.readFile(errorPath).split(separator: "\n").last.map(String.init)
        return result.output + (lastError ?? "<exit status \(result.status)>") + "\n"
    }

    private func write(_ text: String, to path: String) -> Bool {
        guard let file = fopen(path, "w") else { return false }
        defer { fclose(file) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) } == bytes.count
    }
}
