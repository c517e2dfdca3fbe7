@testable import PXShell
import Testing

/// Colouring typed code: IPython's Linux scheme, and the characters left exactly as typed.
@Suite("Input highlighter")
struct InputHighlighterTests {
    /// The text without its colour sequences.
    func plain(_ text: String) -> String {
        var out = ""
        var skipping = false
        for c in text {
            if c == "\u{1B}" { skipping = true; continue }
            if skipping { if c == "m" { skipping = false }; continue }
            out.append(c)
        }
        return out
    }

    @Test("keywords, strings, numbers, operators and comments get IPython's Linux colours")
    func colours() {
        #expect(InputHighlighter.highlight("def f(x): return x + 1.5  # done") ==
            "\u{1B}[1;32mdef\u{1B}[0m f(x)\u{1B}[0;33m:\u{1B}[0m \u{1B}[1;32mreturn\u{1B}[0m x \u{1B}[0;33m+\u{1B}[0m "
            + "\u{1B}[1;36m1.5\u{1B}[0m  \u{1B}[1;31m# done\u{1B}[0m")
        #expect(InputHighlighter.highlight("s = f'a{b}' + r\"c\"") ==
            "s \u{1B}[0;33m=\u{1B}[0m \u{1B}[1;34mf'a{b}'\u{1B}[0m \u{1B}[0;33m+\u{1B}[0m \u{1B}[1;34mr\"c\"\u{1B}[0m")
    }

    @Test("the characters stay as typed, also for text left open", arguments: [
        "x = 'not closed", "'''doc\nstring", "print('a\\'b', 1e-3, 0x1F)", "lv.map(lambda x: x ** 2, range(10))",
        "if a >= b and not c: pass", "", "%px import os", "d['key']", "ünïcode = 1",
    ])
    func charactersKept(_ text: String) {
        #expect(plain(InputHighlighter.highlight(text)) == text)
    }
}
