import PXTestSupport
import Testing

/// Exit statuses and script mode, against the built executable.
@Suite("Exit status and script mode")
struct ShellExitTests {
    func write(_ text: String) -> String {
        let path = Transcript.temporaryStateDirectory() + "/session.px"
        Transcript.write(path, text)
        return path
    }

    @Test("piped input: 0 when everything ran, 1 when a statement failed, and the shell goes on")
    func piped() {
        let ok = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["-n", "1"], stdinPath: write("print(1)\n"))
        #expect(ok.status == 0)
        #expect(ok.output == "1\n")
        let failed = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["-n", "1"], stdinPath: write("1/0\nprint('after')\n"))
        #expect(failed.status == 1)
        #expect(failed.output.contains("ZeroDivisionError: division by zero"))
        #expect(failed.output.hasSuffix("after\n"))
    }

    @Test("swiftpx run stops at the first error unless --keep-going, and names the file and line")
    func script() {
        let path = write("x = 1\nx\nundefined\nprint('after')\n")
        let stopped = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["run", "-n", "1", path])
        #expect(stopped.status == 1)
        #expect(stopped.output.contains("Out[2]: 1"))
        #expect(stopped.output.contains("File \"\(path)\", line 3"))
        #expect(!stopped.output.contains("after"))
        let kept = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["run", "--keep-going", "-n", "1", path])
        #expect(kept.status == 1)
        #expect(kept.output.contains("after"))
    }

    @Test("a bad option is a usage error with status 64")
    func usage() {
        let result = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["--no-such-option"])
        #expect(result.status == 64)
    }

    @Test("a syntax error shows the line and a caret")
    func syntaxError() {
        let result = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["-n", "1"], stdinPath: write("x = (1 +\n\n"))
        #expect(result.output.contains("SyntaxError"))
        #expect(result.output.contains("^"))
    }

    @Test("the local half of the map/reduce session prints 58.028845747399714")
    func mapReduceLocalHalf() {
        let result = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["-n", "1"],
                                       stdinPath: Transcript.root + "/Tests/TranscriptTests/Sessions/map-reduce-local.px")
        #expect(result.output.contains("58.028845747399714"))
        #expect(result.status == 0)
    }
}
