@preconcurrency import CEditLine
@preconcurrency import Glibc

extension EditLineSession {
    /// Up and Down. In a line of several lines (a recalled cell), they first move the cursor between its
    /// lines; otherwise they show the previous or next history entry that starts with the text typed before
    /// the first press (all entries when nothing was typed), as IPython's prefix search does.
    /// - Parameter older: true for Up, false for Down.
    /// - Returns: A libedit `CC_*` code telling it how to refresh.
    func searchHistory(older: Bool) -> UInt8 {
        guard let editLine, let history else { return UInt8(CC_REFRESH_BEEP) }
        let (current, cursor) = lineAndCursor(editLine)
        if moveBetweenLines(of: current, cursor: cursor, up: older, in: editLine) { return UInt8(CC_CURSOR) }
        if historySearch == nil || historySearch?.shown != current {
            // Typed or edited since the last press: search anew for what is on the line now.
            historySearch = HistorySearch(prefix: current, offset: -1, shown: current)
        }
        guard var search = historySearch else { return UInt8(CC_REFRESH_BEEP) }
        var offset = search.offset
        while true {
            offset += older ? 1 : -1
            if offset < 0 {
                // Below the newest entry: back to what was typed.
                search.offset = -1
                search.shown = search.prefix
                break
            }
            guard let entry = px_history_entry(history, Int32(offset)).map({ String(cString: $0) }) else {
                return UInt8(CC_REFRESH_BEEP)
            }
            if entry.hasPrefix(search.prefix) && entry != current {
                search.offset = offset
                search.shown = entry
                break
            }
        }
        historySearch = search
        replaceLine(with: search.shown, in: editLine)
        return UInt8(CC_REFRESH)
    }

    /// In a text of several lines, moves the cursor to the same column of the line above or below, if there is
    /// one. Returns whether it moved.
    private func moveBetweenLines(of text: String, cursor: Int, up: Bool, in editLine: OpaquePointer) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains("\n") else { return false }
        let lineStart = (scalars[..<cursor].lastIndex(of: "\n").map { $0 + 1 }) ?? 0
        let column = cursor - lineStart
        let target: Int
        if up {
            guard lineStart > 0 else { return false }
            let previousStart = (scalars[..<(lineStart - 1)].lastIndex(of: "\n").map { $0 + 1 }) ?? 0
            target = min(previousStart + column, lineStart - 1)
        } else {
            guard let lineEnd = scalars[cursor...].firstIndex(of: "\n") else { return false }
            let nextEnd = scalars[(lineEnd + 1)...].firstIndex(of: "\n") ?? scalars.count
            target = min(lineEnd + 1 + column, nextEnd)
        }
        _ = el_cursor(editLine, Int32(bufferPosition(target, in: text) - bufferPosition(cursor, in: text)))
        return true
    }

    /// The text being edited and the cursor's position in it, counted in Unicode scalars (libedit's
    /// characters), without the continuation prompts of a cell of several lines.
    func lineAndCursor(_ editLine: OpaquePointer) -> (text: String, cursor: Int) {
        let (buffer, cursor) = bufferAndCursor(editLine)
        return logicalText(buffer, cursor: cursor)
    }

    /// The text libedit holds (continuation prompts included) and the cursor's position in it, in Unicode
    /// scalars.
    func bufferAndCursor(_ editLine: OpaquePointer) -> (text: String, cursor: Int) {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer, let last = info.lastchar else {
            return ("", 0)
        }
        let cursor = info.cursor ?? last
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: cursor - buffer), as: UTF8.self)
        let after = String(decoding: UnsafeRawBufferPointer(start: cursor, count: last - cursor), as: UTF8.self)
        return (before + after, before.unicodeScalars.count)
    }

    /// Replaces the whole text being edited by `text`, the cursor at its end.
    func replaceLine(with text: String, in editLine: OpaquePointer) {
        let (current, cursor) = bufferAndCursor(editLine)
        let count = current.unicodeScalars.count
        if count > cursor { _ = el_cursor(editLine, Int32(count - cursor)) }
        if count > 0 { el_deletestr(editLine, Int32(count)) }
        if !text.isEmpty { _ = bufferText(text).withCString { el_insertstr(editLine, $0) } }
    }
}

/// Where an Up/Down prefix search is: the typed prefix, the entry shown (offset from the newest; -1 for the
/// typed text) and the text it put on the line.
struct HistorySearch {
    var prefix: String
    var offset: Int
    var shown: String
}
