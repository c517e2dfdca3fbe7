import PXTestSupport
import Testing

/// `swiftpx tutorial` from a pipe: the list, stepping with Enter and q, and unknown names.
@Suite("Tutorial command")
struct TutorialCommandTests {
    static let sessions = Transcript.root + "/sessions"

    func tutorial(_ arguments: [String], input: String = "", directory folder: String = sessions) throws
        -> ProcessRunner.TimedResult
    {
        let directory = try TemporaryDirectory(prefix: "pxtutorial")
        let inputPath = directory.file("keys")
        Transcript.write(inputPath, input)
        return ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["tutorial"] + arguments + ["--dir", folder],
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

    @Test("outside the repository the tutorials built into swiftpx are listed and run")
    func embedded() throws {
        let directory = try TemporaryDirectory(prefix: "pxtutorial")
        let empty = directory.file("empty")
        Transcript.write(empty, "")
        let listing = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["tutorial"], stdinPath: empty,
                                        environment: ["SWIFTPX_DIR": directory.path], directory: directory.path, timeout: 60)
        #expect(listing.status == 0)
        #expect(listing.output.contains("Tutorials (the tutorials built into swiftpx):"))
        #expect(listing.output.contains("  01-language         Welcome to swiftpx."))
        let keys = directory.file("keys")
        Transcript.write(keys, "\n\n")
        let run = ProcessRunner.run(ProcessRunner.swiftpxExecutable, ["tutorial", "01", "-n", "1"], stdinPath: keys,
                                    environment: ["SWIFTPX_DIR": directory.path], directory: directory.path, timeout: 60)
        #expect(run.status == 0)
        #expect(run.output.contains("In [1]: 7 / 2\nOut[1]: 3.5\n"))
    }

    @Test("an empty tutorial folder is an error with a non-zero status")
    func noTutorials() throws {
        let directory = try TemporaryDirectory(prefix: "pxtutorial")
        let result = try tutorial([], directory: directory.path)
        #expect(result.status == 1)
        #expect(result.output.contains("No tutorials in \(directory.path) (give the folder with --dir)."))
    }

    @Test("c at a step continues in the shell with the tutorial's names")
    func continueInShell() throws {
        let result = try tutorial(["01", "-n", "1"], input: "\n\n\n\n\n\nc\nname.upper()\n")
        #expect(result.status == 0)
        #expect(result.output.contains("Continuing in the shell: the tutorial's names are yours."))
        #expect(result.output.contains("'ENGINE'"))
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
