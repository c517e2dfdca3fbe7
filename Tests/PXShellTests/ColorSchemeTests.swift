@testable import PXShell
import Testing

/// Tracebacks in IPython's Context form, painted with the colours IPython 9.19 uses in its Linux scheme
/// (captured from `ipython --colors=Linux`).
@Suite("Colour scheme")
struct ColorSchemeTests {
    let colors = ColorScheme(isEnabled: true)

    @Test("the rule, heading, Cell line, arrow, context numbers and exception name")
    func contextTraceback() {
        let text = """
            ---------------------------------------------------------------------------
            ZeroDivisionError                         Traceback (most recent call last)
            Cell In[2], line 3, in g(a)
                  2     x = 1
            ----> 3     return a / 0

            ZeroDivisionError: division by zero
            """
        let painted = colors.traceback(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(painted[0] == "\u{1B}[91m" + String(repeating: "-", count: 75) + "\u{1B}[39m")
        #expect(painted[1] == "\u{1B}[91mZeroDivisionError\u{1B}[39m                         Traceback (most recent call last)")
        #expect(painted[2] == "\u{1B}[96mCell\u{1B}[39m\u{1B}[96m \u{1B}[39m\u{1B}[32mIn[2]\u{1B}[39m\u{1B}[32m, line 3\u{1B}[39m"
            + ", in \u{1B}[36mg\u{1B}[39m\u{1B}[94m(a)\u{1B}[39m")
        #expect(painted[3] == "\u{1B}[92m      2\u{1B}[39m     x = 1")
        #expect(painted[4] == "\u{1B}[92m----> \u{1B}[39m\u{1B}[92m3\u{1B}[39m     return a / 0")
        #expect(painted[6] == "\u{1B}[91mZeroDivisionError\u{1B}[39m: division by zero")
        #expect(ColorScheme(isEnabled: false).traceback(text) == text)
    }
}
