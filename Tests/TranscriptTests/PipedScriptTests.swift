import PXTestSupport
import Testing

/// Python scripts read through the real executable, piped and with `swiftpx run`: blank lines inside a
/// triple-quoted string (docstrings, as in ipyparallel's example scripts) and a one-line `if` followed by `else:`.
@Suite("Piped scripts")
struct PipedScriptTests {
    static let script = """
        \"\"\"An example script.

        Its docstring has paragraphs.
        \"\"\"
        print("start")


        def f():
            \"\"\"Returns one.

            The blank line above is inside the string.
            \"\"\"
            return 1

        text = '''a

        b'''
        print(f(), repr(text))
        x = 0
        if x: print("a")
        else: print("b")
        print("end")

        """

    static let expected = "start\n1 'a\\n\\nb'\nb\nend\n"

    func write(_ name: String) -> String {
        let path = Transcript.temporaryStateDirectory() + "/" + name
        Transcript.write(path, Self.script)
        return path
    }

    @Test("piped: the script runs as python3 runs it")
    func piped() {
        let result = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["-n", "1"], stdinPath: write("example.py"))
        #expect(result.output.hasSuffix(Self.expected), "\(result.output)")
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("swiftpx run FILE.py: the same output, and the docstring is not shown as a value")
    func run() {
        let result = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["run", write("example.py"), "-n", "1"])
        #expect(result.output == Self.expected, "\(result.output)")
        #expect(result.status == 0, "\(result.output)")
    }
}
