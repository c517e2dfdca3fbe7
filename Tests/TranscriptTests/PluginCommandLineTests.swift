import PXTestSupport
import Testing

/// `--plugin` with a path that cannot be loaded: the shell and an engine each stop with one clear error naming
/// the plugin (and the engine), without starting anything or crashing.
@Suite("Plugins on the command line")
struct PluginCommandLineTests {
    @Test("the shell refuses a bad plugin before starting engines")
    func shell() {
        let missing = Transcript.temporaryStateDirectory() + "/libmissing.so"
        let result = ProcessRunner.run(
            ProcessRunner.swiftpxExecutable, ["-n", "1", "--plugin", missing],
            stdinPath: nil, environment: ["SWIFTPX_DIR": Transcript.temporaryStateDirectory()])
        #expect(result.status == 1)
        #expect(result.output == "Error: cannot load plugin '\(missing)': no such file or directory\n")
    }

    @Test("a file that is not a library")
    func notALibrary() {
        let path = Transcript.temporaryStateDirectory() + "/libtext.so"
        Transcript.write(path, "not a library\n")
        let result = ProcessRunner.run(
            ProcessRunner.swiftpxExecutable, ["-n", "1", "--plugin", path],
            environment: ["SWIFTPX_DIR": Transcript.temporaryStateDirectory()])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("Error: cannot load plugin '\(path)': "))
        #expect(result.output.split(separator: "\n").count == 1)
    }

    @Test("an engine started elsewhere names itself and the plugin")
    func engine() {
        let missing = "/nonexistent/libStats.so"
        let result = ProcessRunner.run(
            ProcessRunner.swiftpxExecutable,
            [
                "engine", "--url", "unix:/nonexistent/controller.sock", "--key",
                String(repeating: "ab", count: 32), "--plugin", missing,
            ])
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("Error: engine on "))
        #expect(result.output.contains("(pid "))
        #expect(result.output.hasSuffix("): cannot load plugin '\(missing)': no such file or directory\n"))
    }
}
