@preconcurrency import CEditLine

// A cell of several lines on the line being edited (recalled from history) shows the continuation prompt at the
// start of each line after the first, as IPython shows it. libedit draws a line break in its buffer as a new row
// from column 0 and knows no prompts there, so the prompt's characters are kept in the buffer after each line
// break: `bufferText(_:)` puts them in, `logicalText(_:cursor:)` takes them out of what the shell and the other
// commands see, and the keys that would step into a prompt or delete part of it (Left, Right, Backspace, Delete,
// Ctrl-B, Ctrl-F, Ctrl-D) take a line break and its prompt as one character.
extension EditLineSession {
    /// The text libedit holds for `text`: the continuation prompt after each line break.
    func bufferText(_ text: String) -> String {
        guard !continuationPrompt.isEmpty, text.contains("\n") else { return text }
        return text.replacing("\n", with: "\n" + continuationPrompt)
    }

    /// `buffer` without the continuation prompt after each of its line breaks, and the position `cursor` (in
    /// Unicode scalars) moved with the text (a cursor inside a prompt goes to the start of its line).
    func logicalText(_ buffer: String, cursor: Int = 0) -> (text: String, cursor: Int) {
        let prompt = Array(continuationPrompt.unicodeScalars)
        let scalars = Array(buffer.unicodeScalars)
        guard !prompt.isEmpty, scalars.contains("\n") else { return (buffer, cursor) }
        var text = String.UnicodeScalarView()
        var logicalCursor = cursor
        var i = 0
        while i < scalars.count {
            text.append(scalars[i])
            i += 1
            if scalars[i - 1] == "\n" && scalars[i...].starts(with: prompt) {
                logicalCursor -= max(0, min(cursor - i, prompt.count))
                i += prompt.count
            }
        }
        return (String(text), logicalCursor)
    }

    /// The position in the buffer of position `position` (in Unicode scalars) of the text `text`.
    func bufferPosition(_ position: Int, in text: String) -> Int {
        let breaks = text.unicodeScalars.prefix(position).count(where: { $0 == "\n" })
        return position + breaks * continuationPrompt.unicodeScalars.count
    }

    /// The number of characters before (`forward` false) or after the cursor that one key deletes or steps over:
    /// a line break with its prompt, or one character; 0 at the start or end of the buffer.
    func characterLength(forward: Bool, in editLine: OpaquePointer) -> Int {
        let (buffer, cursor) = bufferAndCursor(editLine)
        let scalars = Array(buffer.unicodeScalars)
        let lineBreak = Array(("\n" + continuationPrompt).unicodeScalars)
        if forward {
            guard cursor < scalars.count else { return 0 }
            return scalars[cursor...].starts(with: lineBreak) ? lineBreak.count : 1
        }
        guard cursor > 0 else { return 0 }
        return cursor >= lineBreak.count && Array(scalars[(cursor - lineBreak.count)..<cursor]) == lineBreak
            ? lineBreak.count : 1
    }

    /// Left (`forward` false) or Right: moves over one character, or a line break with its prompt.
    func moveCursor(forward: Bool) -> UInt8 {
        guard let editLine else { return UInt8(CC_ERROR) }
        let length = characterLength(forward: forward, in: editLine)
        guard length > 0 else { return UInt8(CC_ERROR) }
        _ = el_cursor(editLine, Int32(forward ? length : -length))
        return UInt8(CC_CURSOR)
    }

    /// Backspace (`forward` false) or Delete: deletes one character, or a line break with its prompt (which
    /// joins two lines).
    func deleteCharacter(forward: Bool) -> UInt8 {
        guard let editLine else { return UInt8(CC_ERROR) }
        let length = characterLength(forward: forward, in: editLine)
        guard length > 0 else { return UInt8(CC_ERROR) }
        if forward { _ = el_cursor(editLine, Int32(length)) }
        el_deletestr(editLine, Int32(length))
        return UInt8(CC_REFRESH)
    }

    /// Backspace, Ctrl-D, Ctrl-B or Ctrl-F next to a line break and its continuation prompt, handled here: both
    /// deleted or stepped over at once. (These single keys are not bound to commands of our own: the terminal's
    /// settings may rebind them.) Returns whether the key was handled; libedit must then redraw the line.
    func crossesLineBreak(_ key: Unicode.Scalar) -> Bool {
        guard let editLine, !continuationPrompt.isEmpty else { return false }
        let forward: Bool
        switch key.value {
        case 0x7F, 0x08, 0x02: forward = false
        case 0x04, 0x06: forward = true
        default: return false
        }
        guard characterLength(forward: forward, in: editLine) > 1 else { return false }
        if key.value == 0x02 || key.value == 0x06 {
            _ = moveCursor(forward: forward)
        } else {
            _ = deleteCharacter(forward: forward)
        }
        return true
    }

    /// The painted form of `buffer`: its text coloured by `highlighter` with the continuation prompts put back
    /// after the line breaks (in their own colour, if any; a colour open across a line break goes on after the
    /// prompt). Nil when the prompts in the buffer are not intact (an edit cut one), so the layout is not certain.
    func painted(_ buffer: String, _ highlighter: (String) -> String) -> String? {
        let text = logicalText(buffer).text
        guard bufferText(text) == buffer else { return nil }
        var out = ""
        var openColor = ""
        for (i, line) in highlighter(text).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { out += "\r\n\u{1B}[0m" + (paintedContinuationPrompt ?? continuationPrompt) + openColor }
            out += line
            if let color = Self.lastColor(in: line) { openColor = color == "\u{1B}[0m" ? "" : color }
        }
        return out
    }

    /// The last SGR sequence (`ESC [ … m`) in `text`, if any.
    static func lastColor(in text: Substring) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard let start = scalars.lastIndex(of: "\u{1B}"),
              let end = scalars[start...].firstIndex(of: "m") else { return nil }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
