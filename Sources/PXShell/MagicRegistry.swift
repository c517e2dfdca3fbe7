import ArgumentParser
import PXRuntime
/// A call of a magic command: its argument text and, for cell magics, the body.
public struct MagicInvocation {
    /// Everything after the magic's name on its line.
    public let arguments: String
    /// The lines after a `%%magic` line, dedented; nil for line magics.
    public let body: String?
    /// The shell running the magic.
    public unowned let shell: Shell
}

/// A magic command (`%time`, `%%px`, …).
public struct Magic {
    /// The name without `%`.
    public let name: String
    /// One line for `%help`.
    public let summary: String
    /// Whether it can be used as `%name` and as `%%name`.
    public let isLine: Bool, isCell: Bool
    /// The options it parses, listed by `%name --help` and `%help name`.
    let options: (any ParsableArguments.Type)?
    /// What follows the options in its usage line (`statement`, `[code]`), if anything.
    let operand: String
    /// Runs the magic.
    public let run: (MagicInvocation) throws -> Void

    /// Creates a magic.
    public init(name: String, summary: String, isLine: Bool = true, isCell: Bool = false,
                run: @escaping (MagicInvocation) throws -> Void) {
        self.init(name: name, summary: summary, isLine: isLine, isCell: isCell, options: nil, run: run)
    }

    init(name: String, summary: String, isLine: Bool = true, isCell: Bool = false,
         options: (any ParsableArguments.Type)?, operand: String = "", run: @escaping (MagicInvocation) throws -> Void) {
        self.name = name
        self.summary = summary
        self.isLine = isLine
        self.isCell = isCell
        self.options = options
        self.operand = operand
        self.run = run
    }

    /// The option spellings (`--targets`, `-t`, `--no-stream`), for Tab completion.
    var optionNames: [String] {
        guard let options else { return [] }
        var names: [String] = []
        for word in options.helpMessage(columns: 400).split(whereSeparator: { " ,<>[]()/\n".contains($0) }) {
            guard word.hasPrefix("-"), word.count > 1, word != "--", word != "-h", word != "--help",
                  word.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { continue }
            let name = word.hasPrefix("--") && word.contains("=") ? String(word.prefix { $0 != "=" }) : String(word)
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// `%name --help`: the usage line, the summary and the options, wrapped at `width`.
    func help(width: Int) -> String {
        let form = isCell && !isLine ? "%%" + name : "%" + name
        var usage = "Usage: " + form
        if options != nil { usage += " [options]" }
        if !operand.isEmpty { usage += " " + operand }
        if isCell && isLine { usage += "\n       %%\(name)" + (options != nil ? " [options]" : "") + "  (the cell's lines follow)" }
        var text = usage + "\n\n" + summary + "\n"
        if let options {
            let full = options.helpMessage(columns: width)
            if let start = full.range(of: "ARGUMENTS:") ?? full.range(of: "OPTIONS:") {
                let listed = full[start.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.contains("-h, --help") && !$0.contains("Show help information.") }
                text += "\n" + listed.joined(separator: "\n").trimming("\n") + "\n"
            }
        }
        return text
    }
}

/// `--help` among a magic's options: the shell prints the magic's help instead of running it.
struct MagicHelpRequest: Error {}

/// The magics the shell knows, by name.
public struct MagicRegistry {
    private(set) var magics: [String: Magic] = [:]

    /// Adds or replaces a magic.
    public mutating func add(_ magic: Magic) { magics[magic.name] = magic }

    /// Finds a magic usable in the given form.
    func lookup(_ name: String, isCell: Bool) -> Magic? {
        guard let magic = magics[name] else { return nil }
        return (isCell ? magic.isCell : magic.isLine) ? magic : nil
    }

    /// All names, sorted (for completion and `%help`).
    var names: [String] { magics.keys.sorted() }

    /// All magics sorted by name.
    var all: [Magic] { magics.values.sorted { $0.name < $1.name } }
}

/// Splits magic argument text: leading options (`-n 10`, `--targets ::2`) are parsed as options; what follows
/// is kept verbatim (it is code, and shell-style splitting would break its quotes).
enum MagicArguments {
    /// Parses a magic's options (never evaluated as code).
    /// - Throws: `ShellError.usage` with ArgumentParser's message, naming the magic.
    static func parse<Options: ParsableArguments>(_ type: Options.Type, _ words: [String], magic: String) throws
        -> Options
    {
        // `--progress-after -1`: a negative number after an option is its value, not another option.
        var joined: [String] = []
        for word in words {
            if let last = joined.last, last.hasPrefix("--"), !last.contains("="), word.hasPrefix("-"), Double(word) != nil {
                joined[joined.count - 1] = last + "=" + word
            } else {
                joined.append(word)
            }
        }
        do {
            return try Options.parse(joined)
        } catch where Options.exitCode(for: error) == .success {
            throw MagicHelpRequest()
        } catch {
            let message = Options.message(for: error)
            throw ShellError.usage("UsageError: %\(magic): \(message.isEmpty ? "bad options" : message)")
        }
    }

    /// Parses the whole argument text as options.
    static func parse<Options: ParsableArguments>(_ type: Options.Type, _ text: String, magic: String) throws
        -> Options
    {
        try parse(type, split(text), magic: magic)
    }

    /// Shell-like splitting of the whole text (quotes group words).
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for c in text {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
                continue
            }
            if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            } else {
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// Separates leading options from the rest of the text.
    /// - Parameter valued: options that take a value (`-n`, `--targets`).
    /// - Returns: the option words, and the remaining text unchanged.
    static func leadingOptions(_ text: String, valued: Set<String>) -> (options: [String], rest: String) {
        var options: [String] = []
        var rest = Substring(text).drop { $0 == " " }
        while rest.hasPrefix("-") {
            let word = rest.prefix { $0 != " " }
            if word == "--" {
                rest = rest.dropFirst(2).drop { $0 == " " }
                break
            }
            options.append(String(word))
            rest = rest.dropFirst(word.count).drop { $0 == " " }
            let name = String(word.split(separator: "=", maxSplits: 1)[0])
            if valued.contains(name) && !word.contains("=") {
                let value = rest.prefix { $0 != " " }
                options.append(String(value))
                rest = rest.dropFirst(value.count).drop { $0 == " " }
            }
        }
        return (options, String(rest))
    }
}
