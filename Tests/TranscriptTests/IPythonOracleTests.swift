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

    /// `int?`, `list?`, `dict?`: IPython's `Subclasses:` line of a built-in class names classes of CPython's
    /// standard library and of IPython itself (`bool, IntEnum, IntFlag, _NamedIntConstant`), which swiftpx does not
    /// have. Everything else must match IPython; swiftpx's line names its own: the built-in classes (`bool`), then
    /// the classes of the session (`Tally`).
    @Test("built-in classes show IPython's Init signature and docstring, and their subclasses in swiftpx")
    func builtinClasses() throws {
        let expected = try #require(Transcript.read("\(Self.directory)/builtin_classes.expected"))
        let actual = Transcript.run("\(Self.directory)/builtin_classes.ipy", arguments: ["--echo", "-n", "1"],
                                    directory: Self.directory)
        let isSubclasses = { (line: String) in line.hasPrefix("Subclasses:") }
        let (a, b) = (Self.normalized(expected).filter { !isSubclasses($0) }, Self.normalized(actual).filter { !isSubclasses($0) })
        #expect(a == b, "differs from IPython:\n\(Transcript.lineDiff(a.joined(separator: "\n"), b.joined(separator: "\n")))")
        let subclasses = actual.split(separator: "\n").map(String.init).filter(isSubclasses).map { $0.dropFirst(16) }
        #expect(subclasses == ["bool", "", "", "", "", "Tally"], "the screen was:\n\(actual)")
    }
}
