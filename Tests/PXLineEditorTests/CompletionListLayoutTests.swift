import Testing

@testable import PXLineEditor

@Suite struct CompletionListLayoutTests {
    @Test func twoShortItemsShareOneLine() {
        #expect(CompletionListLayout.lines(for: ["math.sin", "math.sqrt"], width: 120) == ["math.sin   math.sqrt"])
    }

    @Test func itemsFillColumnsTopToBottom() {
        // Column width 3 + 2 = 5; (12 + 2) / 5 = 2 columns; 5 items need 3 rows.
        let lines = CompletionListLayout.lines(for: ["a", "bb", "ccc", "d", "e"], width: 12)
        #expect(lines == ["a    d", "bb   e", "ccc"])
    }

    @Test func exactFitUsesAllColumns() {
        // Three columns of width 4 + 2 need 3 * 6 - 2 = 16 columns.
        let lines = CompletionListLayout.lines(for: ["aaaa", "bbbb", "cccc"], width: 16)
        #expect(lines == ["aaaa  bbbb  cccc"])
        #expect(CompletionListLayout.lines(for: ["aaaa", "bbbb", "cccc"], width: 15) == ["aaaa  cccc", "bbbb"])
    }

    @Test func itemWiderThanTheTerminalGetsItsOwnLine() {
        let wide = String(repeating: "x", count: 30)
        #expect(CompletionListLayout.lines(for: [wide, "y"], width: 20) == [wide, "y"])
    }

    @Test func noItemsNoLines() {
        #expect(CompletionListLayout.lines(for: [], width: 80).isEmpty)
    }

    @Test func unknownWidthMeansEightyColumns() {
        let items = (0..<20).map { "item\($0 < 10 ? "0" : "")\($0)" }
        // Width 6 + 2 = 8; (80 + 2) / 8 = 10 columns; 2 rows.
        let lines = CompletionListLayout.lines(for: items, width: 0)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("item00  item02  item04"))
        #expect(lines.allSatisfy { $0.count <= 80 && !$0.hasSuffix(" ") })
    }
}
