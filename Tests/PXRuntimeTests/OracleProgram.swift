import PXRuntime
import PXTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// One program of the CPython oracle corpus: `NAME.py`, and `NAME.out`, what CPython printed for it.
///
/// What a run prints is compared in CPython's terms: stdout, followed by the last line of the traceback
/// (`ValueError: bad value`) when the program ends with an uncaught exception.
struct OracleProgram {
    /// The corpus folder.
    static let directory = ProcessRunner.packageRoot(from: #filePath) + "/Tests/PXRuntimeTests/Oracle"
    /// The first line of a program that must run as `swiftpx run NAME.py` (it uses its working directory,
    /// `sys.argv`, or tests how a file is read), e.g. `# oracle: script (imports a module it writes)`.
    static let scriptMarker = "# oracle: script"
    /// The time limit of a program run in a child process, in seconds.
    static let scriptTimeout = 30.0

    /// The names of every program: `NNN-topic` in the corpus folder, then `bench/NAME`.
    static var names: [String] {
        let numbered = TextFile.names(in: directory, endingWith: ".py").filter { $0.first?.isNumber == true }
        let bench = TextFile.names(in: directory + "/bench", endingWith: ".py").map { "bench/" + $0 }
        return (numbered + bench).map { String($0.dropLast(3)) }
    }

    /// The program's name, relative to the corpus folder, without `.py`.
    let name: String
    /// The program text.
    let source: String
    /// What CPython printed, or nil if `NAME.out` is missing.
    let expected: String?

    /// A program that could not be started.
    struct RunError: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads the program `name`.
    /// - Returns: nil if `NAME.py` cannot be read.
    init?(name: String) {
        guard let source = TextFile.read("\(OracleProgram.directory)/\(name).py") else { return nil }
        self.name = name
        self.source = source
        self.expected = TextFile.read("\(OracleProgram.directory)/\(name).out")
    }

    /// The file name, as `python3` was given it (`NAME.py`, without the folder).
    var fileName: String { String(name.split(separator: "/").last ?? Substring(name)) + ".py" }

    /// Whether the program asks to run as a script.
    var isScript: Bool { source.hasPrefix(OracleProgram.scriptMarker) }

    // MARK: - Running

    /// Runs the program in this process, on an interpreter thread.
    func runInProcess() -> String {
        let fileName = fileName
        return InterpreterThread.run {
            let output = BufferedOutput()
            let vm = Interpreter(output: output)
            switch vm.run(source, fileName: fileName) {
            case .success: return output.stdout
            case .syntaxError(let d): return output.stdout + "SyntaxError: \(d.first?.message ?? "")\n"
            case .exception(let e): return output.stdout + OracleProgram.lastLine(of: e)
            }
        }
    }

    /// The last line of the traceback CPython prints for an uncaught `e`, with its newline; `SystemExit`
    /// prints nothing but a message given to `sys.exit`.
    static func lastLine(of e: ExceptionObject) -> String {
        guard e.type.isSubtype(of: BuiltinTypes.systemExit) else { return e.summary + "\n" }
        switch e.args.first {
        case nil, .none?, .int(0)?: return ""
        case .int(let code)?: return "<exit status \(code)>\n"
        case let message?: return ValueFormatter.str(message) + "\n"
        }
    }

    /// Runs the program as `swiftpx run NAME.py` in a child process, from a fresh directory that holds only
    /// the program (so files it writes land there), killed after `scriptTimeout` seconds.
    func runAsScript() throws -> String {
        let scratch = try TemporaryDirectory(prefix: "oracle")
        let work = scratch.file("run")
        mkdir(work, 0o700)
        mkdir(scratch.file("state"), 0o700)
        guard write(source, to: "\(work)/\(fileName)") else {
            throw RunError(description: "cannot copy \(name).py to \(work)")
        }
        let errorPath = scratch.file("stderr")
        let result = ProcessRunner.run(
            ProcessRunner.swiftpxExecutable, ["run", "-n", "1", fileName],
            environment: ["SWIFTPX_DIR": scratch.file("state"), "SWIFT_BACKTRACE": "enable=no"], directory: work, errorPath: errorPath,
            timeout: OracleProgram.scriptTimeout)
        var printed = result.output
        if result.timedOut {
            printed += "<killed after \(Int(OracleProgram.scriptTimeout)) s>\n"
        } else if result.status > 128 {
            printed += "<ended by signal \(result.status - 128)>\n"
        } else if result.status != 0 {
            let errors = ProcessRunner.readFile(errorPath).split(separator: "\n")
            printed += (errors.last.map(String.init) ?? "<exit status \(result.status)>") + "\n"
        }
        return printed
    }

    private func write(_ text: String, to path: String) -> Bool {
        guard let file = fopen(path, "w") else { return false }
        defer { fclose(file) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) } == bytes.count
    }
}
