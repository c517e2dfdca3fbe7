import Foundation
import PXTestSupport
import Testing

/// ipyparallel scripts and what they print under python3 with ipyparallel 9.2 and two engines
/// (`IPyParallel/NAME.py` and `NAME.out`; `IPyParallel/regenerate.sh` makes the `.out` files with the real
/// thing). Each script runs as `swiftpx run -n 2 NAME.py` and must print exactly its `.out`, unless
/// `known-failures.txt` lists it (then it must still differ, so that a fix forces deleting its line).
@Suite("ipyparallel scripts print what they print with ipyparallel 9.2")
struct IPyParallelCorpusTests {
    static let directory = ProcessRunner.packageRoot(from: #filePath) + "/Tests/ClusterTests/IPyParallel"
    static let scripts = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        .filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
    static let knownFailures = KnownFailures(file: directory + "/known-failures.txt")

    @Test("known-failures.txt lists scripts of the corpus, each once with a reason")
    func list() {
        #expect(Self.knownFailures.problems.isEmpty, "\(Self.knownFailures.problems)")
        let unknown = Self.knownFailures.reasons.keys.filter { !Self.scripts.contains($0) }
        #expect(unknown.isEmpty, "not a script: \(unknown.sorted())")
        #expect(Self.scripts.count >= 8)
    }

    @Test("prints what python3 prints with ipyparallel, or is a listed known failure", arguments: scripts)
    func script(_ name: String) throws {
        let sandbox = try ClusterSandbox()
        guard let expected = try? String(contentsOfFile: "\(Self.directory)/\(name).out", encoding: .utf8) else {
            Issue.record("\(name).out is missing (regenerate.sh writes it)")
            return
        }
        // The script runs from its own folder, as a copy, so that files it writes stay in the sandbox.
        let copy = sandbox.directory.file("\(name).py")
        try FileManager.default.copyItem(atPath: "\(Self.directory)/\(name).py", toPath: copy)
        let result = sandbox.swiftpx(["run", "-n", "2", copy], timeout: 180)
        let matches = result.output == expected
        if let reason = Self.knownFailures.reasons[name] {
            #expect(!matches, "\(name) now matches ipyparallel: delete its line from known-failures.txt (\(reason))")
        } else {
            #expect(matches, "\(name) differs from ipyparallel 9.2:\n--- expected\n\(expected)--- swiftpx\n\(result.output)")
        }
        #expect(sandbox.waitForNoProcesses().isEmpty, "the script's engines exited")
    }
}
