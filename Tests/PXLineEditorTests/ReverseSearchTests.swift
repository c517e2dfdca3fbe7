@testable import PXLineEditor
import Testing

/// Ctrl-R's search, key by key, over a fixed history (newest first).
@Suite struct ReverseSearchTests {
    let history = ["total = a + b", "b = 22", "a = 11"]
    func entry(_ offset: Int) -> String? { offset < history.count ? history[offset] : nil }

    func type(_ text: String, into search: inout ReverseSearch) {
        for key in text.unicodeScalars { #expect(search.handle(key, moreInputWaiting: false, entry: entry) == .searching) }
    }

    @Test func typingFindsTheNewestEntryContainingTheText() {
        var search = ReverseSearch(original: "typed")
        #expect(search.prompt == "(reverse-i-search)`': ")
        type("b", into: &search)
        #expect(search.match == "total = a + b")
        type(" =", into: &search)
        #expect(search.match == "b = 22")
        #expect(search.prompt == "(reverse-i-search)`b =': ")
    }

    @Test func ctrlRFindsAnOlderMatchAndANonMatchSaysFailed() {
        var search = ReverseSearch(original: "")
        type("a", into: &search)
        #expect(search.match == "total = a + b")
        #expect(search.handle("\u{12}", moreInputWaiting: false, entry: entry) == .searching)
        #expect(search.match == "a = 11")
        type("x", into: &search)
        #expect(search.prompt == "(failed reverse-i-search)`ax': ")
        #expect(search.match == "a = 11")
        #expect(search.handle("\u{7F}", moreInputWaiting: false, entry: entry) == .searching)
        #expect(search.prompt == "(reverse-i-search)`a': ")
    }

    @Test func ctrlGLeavesWithTheTypedLineEscAndOtherKeysWithTheMatch() {
        var search = ReverseSearch(original: "typed")
        type("22", into: &search)
        var copy = search
        #expect(copy.handle("\u{07}", moreInputWaiting: false, entry: entry) == .leave(text: "typed", keys: []))
        copy = search
        #expect(copy.handle("\u{1B}", moreInputWaiting: false, entry: entry) == .leave(text: "b = 22", keys: []))
        copy = search
        // An arrow key: Esc starts its sequence, which goes on to the editor.
        #expect(copy.handle("\u{1B}", moreInputWaiting: true, entry: entry) == .leave(text: "b = 22", keys: ["\u{1B}"]))
        copy = search
        #expect(copy.handle("\r", moreInputWaiting: false, entry: entry) == .leave(text: "b = 22", keys: ["\r"]))
    }
}
