import PXRuntime
import Testing

/// The pretty printer on its own: widths, nesting, cycles and truncation; the expected texts are what
/// `IPython.lib.pretty.pretty(value, max_width=N)` returns (IPythonOracleTests checks whole sessions).
@Suite("Pretty printer")
struct PrettyPrinterTests {
    func list(_ items: [Value]) -> Value { .list(ListObject(items)) }
    func ints(_ range: Range<Int>) -> Value { list(range.map { .int($0) }) }

    @Test("a container that fits stays on one line; one that does not puts each element on its own line")
    func breaksOnlyWhenNeeded() {
        #expect(PrettyPrinter(maxWidth: 30).format(ints(0..<10)) == "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]")
        #expect(PrettyPrinter(maxWidth: 29).format(ints(0..<10)) == "[0,\n 1,\n 2,\n 3,\n 4,\n 5,\n 6,\n 7,\n 8,\n 9]")
    }

    @Test("nested containers break only where they overflow, indented under their brackets")
    func nesting() {
        let value = list([ints(0..<3), ints(0..<12), .str("end")])
        #expect(PrettyPrinter(maxWidth: 45).format(value) == """
            [[0, 1, 2],
             [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
             'end']
            """)
        #expect(PrettyPrinter(maxWidth: 20).format(value) == """
            [[0, 1, 2],
             [0,
              1,
              2,
              3,
              4,
              5,
              6,
              7,
              8,
              9,
              10,
              11],
             'end']
            """)
    }

    @Test("a list inside itself prints as [...]; past 1000 items come ...")
    func cyclesAndTruncation() {
        let inner = ListObject([.int(1)])
        inner.items.append(.list(inner))
        #expect(PrettyPrinter().format(.list(inner)) == "[1, [...]]")
        let long = PrettyPrinter(maxWidth: 10_000).format(ints(0..<1001))
        #expect(long.hasSuffix(" 997, 998, 999, ...]"))
    }

    @Test("one-element tuples keep their comma; empty sets print as set()")
    func specialForms() {
        #expect(PrettyPrinter().format(.tuple([.int(1)])) == "(1,)")
        #expect(PrettyPrinter().format(.set(SetObject())) == "set()")
    }
}
