import PXRuntime
import PXTestSupport
import Testing

/// What IPython prints for `obj?`, `obj??`, `In`, `Out`, `_`, `__`, `___`, `_N`, `_iN`, a trailing `;`,
/// tracebacks (`Cell In[n], line k` frames, comprehension frames, whole statements of several lines, `%tb`,
/// `%xmode`, Verbose values) and shell commands (`!cmd`, `x = !cmd`, inside blocks),
/// compared cell by cell with swiftpx. The expected files come from real IPython
/// (`IPythonOracle/regenerate.sh`); blank lines and bare continuation prompts are left out on both sides
/// (IPython puts a blank line after each output, swiftpx echoes the blank line that ends a block).
@Suite("IPython oracle")
struct IPythonOracleTests {
    static let directory = Transcript.root + "/Tests/TranscriptTests/IPythonOracle"

    static func normalized(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { line in
                let bare = line.trimming(" ")
                return !bare.isEmpty && bare != "...:" && !line.hasPrefix("[exit status")
            }
    }

    @Test("swiftpx prints what IPython prints", arguments: ["introspection", "history", "pretty", "tracebacks", "system", "system_blocks", "verbose", "frames"])
    func matchesIPython(_ name: String) throws {
        let expected = try #require(Transcript.read("\(Self.directory)/\(name).expected"))
        let actual = Transcript.run("\(Self.directory)/\(name).ipy", arguments: ["--echo", "-n", "1"],
                                    directory: Self.directory)
        let (a, b) = (Self.normalized(expected), Self.normalized(actual))
        #expect(a == b, "differs from IPython:\n\(Transcript.lineDiff(a.joined(separator: "\n"), b.joined(separator: "\n")))")
    }
}
