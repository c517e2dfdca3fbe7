import Synchronization

/// Output that other threads hand to the editor while it may be reading a line.
///
/// While no line is being read, `show(_:)` writes at once. While a line is
/// being read, it queues the text and wakes the reading thread, which prints
/// the text above the line and redraws the line (see `EditLineSession`).
/// The mutex also orders the switch between the two modes, so no text is
/// lost or written in the middle of a redraw.
final class AboveLineOutput: Sendable {
    private struct State {
        var isReading = false
        var pending: [String] = []
    }

    private let state = Mutex(State())
    /// Wakes the reading thread when text is queued.
    let wakePipe: WakePipe

    /// Creates the queue and its wake-up pipe.
    /// - Throws: `LineEditorError.systemCall` if the pipe cannot be created.
    init() throws(LineEditorError) {
        wakePipe = try WakePipe.make()
    }

    deinit {
        wakePipe.close()
    }

    /// Shows `text` on its own lines: now, or above the line being edited.
    /// A final line break is added if missing.
    func show(_ text: String) {
        state.withLock { state in
            if state.isReading {
                state.pending.append(text)
                wakePipe.signal()
            } else {
                StandardOutput.write(TerminalText.endsWithLineBreak(text) ? text : text + "\n")
            }
        }
    }

    /// Switches to queueing: a line is about to be read.
    func beginReading() {
        wakePipe.drain()
        state.withLock { $0.isReading = true }
    }

    /// Takes the queued texts, oldest first.
    func takePending() -> [String] {
        state.withLock { state in
            defer { state.pending.removeAll() }
            return state.pending
        }
    }

    /// Switches back to writing at once, first writing what is still queued.
    /// Call it after the terminal is back in normal mode.
    func endReading() {
        state.withLock { state in
            for text in state.pending {
                StandardOutput.write(TerminalText.endsWithLineBreak(text) ? text : text + "\n")
            }
            state.pending.removeAll()
            state.isReading = false
        }
    }
}
