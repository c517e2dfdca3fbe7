import PXRuntime

/// A corpus's `known-failures.txt`: the programs swiftpx does not yet run as CPython does, one per line as
/// `name  # reason`, a ratchet: a listed program must still differ, so a fix forces deleting its line.
///
/// A reason that starts with `crashes` or `hangs` marks a program that would take the test process down or
/// never end; the harness runs it in a child process with a time limit while it is listed.
struct KnownFailures {
    /// One listed program.
    struct Entry {
        /// Why it differs (the text after `#`).
        var reason: String

        /// Whether it must run in a child process: it crashes or hangs today.
        var isUnsafe: Bool { reason.hasPrefix("crashes") || reason.hasPrefix("hangs") }
    }

    /// The listed programs by name.
    private(set) var entries: [String: Entry] = [:]
    /// Lines that are not `name  # reason`, or repeat a name, as messages for the test that checks the file.
    private(set) var problems: [String] = []

    /// Parses the text of a `known-failures.txt` (blank lines and lines starting with `#` are ignored).
    init(text: String) {
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimming(" \t")
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let hash = line.firstIndex(of: "#") else {
                problems.append("line \(index + 1) has no '# reason': \(line)")
                continue
            }
            let name = line[..<hash].trimming(" \t")
            let reason = line[line.index(after: hash)...].trimming(" \t")
            if name.isEmpty || reason.isEmpty || name.contains(" ") {
                problems.append("line \(index + 1) is not 'name  # reason': \(line)")
            } else if entries[name] != nil {
                problems.append("line \(index + 1) lists \(name) a second time")
            } else {
                entries[name] = Entry(reason: reason)
            }
        }
    }

    /// The entry for `name`, if it is listed.
    subscript(name: String) -> Entry? { entries[name] }
}
