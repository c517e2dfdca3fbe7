/// A plain-text table: a header row and rows of cells, columns separated by two spaces, numbers
/// right-aligned and words left-aligned.
public struct TextTable {
    /// How a column's cells line up.
    public enum Alignment: Sendable { case left, right }

    /// The width of a column of durations (`TimeFormat`: `1.23 ms`), so that headers stay put whatever the
    /// values.
    public static let durationWidth = 7

    let headers: [String]
    let alignments: [Alignment]
    let minimumWidths: [Int]
    var rows: [[String]] = []

    /// Creates a table with these column headers, alignments and, optionally, minimum widths.
    public init(_ columns: [(header: String, alignment: Alignment)], minimumWidths: [String: Int] = [:]) {
        headers = columns.map(\.header)
        alignments = columns.map(\.alignment)
        self.minimumWidths = headers.map { minimumWidths[$0] ?? 0 }
    }

    /// Adds a row (missing cells are blank).
    public mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    /// The table's lines, each indented by `indent` spaces, without trailing spaces.
    public func render(indent: Int = 0) -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { column in
            max(minimumWidths[column], all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0)
        }
        let margin = String(repeating: " ", count: indent)
        return all.map { row in
            let cells = headers.indices.map { column -> String in
                let text = column < row.count ? row[column] : ""
                let fill = String(repeating: " ", count: widths[column] - text.count)
                return alignments[column] == .right ? fill + text : text + fill
            }
            var line = margin + cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
