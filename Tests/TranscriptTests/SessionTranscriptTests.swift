import PXTestSupport
import Testing

/// Every tutorial in `sessions/` and every regression session in `Tests/TranscriptTests/Sessions/` runs
/// through the shell and matches its golden transcript.
@Suite("Golden transcripts", .serialized)
struct SessionTranscriptTests {
    static var tutorials: [String] { Transcript.files(in: Transcript.root + "/sessions", suffix: ".px") }
    static var regressions: [String] { Transcript.files(in: Transcript.root + "/Tests/TranscriptTests/Sessions", suffix: ".px") }

    @Test("tutorials", arguments: SessionTranscriptTests.tutorials)
    func tutorial(name: String) {
        let actual = Transcript.run(Transcript.root + "/sessions/" + name)
        Transcript.assertMatches(actual, golden: Transcript.root + "/Tests/TranscriptTests/Golden/"
            + name.replacingSuffix(".px", ".transcript"))
    }

    @Test("regression sessions", arguments: SessionTranscriptTests.regressions)
    func regression(name: String) {
        let directory = Transcript.root + "/Tests/TranscriptTests/Sessions"
        let actual = Transcript.run(directory + "/" + name, directory: directory)
        Transcript.assertMatches(actual, golden: directory + "/" + name.replacingSuffix(".px", ".transcript"))
    }

    @Test("there is at least one tutorial and one regression session")
    func present() {
        #expect(!SessionTranscriptTests.tutorials.isEmpty)
        #expect(!SessionTranscriptTests.regressions.isEmpty)
    }
}

extension String {
    func replacingSuffix(_ suffix: String, _ replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
