import PXTestSupport
import Testing

/// `swiftpx tutorial` from a pipe: the list, stepping with Enter and q, and unknown names.
@Suite("Tutorial command")
struct TutorialCommandTests {
    static let sessions = Transcript.root + "/sessions"

    func tutorial(_ arguments: [String], input: String = "") throws -> ProcessRunner.TimedResult {
        let directory = try TemporaryDirectory(prefix: "pxtutorial")
        let inputPath = directory.file("keys")
        Transcript.write(inputPath, input)
        return ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["tutorial"] + arguments + ["--dir", Self.sessions],
                                 stdinPath: inputPath, environment: ["SWIFTPX_DIR": directory.path],
                                 directory: directory.path, timeout: 60)
    }

    @Test("without a name it lists every tutorial with the first line of its comment")
    func listing() throws {
        let result = try tutorial([])
        #expect(result.status == 0)
        for name in Transcript.files(in: Self.sessions, suffix: ".px") {
            #expect(result.output.contains("  " + name.replacingSuffix(".px", "")))
        }
        #expect(result.output.contains("Direct views: telling specific engines what to do."))
    }

    @Test("Enter runs the step shown; q stops")
    func stepping() throws {
        let result = try tutorial(["01", "-n", "1"], input: "\n\n\nq\n")
        #expect(result.status == 0)
        #expect(result.output.contains("── 01-language: step 1 of "))
        #expect(result.output.contains("In [1]: 7 / 2\nOut[1]: 3.5\n"))
        #expect(result.output.contains("In [3]: 2 ** 10\nOut[3]: 1024\n"))
        #expect(result.output.contains("── 01-language: step 4 of "))
        #expect(!result.output.contains("Out[4]:"))
        #expect(result.output.contains("Tutorial stopped. Run it again with: swiftpx tutorial 01-language"))
    }

    @Test("a name that matches nothing, or several, is a usage error naming the choices")
    func unknownNames() throws {
        let none = try tutorial(["no-such-tutorial"])
        #expect(none.status == 64)
        #expect(none.output.contains("No tutorial named 'no-such-tutorial'; choose one of: 01-language"))
        let several = try tutorial(["0"])
        #expect(several.status == 64)
        #expect(several.output.contains("'0' could be any of: 01-language, 02-direct-view"))
    }
}
