import PXTestSupport

/// The examples, built once per test run: `Examples/CustomShell` as the separate package it is (it depends on
/// this one by path and builds in its own directory, `.build-examples/CustomShell`: SwiftPM keeps one build
/// plan per scratch directory), and the sources of `Examples/StatsPlugin` as this package's
/// `StatsPluginExample` product, built with everything else. `scripts/test` builds CustomShell before the tests
/// run; building here is then a quick up-to-date check, and the first test to ask pays for the build otherwise.
struct ExampleBuild: Sendable {
    /// The `custom-shell` executable.
    let customShell: String
    /// The `libStatsPlugin.so` library.
    let statsPlugin: String

    /// Why the examples did not build.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let scratch = Transcript.root + "/.build-examples"

    /// The one build of this test run.
    static let shared: Result<ExampleBuild, Failure> = make()

    static func make() -> Result<ExampleBuild, Failure> {
        guard let swift = ProcessRunner.locate("swift") else {
            return .failure(Failure(description: "swift not found"))
        }
        for package in ["CustomShell"] {
            let result = ProcessRunner.run(
                swift,
                [
                    "build", "--package-path", Transcript.root + "/Examples/" + package,
                    "--scratch-path", scratch + "/" + package, "-j", "2",
                    // Plan again each time: a file added to this package (which it depends on by path) is
                    // not seen by a build plan cached from before.
                    "--disable-build-manifest-caching",
                ],
                directory: Transcript.root, timeout: 3000)
            guard result.status == 0 else {
                return .failure(
                    Failure(
                        description: "building Examples/\(package) failed (status \(result.status)):\n"
                            + result.output.suffix(4000)))
            }
        }
        return .success(
            ExampleBuild(
                customShell: scratch + "/CustomShell/debug/custom-shell",
                statsPlugin: ProcessRunner.buildDirectory + "/libStatsPluginExample.so"))
    }
}
