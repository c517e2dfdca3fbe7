/// Lays out completion candidates in columns, like readline.
///
/// Items fill the columns top to bottom, then left to right. Each column is
/// as wide as the widest item plus two spaces; there are as many columns as
/// fit the terminal, and at least one.
enum CompletionListLayout {
    /// Space between columns.
    static let gap = 2

    /// The lines that list `items`.
    /// - Parameters:
    ///   - items: The items, in the order to list them.
    ///   - width: The terminal width in columns; 0 or less means 80.
    /// - Returns: One string per screen line, without trailing spaces.
    static func lines(for items: [String], width: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let width = width > 0 ? width : 80
        let widths = items.map(TerminalText.displayWidth)
        let columnWidth = (widths.max() ?? 0) + gap
        let columns = max(1, (width + gap) / columnWidth)
        let rows = (items.count + columns - 1) / columns
        var lines: [String] = []
        lines.reserveCapacity(rows)
        for row in 0..<rows {
            var line = ""
            var column = row
            while column < items.count {
                let next = column + rows
                line += items[column]
                if next < items.count {
                    line += String(repeating: " ", count: columnWidth - widths[column])
                }
                column = next
            }
            lines.append(line)
        }
        return lines
    }
}
