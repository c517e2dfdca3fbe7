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
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".py") { names.append(String(name.dropLast(3))) }
        }
        return names.sorted()
    }

    static func read(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
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
