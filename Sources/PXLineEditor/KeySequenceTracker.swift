/// Follows the keys handed to libedit to know when it waits for the rest of
/// a multi-key command.
///
/// While an escape sequence (`ESC [ A`), a prefix (`^X`) or a quoted insert
/// (`^V`) is incomplete, the next key belongs to it, so the editor must not
/// inject its redisplay key to show output: that would break the command.
struct KeySequenceTracker {
    private enum State {
        case idle
        case escape
        case controlSequence
        case singleShift
        case prefix
    }

    private var state = State.idle

    /// Whether the last keys start a command that needs more keys.
    var isInSequence: Bool {
        state != .idle
    }

    /// Records a key passed to libedit.
    mutating func record(_ key: Unicode.Scalar) {
        switch (state, key.value) {
        case (.idle, 0x1B): state = .escape
        case (.idle, 0x16), (.idle, 0x18): state = .prefix
        case (.idle, _): state = .idle
        case (.escape, 0x5B): state = .controlSequence
        case (.escape, 0x4F): state = .singleShift
        case (.escape, _): state = .idle
        case (.controlSequence, 0x40...0x7E): state = .idle
        case (.controlSequence, _): state = .controlSequence
        case (.singleShift, _), (.prefix, _): state = .idle
        }
    }

    /// Forgets any partial sequence (a new line starts).
    mutating func reset() {
        state = .idle
    }
}
