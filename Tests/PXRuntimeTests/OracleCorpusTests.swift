import PXRuntime
import PXTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Every program of the CPython corpus prints exactly what `python3` printed (stored in `NAME.out`).
@Suite("CPython oracle corpus")
struct OracleCorpusTests {
    static let directory = ProcessRunner.packageRoot(from: #filePath) + "/Tests/PXRuntimeTests/Oracle"

    static var programs: [String] {
        TextFile.names(in: directory, endingWith: ".py").map { String($0.dropLast(3)) }
    }

    static func read(_ path: String) -> String? {
        TextFile.read(path)
    }

    @Test("the corpus is there")
    func corpusExists() {
        #expect(OracleCorpusTests.programs.count >= 40)
    }

    @Test("matches CPython", arguments: OracleCorpusTests.programs)
    func matches(name: String) throws {
        let source = try #require(OracleCorpusTests.read("\(OracleCorpusTests.directory)/\(name).py"))
        let expected = try #require(OracleCorpusTests.read("\(OracleCorpusTests.directory)/\(name).out"))
        let actual = evaluate(source)
        #expect(actual == expected)
    }
}
