import Testing

@testable import PXLineEditor

@Suite struct CompletionTests {
    @Test(arguments: [
        ([], ""),
        (["print"], "print"),
        (["print", "pow"], "p"),
        (["math.sqrt", "math.sin"], "math.s"),
        (["math.sqrt", "math.sqrt"], "math.sqrt"),
        (["abc", "xyz"], ""),
        (["abc", "ab", "abcd"], "ab"),
        (["café", "cafés"], "café"),
        (["e\u{301}a", "e\u{301}b"], "e\u{301}"),
        (["e\u{301}", "e"], ""),
    ])
    func longestCommonPrefix(strings: [String], expected: String) {
        #expect(Completion.longestCommonPrefix(of: strings) == expected)
    }

    @Test func uniqueCandidatesAreSortedWithoutDuplicates() {
        let completion = Completion(wordStart: "".endIndex, candidates: ["pow", "print", "pow", "abs"])
        #expect(completion.uniqueCandidates == ["abs", "pow", "print"])
    }

    @Test func noneIsEmptyAtTheEnd() {
        let text = "x = 1"
        let completion = Completion.none(in: text)
        #expect(completion.candidates.isEmpty)
        #expect(completion.wordStart == text.endIndex)
    }
}
