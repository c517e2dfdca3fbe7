import PXRuntime
import PXTestSupport

/// A folder of oracle programs, `NNN-topic.py` with the expected output in `NNN-topic.out`, and its
/// `known-failures.txt` ratchet (`name  # reason` per line): every program not listed must print exactly its
/// `.out`, and every listed one must still differ, so that a fix forces deleting its line.
///
/// A program runs one of three ways (`OracleCorpus+Runs.swift`):
/// - unlisted, in-process through `Interpreter.transcript` (fast, no executable needed);
/// - listed, in a child process (`OracleRunner`, which prints what the in-process run would return), because
///   a program that fails today may trap the interpreter or never end, and that would end the whole test run;
/// - whatever its listing, as `swiftpx run NAME.py` when its first line is `# oracle: script — why`.
///
/// Child processes run from a fresh temporary directory that holds only the program, so a program that
/// writes files writes them there.
struct OracleCorpus: Sendable {
    /// The folder's full path.
    let directory: String
    /// The program names (`NNN-topic` without `.py`, then `bench/NAME` for programs in a subfolder), sorted.
    let programs: [String]
    /// Listed programs and the reason each fails.
    let knownFailures: [String: String]
    /// Lines of `known-failures.txt` that are malformed, repeated or name no program.
    let listProblems: [String]
    /// What printed the expected outputs, for messages (`CPython`, `numpy`).
    let reference: String
    /// Seconds a program run in a child process may take before it is killed (ten times as long for a
    /// program in a subfolder).
    let childTimeout: Double

    /// Reads the corpus in `Tests/PXRuntimeTests/<folder>`.
    /// - Parameters:
    ///   - subfolders: folders inside it whose programs are part of the corpus too. Default none.
    ///   - reference: what printed the `.out` files. Default `CPython`.
    ///   - childTimeout: the time limit of a child run in seconds. Default 60.
    init(folder: String, subfolders: [String] = [], reference: String = "CPython", childTimeout: Double = 60,
         filePath: String = #filePath) {
        let directory = ProcessRunner.packageRoot(from: filePath) + "/Tests/PXRuntimeTests/" + folder
        self.directory = directory
        let numbered = TextFile.names(in: directory, endingWith: ".py").filter { name in
            name.count > 7 && name.prefix(3).allSatisfy(\.isNumber) && name.dropFirst(3).first == "-"
        }
        let nested = subfolders.flatMap { sub in
            TextFile.names(in: "\(directory)/\(sub)", endingWith: ".py").map { "\(sub)/\($0)" }
        }
        programs = (numbered + nested).map { String($0.dropLast(3)) }
        self.reference = reference
        self.childTimeout = childTimeout
        let list = KnownFailures(file: directory + "/known-failures.txt")
        var problems = list.problems
        let names = Set(programs)
        problems += list.reasons.keys.filter { !names.contains($0) }.sorted().map { "not a program: \($0)" }
        knownFailures = list.reasons
        listProblems = problems
    }

    /// The names of programs that have no `.out` file.
    var programsWithoutOutput: [String] {
        programs.filter { TextFile.read("\(directory)/\($0).out") == nil }
    }

    /// Checks one program against the ratchet.
    /// - Returns: nil when it holds, else what is wrong (with a short diff for an unexpected difference).
    func problem(with name: String) -> String? {
        let path = "\(directory)/\(name)"
        guard let source = TextFile.read(path + ".py"), let expected = TextFile.read(path + ".out") else {
            return "\(name): the .py or .out file is missing (regenerate.sh writes the .out files)"
        }
        let actual: String
        do {
            if source.hasPrefix(OracleCorpus.scriptMarker) {
                actual = try runAsScript(name, source: source)
            } else if knownFailures[name] != nil {
                actual = try runInChild(name, source: source)
            } else {
                actual = Interpreter.transcript(of: source, fileName: OracleCorpus.fileName(of: name), ending: .script)
            }
        } catch {
            return "\(name): \(error)"
        }
        switch (knownFailures[name], actual == expected) {
        case (let reason?, true):
            return "\(name) now prints what \(reference) prints: delete its line from known-failures.txt (\(reason))"
        case (nil, false):
            return "\(name) differs from \(reference) (fix it; a program that fails for now belongs in known-failures.txt)\n"
                + diff(expected: expected, actual: actual)
        default:
            return nil
        }
    }

    /// A short line diff: the first differing line and a few after it, from both sides.
    func diff(expected: String, actual: String, context: Int = 4) -> String {
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < want.count, first < got.count, want[first] == got[first] { first += 1 }
        let label = reference + ":"
        let width = max(label.count, "swiftpx:".count) + 1
        func excerpt(_ lines: [Substring], _ mark: String) -> [String] {
            lines[min(first, lines.count)..<min(first + context, lines.count)].map { line in
                mark + (line.count > 160 ? line.prefix(160) + "…" : line)
            }
        }
        let header = "first difference at line \(first + 1) (\(reference) \(want.count) lines, swiftpx \(got.count)):"
        func padded(_ text: String) -> String { text + String(repeating: " ", count: width - text.count) }
        let ours = "- " + padded(label)
        let theirs = "+ " + padded("swiftpx:")
        return ([header] + excerpt(want, ours) + excerpt(got, theirs)).joined(separator: "\n")
    }
}
