/// How the shell runs. Command-line flags map one to one onto these fields.
public struct ShellSettings: Sendable {
    /// How input is read.
    public enum InputMode: Sendable, Equatable {
        /// Choose by whether stdin and stdout are a terminal. Default.
        case automatic
        /// A session file run as a script (`swiftpx run FILE`).
        case script(path: String)
        /// A session stepped through one statement at a time (`swiftpx tutorial NAME`): its text, and the path
        /// it came from (a file, or `<embedded>/NAME.px` for one built into the executable).
        case tutorial(path: String, title: String, text: String)
    }

    /// Number of local engines to start (when a statement first needs them; 0 starts none). Default: nil,
    /// meaning the number of CPU cores.
    public var engineCount: Int?
    /// A connection file of a running controller to attach to instead of starting one. Default: nil.
    public var connectionFile: String?
    /// Print each input line behind its prompt when input is piped, so output reads as a transcript.
    /// Default: false.
    public var echo = false
    /// Do not print the banner. Default: false.
    public var quiet = false
    /// Colour prompts, tracebacks and `obj?` headings when stdout is a terminal and `NO_COLOR` is unset
    /// (`--colors=NoColor` turns it off). Default: true.
    public var usesColor = true
    /// Plugins to load into the shell and every engine it starts. Default: none.
    public var plugins: [String] = []
    /// Where input comes from. Default: `.automatic`.
    public var input: InputMode = .automatic
    /// In script mode, keep going after an error instead of stopping. Default: false.
    public var keepGoing = false
    /// In script mode, the arguments after the file: the script's `sys.argv[1:]`. Default: none.
    public var scriptArguments: [String] = []
    /// In script mode, show the values of bare expressions as `Out[n]:` and engine output as it arrives, as at
    /// the prompt; without it a script prints what `python3 FILE` prints. Default: false.
    public var scriptDisplay = false
    /// The directory for history and connection files. Default: `~/.swiftpx` (the executable passes
    /// `$SWIFTPX_DIR` when set).
    public var stateDirectory: String

    /// Creates settings with the defaults.
    public init(stateDirectory: String) {
        self.stateDirectory = stateDirectory
    }

    /// Checks the settings.
    /// - Throws: `ShellError.invalidSetting` for a negative engine count.
    public func validate() throws {
        if let n = engineCount, n < 0 { throw ShellError.invalidSetting("-n must be at least 0, not \(n)") }
    }

    /// The history file.
    public var historyPath: String { stateDirectory + "/history" }
}

/// Errors of the shell itself (not of programs it runs).
public struct ShellError: Error, CustomStringConvertible, Sendable {
    enum Base: Sendable {
        case invalidSetting(String)
        case fileNotFound(String)
        case usage(String)
    }

    let base: Base

    /// A setting is out of range.
    public static func invalidSetting(_ text: String) -> ShellError { ShellError(base: .invalidSetting(text)) }
    /// A file could not be read.
    public static func fileNotFound(_ path: String) -> ShellError { ShellError(base: .fileNotFound(path)) }
    /// A magic or command was used wrongly.
    public static func usage(_ text: String) -> ShellError { ShellError(base: .usage(text)) }

    public var description: String {
        switch base {
        case .invalidSetting(let text): return text
        case .fileNotFound(let path): return "File `\(path)` not found."
        case .usage(let text): return text
        }
    }
}
