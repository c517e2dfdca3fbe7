@testable import PXLineEditor
import Testing

/// A recalled cell of several lines holds the continuation prompt after each line break in libedit's buffer;
/// the shell and the commands see the text without it.
@Suite struct ContinuationPromptTests {
    func session() throws -> EditLineSession {
        let session = EditLineSession(output: try AboveLineOutput(), completionProvider: nil)
        session.continuationPrompt = "   ...: "
        return session
    }

    @Test func bufferAndLogicalText() throws {
        let s = try session()
        #expect(s.bufferText("def f():\n    return 1") == "def f():\n   ...:     return 1")
        #expect(s.bufferText("one line") == "one line")
        let buffer = "a\n   ...: bc"
        #expect(s.logicalText(buffer, cursor: 12) == ("a\nbc", 4))
        // A cursor inside a prompt counts as the start of its line.
        #expect(s.logicalText(buffer, cursor: 5) == ("a\nbc", 2))
        #expect(s.logicalText(buffer, cursor: 1) == ("a\nbc", 1))
        #expect(s.bufferPosition(3, in: "a\nbc") == 11)
        #expect(s.bufferPosition(1, in: "a\nbc") == 1)
    }

    @Test func paintedPutsThePromptBackBetweenColouredLines() throws {
        let s = try session()
        let blue = { (text: String) in "\u{1B}[34m" + text + "\u{1B}[0m" }
        // The colour open across the line break goes on after the prompt, which is drawn plain.
        #expect(s.painted("'''a\n   ...: b'''", blue) == "\u{1B}[34m'''a\r\n\u{1B}[0m   ...: \u{1B}[34mb'''\u{1B}[0m")
        // A prompt an edit cut short leaves the layout uncertain: nothing is painted.
        #expect(s.painted("a\n  ..: b", blue) == nil)
        // A painted prompt (green, as IPython's) replaces the plain one.
        s.paintedContinuationPrompt = "   \u{1B}[32m...:\u{1B}[39m "
        #expect(s.painted("'''a\n   ...: b'''", blue)
            == "\u{1B}[34m'''a\r\n\u{1B}[0m   \u{1B}[32m...:\u{1B}[39m \u{1B}[34mb'''\u{1B}[0m")
    }

    @Test func wordBoundariesAreLibeditsAndCrossLineBreaks() {
        let text = Array("x = (a.b +\n  c)".unicodeScalars)
        // Backward from the end: past `)`, then the word `c`.
        #expect(EditLineSession.wordBoundary(in: text, from: text.count, forward: false) == 13)
        // From the start of the second line: past the line break, ` +`, then `a.b` (a dot is part of a word).
        #expect(EditLineSession.wordBoundary(in: text, from: 11, forward: false) == 5)
        // Forward from after `a.b`: past ` +`, the line break and the indentation, then `c`.
        #expect(EditLineSession.wordBoundary(in: text, from: 8, forward: true) == 14)
        #expect(EditLineSession.wordBoundary(in: text, from: 0, forward: false) == 0)
        #expect(EditLineSession.wordBoundary(in: text, from: text.count, forward: true) == text.count)
    }
}
