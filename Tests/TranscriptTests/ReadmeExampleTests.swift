import PXTestSupport
import Testing

/// Every shell example in the README runs as written: the `In [N]:` lines of its code blocks are piped, in
/// order, into one shell with two engines (the blocks continue one session), nothing fails, and every output
/// line the README shows appears, in order, in what the shell printed (durations, rates and process ids
/// masked). The commands block lists only options the commands accept.
@Suite("README examples", .serialized)
struct ReadmeExampleTests {
    /// The README's fenced code blocks, each as its lines.
    static var blocks: [[String]] {
        guard let text = Transcript.read(Transcript.root + "/README.md") else { return [] }
        var blocks: [[String]] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                if let block = current { blocks.append(block) }
                current = current == nil ? [] : nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// The statement typed at an `In [N]: ` prompt, or nil.
    static func statement(_ line: String) -> String? {
        guard line.hasPrefix("In ["), let close = line.range(of: "]: ") else { return nil }
        return String(line[close.upperBound...])
    }

    /// A line compared with durations, rates and column padding masked, and with the numbers of table rows
    /// (indented lines: which engine ran how many tasks varies) and of `%px os.getpid()`'s outputs masked.
    static func comparable(_ line: String) -> String {
        var masked = TranscriptFilter.mask(line)
        let isPerEngineOutput = masked.hasPrefix("Out[") && masked.prefix { $0 != "]" }.contains(":")
        if masked.hasPrefix(" ") || isPerEngineOutput {
            masked = String(masked.split(omittingEmptySubsequences: false) { $0.isNumber }.joined(separator: "<n>"))
            while masked.contains("<n><n>") { masked = masked.replacing("<n><n>", with: "<n>") }
        }
        return masked.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    @Test("the shell sessions run as written and print what the README shows")
    func shellSessions() throws {
        let sessions = Self.blocks.filter { $0.contains { Self.statement($0) != nil } }
        try #require(!sessions.isEmpty)
        var statements: [String] = []
        var shown: [String] = []
        for block in sessions {
            for line in block where !line.hasPrefix("$ ") {
                if let statement = Self.statement(line) { statements.append(statement) } else { shown.append(line) }
            }
        }
        let directory = Transcript.temporaryStateDirectory()
        let script = directory + "/readme.px"
        Transcript.write(script, statements.joined(separator: "\n") + "\n")
        let output = Transcript.run(script, arguments: ["--echo", "-n", "2"], directory: directory)
        #expect(!output.contains("Traceback") && !output.contains("Error"), "the README examples failed:\n\(output)")
        #expect(output.hasSuffix("[exit status 0]\n"), "\(output)")
        var actual = output.split(separator: "\n").map { Self.comparable(String($0)) }[...]
        for line in shown.map(Self.comparable) where !line.isEmpty {
            guard let found = actual.firstIndex(of: line) else {
                Issue.record("the README shows '\(line)', which the shell did not print (in order):\n\(output)")
                return
            }
            actual = actual[(found + 1)...]
        }
    }
}
