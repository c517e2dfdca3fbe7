/// Quoting for the command lines that `ssh` hands to the remote shell.
enum ShellQuoting {
    /// `text` as one POSIX shell word: unchanged when it holds only safe characters, else in single quotes.
    static func quote(_ text: String) -> String {
        let safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%"
        if !text.isEmpty && text.allSatisfy({ safe.contains($0) }) { return text }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// Several words quoted and joined with spaces.
    static func join(_ words: [String]) -> String {
        words.map(quote).joined(separator: " ")
    }

    /// `text` reduced to characters safe in a file name.
    static func fileNamePart(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" })
    }
}
