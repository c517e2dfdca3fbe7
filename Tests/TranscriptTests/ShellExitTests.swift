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
        #expect(!stopped.output.contains("Out["), "a script shows no values, as python3 FILE")
        #expect(stopped.output.contains("File \"\(path)\", line 3"))
        #expect(!stopped.output.contains("after"))
        let kept = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["run", "--keep-going", "-n", "1", path])
        #expect(kept.status == 1)
        #expect(kept.output.contains("after"))
        let shown = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["run", path, "--display", "-n", "1"])
        #expect(shown.output.contains("Out[2]: 1"), "--display shows values as at the prompt")
    }

    @Test("swiftpx run echoes no engine output unless --display; the output stays in ar.stdout")
    func scriptEngineOutput() {
        let path = write("""
            import ipyparallel as ipp
            rc = ipp.Client()
            ar = rc[:].apply_async(print, "hello")
            ar.get()
            print(ar.stdout)
            """)
        let quiet = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["run", path, "-n", "2"])
        #expect(quiet.output == "['hello\\n', 'hello\\n']\n", "\(quiet.output)")
        let shown = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["run", path, "--display", "-n", "2"])
        #expect(shown.output.contains("[stdout:0] hello"), "\(shown.output)")
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
