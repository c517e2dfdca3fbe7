@preconcurrency import CEditLine

// The word commands (Ctrl-W and Meta-Backspace delete the word before the cursor, Meta-D the word after it,
// Meta-B and Meta-F move over a word) run here on the text without its continuation prompts, so that in a cell of
// several lines they never stop inside a prompt or delete part of one: the prompt's dots count as a word for
// libedit's own commands (`   ...: ` lost `...: ` to a Ctrl-W at a line's start). A word is what it is for
// libedit's emacs commands (`ce__isword`): letters, digits and `*?_-.[]~=`; a line break is not part of one.
extension EditLineSession {
    /// A word command.
    enum WordCommand {
        case deleteBackward, deleteForward, moveBackward, moveForward

        /// Whether the command works on the text after the cursor.
        var isForward: Bool { self == .deleteForward || self == .moveForward }
        /// Whether the command deletes text (or only moves the cursor).
        var deletes: Bool { self == .deleteBackward || self == .deleteForward }
    }

    /// Whether `scalar` is part of a word for libedit's emacs word commands (`ce__isword`).
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber
            || "*?_-.[]~=".unicodeScalars.contains(scalar)
    }

    /// The position a word command reaches from `cursor` in `scalars`, as libedit's `c__prev_word` and
    /// `c__next_word` find it: past the characters that are not part of a word, then past the word.
    static func wordBoundary(in scalars: [Unicode.Scalar], from cursor: Int, forward: Bool) -> Int {
        var position = min(max(cursor, 0), scalars.count)
        if forward {
            while position < scalars.count && !isWordCharacter(scalars[position]) { position += 1 }
            while position < scalars.count && isWordCharacter(scalars[position]) { position += 1 }
        } else {
            while position > 0 && !isWordCharacter(scalars[position - 1]) { position -= 1 }
            while position > 0 && isWordCharacter(scalars[position - 1]) { position -= 1 }
        }
        return position
    }

    /// Runs `command` on the text without continuation prompts and applies it to libedit's buffer: a range that
    /// crosses a line break takes the break's prompt with it, and the cursor never lands inside a prompt.
    func runWordCommand(_ command: WordCommand) -> UInt8 {
        guard let editLine else { return UInt8(CC_ERROR) }
        let (buffer, bufferCursor) = bufferAndCursor(editLine)
        let (text, cursor) = logicalText(buffer, cursor: bufferCursor)
        let target = Self.wordBoundary(in: Array(text.unicodeScalars), from: cursor, forward: command.isForward)
        guard target != cursor else { return UInt8(CC_ERROR) }
        let start = bufferPosition(cursor, in: text)
        let end = bufferPosition(target, in: text)
        guard command.deletes else {
            _ = el_cursor(editLine, Int32(end - bufferCursor))
            return UInt8(CC_CURSOR)
        }
        _ = el_cursor(editLine, Int32(max(start, end) - bufferCursor))
        el_deletestr(editLine, Int32(abs(end - start)))
        return UInt8(CC_REFRESH)
    }

    /// Ctrl-W in a cell of several lines, handled here as the word command it is bound to (`ed-delete-prev-word`,
    /// through the terminal's word-erase character). Returns whether the key was handled; libedit must then
    /// redraw the line. On a single line libedit handles it (and keeps the deleted word for Ctrl-Y).
    func deletesWordAcrossLines(_ key: Unicode.Scalar) -> Bool {
        guard key.value == 0x17, let editLine, !continuationPrompt.isEmpty,
              bufferAndCursor(editLine).text.contains("\n" + continuationPrompt) else { return false }
        _ = runWordCommand(.deleteBackward)
        return true
    }
}
