@preconcurrency import CEditLine
@preconcurrency import Glibc

extension EditLineSession {
    /// Up and Down: the previous or next history entry that starts with the text typed before the first press
    /// (all entries when nothing was typed), as IPython's prefix search does.
    /// - Parameter older: true for Up, false for Down.
    /// - Returns: A libedit `CC_*` code telling it how to refresh.
    func searchHistory(older: Bool) -> UInt8 {
        guard let editLine, let history, let info = el_line(editLine)?.pointee, let buffer = info.buffer,
              let last = info.lastchar
        else { return UInt8(CC_REFRESH_BEEP) }
        let current = String(decoding: UnsafeRawBufferPointer(start: buffer, count: last - buffer), as: UTF8.self)
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
        let cursor = info.cursor ?? last
        let afterCursor = String(decoding: UnsafeRawBufferPointer(start: cursor, count: last - cursor), as: UTF8.self)
        replaceLine(with: search.shown, in: editLine, charactersAfterCursor: afterCursor.unicodeScalars.count)
        return UInt8(CC_REFRESH)
    }

    /// Replaces the whole line by `text`, the cursor at its end.
    private func replaceLine(with text: String, in editLine: OpaquePointer, charactersAfterCursor: Int) {
        if charactersAfterCursor > 0 { _ = el_cursor(editLine, Int32(charactersAfterCursor)) }
        if let info = el_line(editLine)?.pointee, let buffer = info.buffer, let cursor = info.cursor, cursor > buffer {
            el_deletestr(editLine, Int32(String(decoding: UnsafeRawBufferPointer(start: buffer, count: cursor - buffer),
                                                as: UTF8.self).unicodeScalars.count))
        }
        if !text.isEmpty { _ = text.withCString { el_insertstr(editLine, $0) } }
    }
}

/// Where an Up/Down prefix search is: the typed prefix, the entry shown (offset from the newest; -1 for the
/// typed text) and the text it put on the line.
struct HistorySearch {
    var prefix: String
    var offset: Int
    var shown: String
}
