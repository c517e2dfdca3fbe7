/// One unit of input the shell runs: code, a line magic, or a cell magic with its body.
struct InputCell {
    enum Kind {
        case code
        case lineMagic(name: String, arguments: String)
        case cellMagic(name: String, arguments: String, body: String)
    }

    var kind: Kind
    /// The lines as typed.
    var lines: [String]
    /// The line number of the first line in the input stream.
    var firstLine: Int

    var source: String { lines.joined(separator: "\n") }

    /// The cell as one history entry, recalled whole by Up: its lines (with a cell magic's body), without the
    /// blank line that ended a block.
    var historyEntry: String {
        var all = lines
        if case .cellMagic(_, _, let body) = kind { all += body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        while let last = all.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { all.removeLast() }
        return all.joined(separator: "\n")
    }

    /// Classifies the first line of a cell.
    static func magicName(_ line: String) -> (name: String, arguments: String, isCell: Bool)? {
        let trimmed = line.drop { $0 == " " }
        guard trimmed.hasPrefix("%") else { return nil }
        let isCell = trimmed.hasPrefix("%%")
        let rest = trimmed.dropFirst(isCell ? 2 : 1)
        let name = rest.prefix { !$0.isWhitespace }
        guard !name.isEmpty else { return nil }
        let arguments = rest.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
        return (String(name), String(arguments), isCell)
    }
}
