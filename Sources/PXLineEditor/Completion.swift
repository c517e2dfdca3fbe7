/// The answer of a `CompletionProvider`: which word to replace, and with what.
public struct Completion: Sendable, Hashable {
    /// Where the word being completed starts, as an index into the text the
    /// provider was given. The word runs from here to the cursor.
    public var wordStart: String.Index
    /// Full replacements for the word, in any order; duplicates are ignored.
    public var candidates: [String]

    /// Creates a completion.
    /// - Parameters:
    ///   - wordStart: Start of the word in the text passed to the provider.
    ///   - candidates: Replacements for the word.
    public init(wordStart: String.Index, candidates: [String]) {
        self.wordStart = wordStart
        self.candidates = candidates
    }

    /// No completion for `text`: the editor beeps.
    /// - Parameter text: The text passed to the provider.
    public static func none(in text: String) -> Completion {
        Completion(wordStart: text.endIndex, candidates: [])
    }

    /// The candidates without duplicates, sorted as they are listed.
    var uniqueCandidates: [String] {
        Array(Set(candidates)).sorted()
    }

    /// The longest prefix shared by all strings, in whole characters.
    /// - Parameter strings: The strings to compare; empty gives `""`.
    static func longestCommonPrefix(of strings: [String]) -> String {
        guard let first = strings.first else { return "" }
        var prefix = Substring(first)
        for string in strings.dropFirst() {
            var shared = prefix.startIndex
            var other = string.startIndex
            while shared < prefix.endIndex, other < string.endIndex, prefix[shared] == string[other] {
                shared = prefix.index(after: shared)
                other = string.index(after: other)
            }
            prefix = prefix[..<shared]
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }
}
