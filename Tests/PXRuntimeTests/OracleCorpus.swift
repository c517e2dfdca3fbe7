import PXRuntime
import PXTestSupport

/// A folder of oracle programs, `NNN-topic.py` with the expected output in `NNN-topic.out`, and its
/// `known-failures.txt` ratchet (`name  # reason` per line): every program not listed must print exactly its
/// `.out`, and every listed one must still differ, so that a fix forces deleting its line.
///
/// Unlisted programs run in-process, through `evaluate`. Listed ones run in a child process (`OracleRunner`,
/// which prints what `evaluate` returns), because a program that fails today may trap the interpreter, and a
/// trap in-process would end the whole test run.
struct OracleCorpus: Sendable {
    /// The folder's full path.
    let directory: String
    /// The program names (`NNN-topic`, without `.py`), sorted.
    let programs: [String]
    /// Listed programs and the reason each fails.
    let knownFailures: [String: String]
    /// Lines of `known-failures.txt` that are malformed, repeated or name no program.
    let listProblems: [String]

    /// Seconds a listed program may run in its child process.
    static let childTimeout = 60.0

    /// Reads the corpus in `Tests/PXRuntimeTests/<folder>`.
    init(folder: String, filePath: String = #filePath) {
        directory = ProcessRunner.packageRoot(from: filePath) + "/Tests/PXRuntimeTests/" + folder
        programs = TextFile.names(in: directory, endingWith: ".py").map { String($0.dropLast(3)) }.filter { name in
            name.count > 4 && name.prefix(3).allSatisfy(\.isNumber) && name.dropFirst(3).first == "-"
        }
        var failures: [String: String] = [:]
        var problems: [String] = []
        let text = TextFile.read(directory + "/known-failures.txt") ?? ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.trimming(" \t")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let hash = trimmed.firstIndex(of: "#") else {
                problems.append("no '# reason': \(trimmed)")
                continue
            }
            let name = trimmed[..<hash].trimming(" \t")
            let reason = trimmed[trimmed.index(after: hash)...].trimming(" \t")
            if reason.isEmpty { problems.append("empty reason: \(trimmed)") }
            if failures[name] != nil { problems.append("listed twice: \(name)") }
            failures[name] = reason
        }
        let names = Set(programs)
        problems += failures.keys.filter { !names.contains($0) }.sorted().map { "not a program: \($0)" }
        knownFailures = failures
        listProblems = problems
    }

    /// Checks one program against the ratchet.
    /// - Returns: nil when it holds, else what is wrong (with a short diff for an unexpected difference).
    func problem(with name: String) -> String? {
        let path = "\(directory)/\(name)"
        guard let source = TextFile.read(path + ".py"), let expected = TextFile.read(path + ".out") else {
            return "\(name): the .py or .out file is missing (regenerate.sh writes the .out files)"
        }
        if let reason = knownFailures[name] {
            guard let runner = BuiltProduct.executable(named: "OracleRunner") else {
                return "\(name): OracleRunner is not built (swift build --build-tests builds it)"
            }
            let run = ProcessRunner.run(runner, [path + ".py"], environment: ["SWIFT_BACKTRACE": "enable=no"],
                                        timeout: Self.childTimeout)
            if run.isSuccess, run.output == expected {
                return "\(name) now prints what numpy prints: delete its line from known-failures.txt (\(reason))"
            }
            return nil
        }
        let actual = evaluate(source)
        if actual == expected { return nil }
        return "\(name) differs from numpy (fix it; a program that fails for now belongs in known-failures.txt)\n"
            + OracleCorpus.diff(expected: expected, actual: actual)
    }

    /// A short line diff: the first differing line and a few after it, from both sides.
    static func diff(expected: String, actual: String, context: Int = 4) -> String {
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < want.count, first < got.count, want[first] == got[first] { first += 1 }
        func excerpt(_ lines: [Substring], _ mark: String) -> [String] {
            lines[min(first, lines.count)..<min(first + context, lines.count)].map { line in
                mark + (line.count > 160 ? line.prefix(160) + "…" : line)
            }
        }
        let header = "first difference at line \(first + 1) (numpy \(want.count) lines, swiftpx \(got.count)):"
        return ([header] + excerpt(want, "- numpy:   ") + excerpt(got, "+ swiftpx: ")).joined(separator: "\n")
    }
}
