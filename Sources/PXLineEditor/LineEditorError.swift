/// An error from setting up a line reader or reading input.
///
/// A struct over a private enum, so that new cases do not break callers.
/// Compare with the static members (`error == .notATerminal`) or read the
/// `path` and `systemError` fields.
public struct LineEditorError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Base: Sendable, Hashable {
        case notATerminal
        case editorUnavailable
        case invalidSettings(String)
        case historyDirectory(path: String, errno: Int32)
        case openFailed(path: String, errno: Int32)
        case readFailed(errno: Int32)
        case systemCall(name: String, errno: Int32)
    }

    private let base: Base

    private init(_ base: Base) {
        self.base = base
    }

    /// Standard input or standard output is not a terminal.
    public static let notATerminal = LineEditorError(.notATerminal)

    /// libedit could not set up the editor or its history.
    public static let editorUnavailable = LineEditorError(.editorUnavailable)

    /// A settings field is out of range.
    /// - Parameter field: The name of the offending field.
    public static func invalidSettings(_ field: String) -> LineEditorError {
        LineEditorError(.invalidSettings(field))
    }

    /// The directory that should hold the history file could not be created.
    /// - Parameters:
    ///   - path: The directory.
    ///   - errno: The system error number from `mkdir`.
    public static func historyDirectory(path: String, errno: Int32) -> LineEditorError {
        LineEditorError(.historyDirectory(path: path, errno: errno))
    }

    /// A file to read lines from could not be opened.
    /// - Parameters:
    ///   - path: The file.
    ///   - errno: The system error number from `open`.
    public static func openFailed(path: String, errno: Int32) -> LineEditorError {
        LineEditorError(.openFailed(path: path, errno: errno))
    }

    /// Reading input failed.
    /// - Parameter errno: The system error number from `read`.
    public static func readFailed(errno: Int32) -> LineEditorError {
        LineEditorError(.readFailed(errno: errno))
    }

    /// A system call needed for set-up failed.
    /// - Parameters:
    ///   - name: The call, e.g. `"pipe"` or `"sigaction"`.
    ///   - errno: The system error number it reported.
    public static func systemCall(_ name: String, errno: Int32) -> LineEditorError {
        LineEditorError(.systemCall(name: name, errno: errno))
    }

    /// The file or directory the error is about, if any.
    public var path: String? {
        switch base {
        case .historyDirectory(let path, _), .openFailed(let path, _): path
        default: nil
        }
    }

    /// The system error number (`errno`) behind the error, if any.
    public var systemError: Int32? {
        switch base {
        case .historyDirectory(_, let code), .openFailed(_, let code), .readFailed(let code),
            .systemCall(_, let code):
            code
        default: nil
        }
    }

    /// A short technical description, for logs and test failures.
    public var description: String {
        switch base {
        case .notATerminal: "standard input or output is not a terminal"
        case .editorUnavailable: "libedit could not be initialised"
        case .invalidSettings(let field): "invalid line editor setting '\(field)'"
        case .historyDirectory(let path, let code): "cannot create history directory '\(path)' (errno \(code))"
        case .openFailed(let path, let code): "cannot open '\(path)' (errno \(code))"
        case .readFailed(let code): "read failed (errno \(code))"
        case .systemCall(let name, let code): "\(name) failed (errno \(code))"
        }
    }
}
