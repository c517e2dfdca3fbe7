import PXRuntime
import PXShell
import Testing

/// The tutorials built into the executable are exactly the files of `sessions/` (regenerate them with
/// `scripts/embed-tutorials`).
@Suite("Embedded tutorials")
struct EmbeddedTutorialsTests {
    static let sessions = String(#filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3)
        .joined(separator: "/")) + "/sessions"

    @Test("every session file is embedded with the same text, and nothing else is")
    func matchSessions() throws {
        let files = TextFile.names(in: Self.sessions, endingWith: ".px")
        #expect(!files.isEmpty)
        #expect(EmbeddedTutorials.sessions.map { $0.name + ".px" } == files)
        for (name, text) in EmbeddedTutorials.sessions {
            let file = try #require(TextFile.read(Self.sessions + "/" + name + ".px"))
            #expect(text == file, "sessions/\(name).px changed: run scripts/embed-tutorials")
        }
    }
}
