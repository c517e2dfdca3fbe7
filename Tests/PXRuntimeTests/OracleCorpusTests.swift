import PXRuntime
import PXTestSupport
import Testing

/// Every program of the CPython corpus prints exactly what `python3` printed (stored in `NAME.out`), except
/// the programs listed in `known-failures.txt`, which must still differ (a ratchet: a fix deletes its line).
@Suite("CPython oracle corpus")
struct OracleCorpusTests {
    static let knownFailures = KnownFailures(
        text: TextFile.read(OracleProgram.directory + "/known-failures.txt") ?? "")

    @Test("the corpus is there, every program with its output")
    func corpusExists() {
        let names = OracleProgram.names
        #expect(names.count >= 260)
        for name in names where OracleProgram(name: name)?.expected == nil {
            Issue.record("\(name).py has no \(name).out: run regenerate.sh \(name)")
        }
    }

    @Test("known-failures.txt lists programs of the corpus, each with a reason")
    func knownFailuresAreWellFormed() {
        let names = Set(OracleProgram.names)
        for problem in OracleCorpusTests.knownFailures.problems {
            Issue.record("known-failures.txt: \(problem)")
        }
        for name in OracleCorpusTests.knownFailures.entries.keys.sorted() where !names.contains(name) {
            Issue.record("known-failures.txt lists \(name), which is not a program of the corpus")
        }
    }

    @Test("matches CPython", arguments: OracleProgram.names)
    func matches(name: String) throws {
        let program = try #require(OracleProgram(name: name))
        let expected = try #require(program.expected, "\(name).py has no \(name).out")
        let known = OracleCorpusTests.knownFailures[name]
        let actual = program.isScript || known?.isUnsafe == true ? try program.runAsScript() : program.runInProcess()
        switch (known, actual == expected) {
        case (nil, false):
            Issue.record("\(name) differs from CPython (\(name).out):\n\(LineDiff.render(expected, actual, limit: 8))")
        case (let entry?, true):
            Issue.record("\(name) now matches CPython: delete its line from known-failures.txt (\(entry.reason))")
        default:
            break
        }
    }
}
