@preconcurrency import CEditLine
@preconcurrency import Glibc

extension EditLineSession {
    /// Ctrl-R: starts a reverse incremental search through history, shown as readline shows it,
    /// ``(reverse-i-search)`text': match``. While it runs the read hook hands keys to ``ReverseSearch``
    /// instead of libedit (see ``searchKey(_:)``).
    /// - Returns: A libedit `CC_*` code.
    func startReverseSearch() -> UInt8 {
        guard let editLine, history != nil else { return UInt8(CC_REFRESH_BEEP) }
        let text = lineAndCursor(editLine).text
        promptBeforeSearch = prompt
        let search = ReverseSearch(original: text)
        reverseSearch = search
        setPrompt(search.prompt)
        return UInt8(CC_REDISPLAY)
    }

    /// A key typed during a Ctrl-R search: updates the search and the line, and returns the key that makes
    /// libedit redraw them.
    func searchKey(_ key: Unicode.Scalar) -> KeyEvent {
        guard var search = reverseSearch, let editLine, let history else { return .key(key) }
        let outcome = search.handle(key, moreInputWaiting: hasPendingInput) { offset in
            px_history_entry(history, Int32(offset)).map { String(cString: $0) }
        }
        switch outcome {
        case .searching:
            reverseSearch = search
            setPrompt(search.prompt)
            replaceLine(with: search.match, in: editLine)
        case .leave(let text, let keys):
            endReverseSearch(leaving: text)
            queuedKeys += keys
        }
        return .key(Self.redisplayKey)
    }

    /// Ends a Ctrl-R search with `text` on the line and the prompt from before.
    func endReverseSearch(leaving text: String) {
        reverseSearch = nil
        setPrompt(promptBeforeSearch)
        if let editLine { replaceLine(with: text, in: editLine) }
    }
}

/// A Ctrl-R search: what was typed, the entry it found (offset from the newest; -1: none yet), and whether
/// the last search found nothing. Typed text narrows it, Ctrl-R finds an older match, Backspace drops a
/// character. Enter runs the match; Ctrl-G leaves with the line as it was; Esc, or any other editing key,
/// leaves with the match on the line (the key then does its usual work).
struct ReverseSearch {
    /// The line before Ctrl-R.
    let original: String
    var query = ""
    var match: String
    var offset = -1
    var failed = false

    /// What a key did.
    enum Outcome: Equatable {
        /// The search goes on.
        case searching
        /// The search is over: `text` goes on the line, then `keys` are handled as typed.
        case leave(text: String, keys: [Unicode.Scalar])
    }

    init(original: String) {
        self.original = original
        match = original
    }

    /// `(reverse-i-search)`text': ` or, when nothing matches, `(failed reverse-i-search)`text': `.
    var prompt: String {
        (failed ? "(failed reverse-i-search)`" : "(reverse-i-search)`") + query + "': "
    }

    /// Handles one key.
    /// - Parameters:
    ///   - key: The key.
    ///   - moreInputWaiting: Whether more keys were typed with it (Esc then starts an escape sequence).
    ///   - entry: The history entry `n` steps back from the newest, or nil past the oldest.
    mutating func handle(_ key: Unicode.Scalar, moreInputWaiting: Bool, entry: (Int) -> String?) -> Outcome {
        switch key.value {
        case 0x12:  // Ctrl-R: an older match.
            if !query.isEmpty { find(from: offset + 1, entry) }
        case 0x07:  // Ctrl-G: the line as it was.
            return .leave(text: original, keys: [])
        case 0x7F, 0x08:  // Backspace.
            guard !query.isEmpty else { return .searching }
            query.unicodeScalars.removeLast()
            if query.isEmpty {
                self = ReverseSearch(original: original)
            } else {
                find(from: 0, entry)
            }
        case 0x1B:
            // Esc: the match stays to be edited; an escape sequence (an arrow key) goes on to the editor.
            return .leave(text: match, keys: moreInputWaiting ? [key] : [])
        case 0x20..<0x7F, 0xA0...:
            query.unicodeScalars.append(key)
            find(from: max(offset, 0), entry)
        default:
            // Enter runs the match; another editing key works on it.
            return .leave(text: match, keys: [key])
        }
        return .searching
    }

    /// Finds the newest entry from `start` back that contains the query.
    private mutating func find(from start: Int, _ entry: (Int) -> String?) {
        var index = start
        while let text = entry(index) {
            if text.contains(query) {
                offset = index
                match = text
                failed = false
                return
            }
            index += 1
        }
        failed = true
    }
}
