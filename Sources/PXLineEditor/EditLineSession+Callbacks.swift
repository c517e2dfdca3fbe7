@preconcurrency import CEditLine
@preconcurrency import Glibc

// The C entry points libedit calls. They are plain global functions (no
// captures), so Swift converts them to C function pointers; each finds its
// `EditLineSession` through the editor's client data.

extension EditLineSession {
    /// The name of the completion command bound to Tab.
    static let completeCommandName = "px-complete"

    /// `EL_PROMPT_ESC` callback.
    static let promptFunction: px_prompt_function = editLinePrompt
    /// `EL_GETCFN` callback.
    static let readFunction: px_read_function = editLineRead
    /// `EL_ADDFN` callback for `completeCommandName`.
    static let completeFunction: px_command_function = editLineComplete
    /// The names of the Up and Down commands (prefix search in history).
    static let historyUpCommandName = "px-history-up"
    static let historyDownCommandName = "px-history-down"
    /// `EL_ADDFN` callbacks for them.
    static let historyUpFunction: px_command_function = editLineHistoryUp
    static let historyDownFunction: px_command_function = editLineHistoryDown
    /// The name of the Ctrl-R command, and its callback.
    static let reverseSearchCommandName = "px-reverse-search"
    static let reverseSearchFunction: px_command_function = editLineReverseSearch
    /// The names of the Left, Right and Delete commands (a line break and its continuation prompt count as one
    /// character), and their callbacks.
    static let backwardCharCommandName = "px-backward-char"
    static let forwardCharCommandName = "px-forward-char"
    static let deleteCharCommandName = "px-delete-char"
    static let backwardCharFunction: px_command_function = editLineBackwardChar
    static let forwardCharFunction: px_command_function = editLineForwardChar
    static let deleteCharFunction: px_command_function = editLineDeleteChar
    /// The word commands (see `EditLineSession+Words.swift`): name, help, callback and the Meta keys bound
    /// to them (Ctrl-W, the terminal's word-erase key, is handled by the read hook).
    static let wordCommands: [(String, String, px_command_function, [String])] = [
        ("px-delete-prev-word", "delete the word before the cursor", editLineDeletePreviousWord, ["\\e^?", "\\e^H"]),
        ("px-delete-next-word", "delete the word after the cursor", editLineDeleteNextWord, ["\\ed", "\\eD"]),
        ("px-prev-word", "move back a word", editLinePreviousWord, ["\\eb", "\\eB"]),
        ("px-next-word", "move forward a word", editLineNextWord, ["\\ef", "\\eF"]),
    ]
}

/// Meta-Backspace.
private func editLineDeletePreviousWord(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    EditLineSession.from(editLine)?.runWordCommand(.deleteBackward) ?? UInt8(CC_ERROR)
}

/// Meta-D.
private func editLineDeleteNextWord(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    EditLineSession.from(editLine)?.runWordCommand(.deleteForward) ?? UInt8(CC_ERROR)
}

/// Meta-B.
private func editLinePreviousWord(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    EditLineSession.from(editLine)?.runWordCommand(.moveBackward) ?? UInt8(CC_ERROR)
}

/// Meta-F.
private func editLineNextWord(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    EditLineSession.from(editLine)?.runWordCommand(.moveForward) ?? UInt8(CC_ERROR)
}

/// The Left command.
private func editLineBackwardChar(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    EditLineSession.from(editLine)?.moveCursor(forward: false) ?? UInt8(CC_ERROR)
}

/// The Right command.
private func editLineForwardChar(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    EditLineSession.from(editLine)?.moveCursor(forward: true) ?? UInt8(CC_ERROR)
}

/// The Delete command.
private func editLineDeleteChar(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    EditLineSession.from(editLine)?.deleteCharacter(forward: true) ?? UInt8(CC_ERROR)
}

/// The Ctrl-R command.
private func editLineReverseSearch(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    EditLineSession.from(editLine)?.startReverseSearch() ?? UInt8(CC_ERROR)
}

/// The Up command.
private func editLineHistoryUp(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    EditLineSession.from(editLine)?.searchHistory(older: true) ?? UInt8(CC_ERROR)
}

/// The Down command.
private func editLineHistoryDown(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    EditLineSession.from(editLine)?.searchHistory(older: false) ?? UInt8(CC_ERROR)
}

/// Returns the prompt buffer, which stays valid until the next line.
private func editLinePrompt(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    EditLineSession.from(editLine)?.promptBuffer
}

/// Reads one character: 1 with `*character` set, 0 at end of input, -1 on
/// Ctrl-C (which makes `el_gets` return NULL with a count of -1).
private func editLineRead(_ editLine: OpaquePointer?, _ character: UnsafeMutablePointer<wchar_t>?) -> Int32 {
    guard let session = EditLineSession.from(editLine), let character else { return -1 }
    switch session.nextKey() {
    case .key(let scalar):
        character.pointee = wchar_t(bitPattern: scalar.value)
        return 1
    case .endOfInput:
        character.pointee = 0
        return 0
    case .interrupted:
        character.pointee = 0
        errno = EINTR
        return -1
    }
}

/// The Tab command.
private func editLineComplete(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let session = EditLineSession.from(editLine) else { return UInt8(CC_ERROR) }
    return session.complete()
}
