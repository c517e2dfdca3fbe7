/// Completes the word before the cursor from a fixed list.
///
/// A word is the longest run of letters, digits, `_`, `.` and `%` that ends
/// at the cursor, so `math.sq` completes to `math.sqrt` and `%au` to `%autopx`.
/// Candidates are the listed words that start with it.
public struct WordListCompletionProvider: CompletionProvider, Sendable {
    /// The words offered, e.g. `["print(", "math.sqrt("]`.
    public var words: [String]

    /// Creates a provider over a list of words.
    /// - Parameter words: The words offered.
    public init(words: [String]) {
        self.words = words
    }

    /// Completes the word ending at the end of `textBeforeCursor`.
    /// - Parameter textBeforeCursor: The line up to the cursor.
    /// - Returns: The word's start and the listed words that extend it.
    public func completions(for textBeforeCursor: String) -> Completion {
        var start = textBeforeCursor.endIndex
        while start > textBeforeCursor.startIndex {
            let previous = textBeforeCursor.index(before: start)
            guard Self.isWordCharacter(textBeforeCursor[previous]) else { break }
            start = previous
        }
        let word = textBeforeCursor[start...]
        return Completion(wordStart: start, candidates: words.filter { $0.hasPrefix(word) })
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "." || character == "%"
    }
}
