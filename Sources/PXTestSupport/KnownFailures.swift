/// An oracle corpus's `known-failures.txt`: the programs that do not print the reference output yet, one per
/// line as `name  # reason` (blank lines and lines starting with `#` are comments). The corpus tests treat it
/// as a ratchet: a listed program must still differ, so a fix forces deleting its line.
public struct KnownFailures: Sendable {
    /// The listed programs and the reason each fails.
    public let reasons: [String: String]
    /// Lines that have no reason or list a program a second time, as messages.
    public let problems: [String]

    /// Parses the text of a `known-failures.txt`.
    public init(text: String) {
        var reasons: [String: String] = [:]
        var problems: [String] = []
        for line in text.split(separator: "\n") {
            let trimmed = KnownFailures.trimmed(line)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let hash = trimmed.firstIndex(of: "#") else {
                problems.append("no '# reason': \(trimmed)")
                continue
            }
            let name = KnownFailures.trimmed(trimmed[..<hash])
            let reason = KnownFailures.trimmed(trimmed[trimmed.index(after: hash)...])
            if reason.isEmpty { problems.append("empty reason: \(trimmed)") }
            if reasons[name] != nil { problems.append("listed twice: \(name)") }
            reasons[name] = reason
        }
        self.reasons = reasons
        self.problems = problems
    }

    /// Reads the file at `path`; a missing file lists nothing.
    public init(file path: String) {
        self.init(text: ProcessRunner.readFile(path))
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
