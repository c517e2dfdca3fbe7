import Testing

/// The generated numpy edge-case corpus (`NumpyEdgeCases/`): zero-length, 0-d, one-element, non-contiguous and
/// negative-stride arrays of every dtype through every function and operator, printing numpy's result or
/// error; a ratchet over its `known-failures.txt` as for the numpy oracle corpus.
@Suite("numpy edge-case corpus")
struct NumpyEdgeCaseCorpusTests {
    static let corpus = OracleCorpus(folder: "NumpyEdgeCases")

    @Test("the generated corpus is there")
    func size() {
        #expect(NumpyEdgeCaseCorpusTests.corpus.programs.count >= 100)
    }

    @Test("known-failures.txt lists programs of the corpus, each once with a reason")
    func knownFailuresList() {
        #expect(NumpyEdgeCaseCorpusTests.corpus.listProblems == [])
    }

    @Test("prints what numpy 2 prints, or is a listed known failure", arguments: NumpyEdgeCaseCorpusTests.corpus.programs)
    func matches(name: String) {
        if let problem = NumpyEdgeCaseCorpusTests.corpus.problem(with: name) {
            Issue.record("\(problem)")
        }
    }
}
