import PXRuntime
import PXTestSupport
import Testing

/// Tutorials whose every step runs under real ipyparallel: the golden transcript of `sessions/NAME.px` (which
/// `SessionTranscriptTests` checks against swiftpx) must show what IPython 9.19 with ipyparallel 9.2 and two
/// engines prints for the same cells (`TutorialOracle/NAME.expected`, made by `TutorialOracle/regenerate.sh`).
/// Both sides go through `TranscriptFilter.mask`; comment lines, blank lines and bare continuation prompts are
/// left out (IPython gets no comments and puts a blank line after each output; swiftpx echoes both).
@Suite("Tutorials print what ipyparallel prints")
struct TutorialOracleTests {
    static let directory = Transcript.root + "/Tests/TranscriptTests/TutorialOracle"
    static var names: [String] {
        Transcript.files(in: directory, suffix: ".expected").map { $0.replacingSuffix(".expected", "") }
    }

    static func normalized(_ text: String) -> [String] {
        TranscriptFilter.mask(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { line in
                let bare = line.trimming(" ")
                return !bare.isEmpty && bare != "...:" && !line.hasPrefix("#") && !line.hasPrefix("[exit status")
            }
    }

    @Test("the golden transcript agrees with IPython and ipyparallel", arguments: TutorialOracleTests.names)
    func matches(_ name: String) throws {
        let expected = try #require(Transcript.read("\(Self.directory)/\(name).expected"))
        let golden = try #require(Transcript.read("\(Transcript.root)/Tests/TranscriptTests/Golden/\(name).transcript"))
        let (a, b) = (Self.normalized(expected), Self.normalized(golden))
        let same = a == b
        #expect(same, "differs from ipyparallel:\n\(Transcript.lineDiff(a.joined(separator: "\n"), b.joined(separator: "\n")))")
    }

    @Test("each oracle file belongs to a tutorial")
    func tutorialsExist() {
        #expect(!Self.names.isEmpty)
        for name in Self.names {
            #expect(Transcript.read("\(Transcript.root)/sessions/\(name).px") != nil, "no sessions/\(name).px")
        }
    }
}
