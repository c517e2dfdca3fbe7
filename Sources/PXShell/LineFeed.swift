import PXLineEditor

/// Lines from a `LineReader`, with look-ahead for piped input (a blank line inside a block only ends the
/// block when the next line is not indented).
final class LineFeed {
    let reader: any LineReader
    /// Whether lines come from a person at a terminal (no look-ahead, prompts shown by the editor).
    let isInteractive: Bool
    var pending: [LineInput] = []
    /// Number of lines consumed so far (for error line numbers in a piped stream).
    private(set) var lineNumber = 0

    init(reader: any LineReader, isInteractive: Bool) {
        self.reader = reader
        self.isInteractive = isInteractive
    }

    /// The next line; at a terminal, `indentation` is typed for the person (auto-indent). A cell of several
    /// lines recalled from history and accepted whole comes back one line at a time.
    func next(prompt: String, indentation: String = "") -> LineInput {
        var input = pending.isEmpty ? reader.readLine(prompt: prompt, indentation: indentation) : pending.removeFirst()
        if case .line(let text) = input, text.contains("\n") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { LineInput.line(String($0)) }
            input = lines[0]
            pending.insert(contentsOf: lines.dropFirst(), at: 0)
        }
        if case .line = input { lineNumber += 1 }
        return input
    }

    /// The next line that is not blank, without consuming anything (piped input only).
    func peekNonBlank() -> String? {
        guard !isInteractive else { return nil }
        var index = 0
        while true {
            if index == pending.count { pending.append(reader.readLine(prompt: "")) }
            guard case .line(let text) = pending[index] else { return nil }
            if !text.allSatisfy({ $0 == " " || $0 == "\t" }) { return text }
            index += 1
        }
    }

    /// The line after the pending ones, without consuming it.
    func peek() -> LineInput {
        if pending.isEmpty { pending.append(reader.readLine(prompt: "")) }
        return pending[0]
    }
}
