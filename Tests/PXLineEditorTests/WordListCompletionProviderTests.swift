import PXLineEditor
import Testing

@Suite struct WordListCompletionProviderTests {
    let provider = WordListCompletionProvider(words: ["print", "pow", "math.sqrt", "math.sin", "%autopx", "len"])

    @Test(arguments: [
        ("pri", "pri", ["print"]),
        ("x = p", "p", ["print", "pow"]),
        ("y = math.sq", "math.sq", ["math.sqrt"]),
        ("%au", "%au", ["%autopx"]),
        ("print(le", "le", ["len"]),
        ("print(", "", ["print", "pow", "math.sqrt", "math.sin", "%autopx", "len"]),
        ("zzz", "zzz", []),
    ])
    func completesTheWordBeforeTheCursor(text: String, word: String, candidates: [String]) {
        let completion = provider.completions(for: text)
        #expect(String(text[completion.wordStart...]) == word)
        #expect(completion.candidates == candidates)
    }

    @Test func wordMayContainNonASCIILetters() {
        let provider = WordListCompletionProvider(words: ["café_au_lait"])
        let completion = provider.completions(for: "x = caf")
        #expect(completion.candidates == ["café_au_lait"])
        let accented = provider.completions(for: "x = café")
        #expect(String("x = café"[accented.wordStart...]) == "café")
    }
}
