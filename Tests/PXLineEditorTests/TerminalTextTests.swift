import Testing

@testable import PXLineEditor

@Suite struct TerminalTextTests {
    @Test func plainPromptIsUnchanged() {
        #expect(TerminalText.markingEscapeSequences("In [3]: ") == "In [3]: ")
        #expect(TerminalText.promptWidth("[px] In [3]: ") == 13)
    }

    @Test func colourSequencesAreMarkedAndNotCounted() {
        let prompt = "\u{1B}[32mIn [\u{1B}[1;32m3\u{1B}[0;32m]: \u{1B}[0m"
        let marked = TerminalText.markingEscapeSequences(prompt)
        #expect(marked == "\u{1}\u{1B}[32m\u{1}In [\u{1}\u{1B}[1;32m\u{1}3\u{1}\u{1B}[0;32m\u{1}]: \u{1}\u{1B}[0m\u{1}")
        #expect(TerminalText.promptWidth(prompt) == 8)
    }

    @Test func titleSequenceEndsAtBell() {
        let prompt = "\u{1B}]0;swiftpx\u{7}> "
        #expect(TerminalText.markingEscapeSequences(prompt) == "\u{1}\u{1B}]0;swiftpx\u{7}\u{1}> ")
        #expect(TerminalText.removingEscapeSequences(prompt) == "> ")
    }

    @Test func controlCharactersShowAsTwoColumns() {
        #expect(TerminalText.displayWidth("a\u{3}b") == 4)
    }

    @Test func rawModeLinesUseCarriageReturns() {
        #expect(TerminalText.rawModeLines("a\nb") == "a\r\nb\r\n")
        #expect(TerminalText.rawModeLines("a\n") == "a\r\n")
        #expect(TerminalText.rawModeLines("") == "\r\n")
        #expect(TerminalText.rawModeLines("a\r\nb\r\n") == "a\r\nb\r\n")
    }
}
