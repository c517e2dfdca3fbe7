@preconcurrency import CEditLine
@preconcurrency import Glibc

extension EditLineSession {
    /// Handles Tab: asks the provider, then inserts the completion or lists the candidates.
    /// - Returns: A libedit `CC_*` code telling it how to refresh.
    func complete() -> UInt8 {
        guard let completionProvider, let editLine else { return UInt8(CC_REFRESH_BEEP) }
        let (text, cursor) = lineAndCursor(editLine)
        let before = String(String.UnicodeScalarView(text.unicodeScalars.prefix(cursor)))
        let completion = completionProvider.completions(for: before)
        let wordStart =
            (before.startIndex...before.endIndex).contains(completion.wordStart)
            ? completion.wordStart : before.endIndex
        let word = String(before.unicodeScalars[wordStart...])
        let candidates = completion.uniqueCandidates
        guard let first = candidates.first else { return UInt8(CC_REFRESH_BEEP) }

        let target = candidates.count == 1 ? first : Completion.longestCommonPrefix(of: candidates)
        let extendsWord = target.unicodeScalars.starts(with: word.unicodeScalars)
        if candidates.count == 1 || (extendsWord && target.unicodeScalars.count > word.unicodeScalars.count) {
            guard target != word else { return UInt8(CC_NORM) }
            replace(word, with: target, in: editLine)
            return UInt8(CC_REFRESH)
        }
        listBelowLine(candidates, columns: Int(px_el_get_columns(editLine)))
        return UInt8(CC_REDISPLAY)
    }

    /// Replaces `word`, which ends at the cursor, by `replacement`.
    private func replace(_ word: String, with replacement: String, in editLine: OpaquePointer) {
        let wordScalars = word.unicodeScalars
        var insertion = Substring(replacement)
        if replacement.unicodeScalars.starts(with: wordScalars) {
            insertion = Substring(replacement.unicodeScalars.dropFirst(wordScalars.count))
        } else if !wordScalars.isEmpty {
            el_deletestr(editLine, Int32(wordScalars.count))
        }
        if !insertion.isEmpty {
            _ = String(insertion).withCString { el_insertstr(editLine, $0) }
        }
    }

    /// Prints the candidates in columns below the line; libedit then redraws
    /// the prompt and line under the list when it handles `CC_REDISPLAY`.
    private func listBelowLine(_ candidates: [String], columns: Int) {
        let rows = editRows()
        var out = rows.last > rows.cursor ? "\u{1B}[\(rows.last - rows.cursor)B" : ""
        out += "\r\n\u{1B}[J"
        for line in CompletionListLayout.lines(for: candidates, width: columns) {
            out += line + "\r\n"
        }
        out += String(repeating: "\n", count: rows.cursor)
        StandardOutput.write(out)
    }
}
