/// Settings of an `EditLineReader`.
public struct EditLineSettings: Sendable, Hashable {
    /// The file history is loaded from at start and saved to after every
    /// accepted line. Its directory is created if missing. Default: `nil`
    /// (history lives in memory only).
    public var historyPath: String? = nil

    /// The most lines history keeps. Default: 1000.
    public var historyLimit = 1000

    /// Whether every accepted line goes into history by itself. A shell that keeps whole cells (several
    /// lines) as one entry sets it to false and calls `EditLineReader.addHistory(_:)`. Default: true.
    public var recordsEachLine = true

    /// The program name libedit uses for its error messages. Default: `"swiftpx"`.
    public var programName = "swiftpx"

    /// Creates settings with the defaults.
    public init() {}

    /// Checks that the fields are in range.
    /// - Throws: `LineEditorError.invalidSettings` naming the first bad field.
    public func validate() throws(LineEditorError) {
        if historyLimit < 1 {
            throw .invalidSettings("historyLimit")
        }
        if let historyPath, historyPath.isEmpty {
            throw .invalidSettings("historyPath")
        }
    }
}
