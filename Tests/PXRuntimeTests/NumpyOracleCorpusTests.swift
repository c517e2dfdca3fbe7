import Testing

/// The numpy oracle corpus (`NumpyOracle/`): every program prints exactly what numpy 2 printed, except the
/// ones listed in its `known-failures.txt`, which must still differ.
@Suite("numpy oracle corpus")
struct NumpyOracleCorpusTests {
    static let corpus = OracleCorpus(folder: "NumpyOracle", reference: "numpy")

    @Test("the corpus has at least 120 programs")
    func size() {
        #expect(NumpyOracleCorpusTests.corpus.programs.count >= 120)
    }

    @Test("known-failures.txt lists programs of the corpus, each once with a reason")
    func knownFailuresList() {
        #expect(NumpyOracleCorpusTests.corpus.listProblems == [])
    }

    @Test("prints what numpy 2 prints, or is a listed known failure", arguments: NumpyOracleCorpusTests.corpus.programs)
    func matches(name: String) {
        if let problem = NumpyOracleCorpusTests.corpus.problem(with: name) {
            Issue.record("\(problem)")
        }
    }
}
