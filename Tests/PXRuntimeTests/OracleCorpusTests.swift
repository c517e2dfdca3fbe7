import Testing

/// The CPython oracle corpus (`Oracle/`, with the whole-program benchmarks in `Oracle/bench/`): every program
/// prints exactly what python3 printed, except the ones listed in its `known-failures.txt`, which must still
/// differ.
@Suite("CPython oracle corpus")
struct OracleCorpusTests {
    static let corpus = OracleCorpus(folder: "Oracle", subfolders: ["bench"], childTimeout: 30)

    @Test("the corpus has at least 260 programs, each with its output")
    func size() {
        #expect(OracleCorpusTests.corpus.programs.count >= 260)
        #expect(OracleCorpusTests.corpus.programsWithoutOutput == [])
    }

    @Test("known-failures.txt lists programs of the corpus, each once with a reason")
    func knownFailuresList() {
        #expect(OracleCorpusTests.corpus.listProblems == [])
    }

    @Test("prints what python3 prints, or is a listed known failure", arguments: OracleCorpusTests.corpus.programs)
    func matches(name: String) {
        if let problem = OracleCorpusTests.corpus.problem(with: name) {
            Issue.record("\(problem)")
        }
    }
}
