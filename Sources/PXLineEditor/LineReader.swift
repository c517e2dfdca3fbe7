/// A source of input lines for the shell.
///
/// The shell owns all knowledge of the language: it decides whether a
/// statement continues and passes the matching prompt (`In [1]: ` or
/// `   ...: `) for every line. A reader returns one line per call.
///
/// Two implementations exist: `EditLineReader` for a terminal (line editing,
/// history, completion) and `PlainLineReader` for pipes and files (no prompts,
/// no escape sequences).
public protocol LineReader: AnyObject {
    /// Reads the next line.
    ///
    /// - Parameter prompt: Text shown before the line. A terminal reader shows
    ///   it exactly as given; a plain reader ignores it.
    /// - Returns: The line, `.interrupted` after Ctrl-C, or `.endOfInput`.
    func readLine(prompt: String) -> LineInput

    /// Reads the next line with `indentation` already typed for the person (auto-indent). The default, for
    /// readers that cannot pre-fill a line, ignores it.
    func readLine(prompt: String, indentation: String) -> LineInput

    /// Adds a whole cell (lines joined by line breaks) to the history Up recalls. The default, for readers
    /// without history, does nothing.
    func addHistory(_ entry: String)
}

extension LineReader {
    /// Ignores `indentation`: this reader cannot pre-fill a line.
    public func readLine(prompt: String, indentation: String) -> LineInput {
        readLine(prompt: prompt)
    }

    /// Does nothing: this reader keeps no history.
    public func addHistory(_ entry: String) {}
}
