/// What a `LineReader` returns for one request.
public enum LineInput: Sendable, Hashable {
    /// A complete line, without its line terminator (`\n` or `\r\n`).
    case line(String)
    /// The user pressed Ctrl-C while typing; the half-typed line is discarded.
    ///
    /// The cursor has been moved to a fresh line, so the caller can show a new
    /// prompt right away.
    case interrupted
    /// No more input: Ctrl-D on an empty line, the end of a pipe or file, or a
    /// read error (see `PlainLineReader.readError`).
    case endOfInput
}
