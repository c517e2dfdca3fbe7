import PXTestSupport
import Testing

/// The example packages build, and a session piped through each matches its golden transcript: your own
/// executable whose engines know your functions, and a plugin loaded into the shell and its engines.
@Suite("Example packages", .serialized)
struct ExamplePackageTests {
    static let examples = Transcript.root + "/Examples"

    @Test("Examples/CustomShell and Examples/StatsPlugin build against the library")
    func build() throws {
        _ = try ExampleBuild.shared.get()
    }

    @Test("a session through the custom shell: mylib runs in the shell and on its engines")
    func customShell() throws {
        let build = try ExampleBuild.shared.get()
        let directory = ExamplePackageTests.examples + "/CustomShell"
        let result = ProcessRunner.run(
            build.customShell, ["--echo", "-n", "2"], stdinPath: directory + "/session.px",
            environment: ["SWIFTPX_DIR": Transcript.temporaryStateDirectory()],
            directory: directory, timeout: 300)
        Transcript.assertMatches(
            TranscriptFilter.mask(result.output) + "[exit status \(result.status)]\n",
            golden: directory + "/session.transcript")
    }

    @Test("a session with --plugin: the stats module runs in the shell and on every engine it starts")
    func plugin() throws {
        let build = try ExampleBuild.shared.get()
        let directory = ExamplePackageTests.examples + "/StatsPlugin"
        let result = ProcessRunner.run(
            ProcessRunner.swiftpxExecutable,
            ["--echo", "-n", "2", "--plugin", build.statsPlugin],
            stdinPath: directory + "/session.px",
            environment: ["SWIFTPX_DIR": Transcript.temporaryStateDirectory()],
            directory: directory, timeout: 300)
        Transcript.assertMatches(
            TranscriptFilter.mask(result.output) + "[exit status \(result.status)]\n",
            golden: directory + "/session.transcript")
    }

    @Test("a plugin function called on an engine without the plugin names the engine and the plugin")
    func missingOnEngine() throws {
        let build = try ExampleBuild.shared.get()
        let plugin = PluginPaths.resolved(build.statsPlugin)
        let cluster = try StandaloneCluster.start()
        defer { cluster.stop() }
        let result = cluster.runShell(
            """
            import stats
            rc[:].apply_sync(stats.norm, [6, 8])
            stats.norm([6, 8])

            """, arguments: ["--plugin", build.statsPlugin], timeout: 120)
        #expect(result.status == 1)
        #expect(
            result.output.contains(
                "[0:apply] NameError: function 'stats.norm' is not available on engine 0 "
                    + "(no plugins are loaded there); this shell has it from plugin '\(plugin)': "
                    + "start the engines with --plugin \(plugin)"), "\(result.output)")
        #expect(result.output.contains("10.0"), "the shell itself has the function: \(result.output)")
    }
}
