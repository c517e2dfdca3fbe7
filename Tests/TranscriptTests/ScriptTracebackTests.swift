import Glibc
import PXTestSupport
import Testing

/// Tracebacks of `swiftpx run NAME.py` as python3 3.11 prints them (`ScriptTracebacks/NAME.py`; the expected
/// output, stdout and stderr together, comes from CPython through `ScriptTracebacks/regenerate.sh`): every
/// frame, a comprehension's `<listcomp>`/`<genexpr>`/`<dictcomp>` included, named by the script's absolute
/// path, with its line (for a statement of several lines, the line that failed) and PEP 657's `^`/`~` markers
/// under the expression that raised (binary operations, subscripts, calls, attribute accesses, comprehensions;
/// none when that is the whole line), and what `traceback.format_exception`, `print_exc`, `extract_tb` and the
/// `tb_next` chain of `e.__traceback__` give (`tracebacks.py`). Statements mark their own instruction
/// (`statements.py`: unpacking, stores, deletions, augmented assignments, assertions, conditions), a local read
/// before assignment marks its name wherever it is read (`locals.py`), a method that does not exist marks
/// `receiver.name` (`methods.py`), wide characters take two columns (`wide.py`), raising again keeps or extends the
/// traceback as CPython does (`reraise.py`), and `traceback.TracebackException` formats as python3's
/// (`traceback_exception.py`). The expected text writes the folder as `{folder}`: the test puts back
/// the folder it runs the scripts in (its real path, as the working directory python3 and swiftpx read).
@Suite("Script tracebacks match python3's")
struct ScriptTracebackTests {
    static let directory = Transcript.root + "/Tests/TranscriptTests/ScriptTracebacks"
    static var names: [String] { Transcript.files(in: directory, suffix: ".py").map { $0.replacingSuffix(".py", "") } }

    @Test("swiftpx run prints python3's traceback", arguments: ScriptTracebackTests.names)
    func matches(_ name: String) throws {
        let text = try #require(Transcript.read("\(Self.directory)/\(name).expected"))
        let folder = try #require(realpath(Self.directory, nil))
        defer { free(folder) }
        let expected = text.replacing("{folder}", with: String(cString: folder))
        let result = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["run", "-n", "0", "\(name).py"],
                                       environment: ["SWIFTPX_DIR": Transcript.temporaryStateDirectory()],
                                       directory: Self.directory, timeout: 60)
        #expect(result.status == 1)
        let same = result.output == expected
        #expect(same, "differs from python3:\n\(Transcript.lineDiff(expected, result.output))")
    }

    @Test("there are scripts")
    func present() {
        #expect(Self.names.count >= 3)
    }
}
