@preconcurrency import Glibc
import PXLineEditor

/// A tiny REPL over `PXLineEditor`, driven by the real-terminal tests.
///
/// It numbers its prompts (`In [1]: `), echoes each line as `got: <line>`,
/// completes from a fixed word list, answers Ctrl-C with a fresh prompt of
/// the same number, and exits with status 0 at end of input. Like the shell,
/// it decides continuation itself: after a line ending in `:`, prompts are
/// `   ...: ` until an empty line.
///
/// Options:
/// - `--history PATH`: history file (default: none).
/// - `--async MILLISECONDS`: a background task calls `printAbove` with
///   `[async N] engine output` every so often.
/// - `--long-async`: with `--async`, messages span two lines.
/// - `--prompt-prefix TEXT`: shown before `In [N]: `, as `[px] ` in autopx mode.
/// - `--color`: prompts in green, with ANSI escape sequences.
enum Demo {
    /// Words the demo completes.
    static let words = ["print", "pow", "range", "len", "math.sqrt", "math.sin", "math.cos", "math.pi", "%autopx"]

    /// Settings from the command line.
    struct Options {
        var historyPath: String?
        var asyncInterval: Duration?
        var isLongAsync = false
        var promptPrefix = ""
        var isColored = false
    }

    /// Runs the demo and exits the process.
    static func run(arguments: [String]) -> Never {
        guard let options = parse(arguments) else {
            fputs(
                "usage: LineEditorDemo [--history PATH] [--async MILLISECONDS [--long-async]]"
                    + " [--prompt-prefix TEXT] [--color]\n", stderr)
            exit(64)
        }
        let reader: any LineReader
        if EditLineReader.isInteractiveTerminal() {
            var settings = EditLineSettings()
            settings.historyPath = options.historyPath
            do {
                let editor = try EditLineReader(
                    settings: settings, completionProvider: WordListCompletionProvider(words: words))
                if let interval = options.asyncInterval {
                    startAsyncOutput(to: editor, every: interval, isLong: options.isLongAsync)
                }
                reader = editor
            } catch {
                fputs("LineEditorDemo: \(error)\n", stderr)
                exit(70)
            }
        } else {
            reader = PlainLineReader()
        }
        var number = 1
        var isInBlock = false
        while true {
            let text = isInBlock ? "   ...: " : "\(options.promptPrefix)In [\(number)]: "
            let prompt = options.isColored ? "\u{1B}[32m\(text)\u{1B}[0m" : text
            switch reader.readLine(prompt: prompt) {
            case .line(let line):
                print("got: \(line)")
                if isInBlock {
                    isInBlock = !line.isEmpty
                } else {
                    isInBlock = line.hasSuffix(":")
                }
                if !isInBlock {
                    number += 1
                }
            case .interrupted:
                isInBlock = false
            case .endOfInput:
                print("bye")
                exit(0)
            }
        }
    }

    private static func parse(_ arguments: [String]) -> Options? {
        var options = Options()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--history":
                guard let path = remaining.popFirst() else { return nil }
                options.historyPath = path
            case "--async":
                guard let text = remaining.popFirst(), let milliseconds = Int(text), milliseconds > 0 else {
                    return nil
                }
                options.asyncInterval = .milliseconds(milliseconds)
            case "--long-async":
                options.isLongAsync = true
            case "--prompt-prefix":
                guard let prefix = remaining.popFirst() else { return nil }
                options.promptPrefix = prefix
            case "--color":
                options.isColored = true
            default:
                return nil
            }
        }
        return options
    }

    private static func startAsyncOutput(to editor: EditLineReader, every interval: Duration, isLong: Bool) {
        Task.detached {
            var count = 0
            while true {
                try? await Task.sleep(for: interval)
                count += 1
                let text = "[async \(count)] engine output"
                editor.printAbove(isLong ? "\(text)\n[async \(count)] second line" : text)
            }
        }
    }
}
