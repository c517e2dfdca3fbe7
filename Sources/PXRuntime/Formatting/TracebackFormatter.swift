import PXLang

/// How much a traceback shows, as IPython's `%xmode` chooses it.
public enum TracebackMode: String, CaseIterable, Sendable {
    /// Python's own form: one `File …, line …` pair of lines per frame.
    case plain = "Plain"
    /// IPython's default: a rule, then each frame with the lines around the failing one.
    case context = "Context"
    /// As `context`, with each frame's arguments and the values of its failing statement's expressions.
    case verbose = "Verbose"
    /// The last line only: `ZeroDivisionError: division by zero`.
    case minimal = "Minimal"

    /// The mode named `name`, ignoring case as `%xmode` does; nil for an unknown name.
    public init?(named name: String) {
        guard let mode = Self.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
            return nil
        }
        self = mode
    }
}

/// Turns traceback entries into IPython's text (`Cell In[4], line 2, in divide(x)` and the lines around the
/// failing one), in the modes of `%xmode`. The shell formats its own errors with it, and the client the frames
/// engines send back.
public struct TracebackFormatter {
    /// The mode.
    public var mode: TracebackMode
    /// The text of line `line` (from 1) of `file`, nil when unknown or past the end.
    public var source: (_ file: String, _ line: Int) -> String?
    /// The arguments and variables of frame `index` (outermost first) for `Verbose` mode; nil when not known.
    public var describe: (_ index: Int) -> FrameDescription?

    /// The width of IPython's rule and header.
    static let ruleWidth = 75

    /// Creates a formatter.
    /// - Parameters:
    ///   - mode: the `%xmode` mode. Default: Context.
    ///   - source: where source lines come from.
    public init(mode: TracebackMode = .context, source: @escaping (_ file: String, _ line: Int) -> String?) {
        self.mode = mode
        self.source = source
        self.describe = { _ in nil }
    }

    /// The file name of the shell's cell `n` (`<ipython-input-4>`), shown as `Cell In[4]`.
    public static func cellFileName(_ n: Int) -> String { "<ipython-input-\(n)>" }

    /// The file name of an engine's `execute` number `n`, shown as `Cell In[n]` too (a name of its own, so that
    /// an engine never shows its own source for a function the shell defined in its cell of the same number).
    /// `serial` tells apart executes that share a number (silent ones take none).
    public static func engineCellFileName(_ n: Int, serial: Int) -> String { "<engine-input-\(n)-\(serial)>" }

    /// `Cell In[4]` for a cell's file name, nil for any other file.
    public static func cellLabel(_ file: String) -> String? {
        for prefix in ["<ipython-input-", "<engine-input-"] where file.hasPrefix(prefix) && file.hasSuffix(">") {
            let number = file.dropFirst(prefix.count).prefix { $0 != "-" && $0 != ">" }
            if !number.isEmpty, number.allSatisfy(\.isNumber) { return "Cell In[\(number)]" }
        }
        return nil
    }

    /// The traceback as lines, ending with `summary` (`ZeroDivisionError: division by zero`).
    /// - Parameters:
    ///   - entries: the frames, outermost first.
    ///   - typeName: the exception's class name, for the header.
    ///   - summary: the last line.
    public func lines(_ entries: [TracebackEntry], typeName: String, summary: String) -> [String] {
        switch mode {
        case .minimal:
            return [summary]
        case .plain:
            var lines = entries.isEmpty ? [] : ["Traceback (most recent call last):"]
            for entry in entries {
                lines.append("  " + location(entry, plain: true, description: nil))
                if let text = source(entry.file, entry.line)?.trimming(" \t"), !text.isEmpty { lines.append("    " + text) }
            }
            return lines + [summary]
        case .context, .verbose:
            var lines = [String(repeating: "-", count: Self.ruleWidth)]
            let title = "Traceback (most recent call last)"
            let name = typeName.count < Self.ruleWidth - title.count
                ? typeName + String(repeating: " ", count: Self.ruleWidth - title.count - typeName.count) : typeName
            lines.append(name + title)
            for item in Self.collapsingRepeats(entries) {
                switch item {
                case .frame(let entry, let index):
                    let (text, glued) = frame(entry, description: mode == .verbose ? describe(index) : nil)
                    lines += glued ? text : text + [""]
                case .skipped(let entry, let count):
                    lines += ["    [... skipping similar frames: \(entry.function) at line \(entry.line) (\(count) times)]", ""]
                }
            }
            return lines + [summary]
        }
    }

    /// `Cell In[2], line 2, in h(k)`, `File /path/mod.py:2, in f(x)`; the plain form drops the comma before `in`
    /// and the parameters (`Cell In[2], line 2 in h`), as IPython's Plain mode does.
    func location(_ entry: TracebackEntry, plain: Bool, description: FrameDescription?) -> String {
        let place = Self.cellLabel(entry.file).map { "\($0), line \(entry.line)" } ?? "File \(entry.file):\(entry.line)"
        guard entry.function != "<module>" else { return place }
        if plain { return "\(place) in \(entry.function)" }
        guard let description, let name = entry.signature?.prefix(while: { $0 != "(" }) else {
            return "\(place), in \(entry.signature ?? entry.function + "()")"
        }
        return "\(place), in \(name)(" + description.arguments.map { "\($0.name)=\($0.value)" }.joined(separator: ", ") + ")"
    }

    /// One frame of the Context form: its location, then the lines IPython 9 shows (through `stack_data`): the
    /// whole piece holding the failing line (a statement of several lines is one piece, see ``SourcePieces``)
    /// and up to two pieces either side within the frame's scope (its function, or the whole cell), a piece of
    /// more than six lines other than the failing one cut to its first three and last two around `(...)`;
    /// dedented together, numbered, the failing line marked `---->`. In Verbose form the variables follow the
    /// failing line, the last one joined to the next line of code as IPython 9 prints it (it drops that newline);
    /// `glued` says the frame ends with a variable, so no blank line follows.
    func frame(_ entry: TracebackEntry, description: FrameDescription?) -> (lines: [String], glued: Bool) {
        var lines = [location(entry, plain: false, description: description)]
        var text: [String] = []
        while text.count < Self.maximumSourceLines, let line = source(entry.file, text.count + 1) { text.append(line) }
        let window = Self.shownLines(entry, in: text)
        guard window.contains(entry.line) else { return (lines, false) }
        let variables = (description?.variables ?? []).map { "        \($0.name) = \($0.value)" }
        var pending: String?
        let margin = window.compactMap { $0 }.map { text[$0 - 1] }.filter { !$0.trimming(" \t").isEmpty }
            .map(Self.indentation).min() ?? 0
        for n in window {
            guard let n else {
                pending = (pending ?? "") + "   (...)"
                continue
            }
            let line = text[n - 1]
            let number = String(n)
            let gutter = n == entry.line
                ? String(repeating: "-", count: max(0, 5 - number.count)) + "> " + number
                : String(repeating: " ", count: max(0, 7 - number.count)) + number
            let code = String(line.dropFirst(min(margin, Self.indentation(line))))
            lines.append((pending ?? "") + (code.isEmpty ? gutter : gutter + " " + code))
            pending = nil
            if n == entry.line, let last = variables.last {
                lines += variables.dropLast()
                pending = last
            }
        }
        if let pending {
            lines.append(pending)
            return (lines, true)
        }
        return (lines, false)
    }

    /// The most source lines a frame reads to cut its pieces.
    static let maximumSourceLines = 100_000
    /// Pieces shown before and after the failing one (IPython's default context of 5).
    static let contextPieces = 2
    /// The most lines a piece other than the failing one shows whole (`stack_data`'s `max_lines_per_piece`).
    static let maximumPieceLines = 6

    /// The line numbers a frame shows, nil where IPython writes `(...)` for lines left out of a long piece.
    static func shownLines(_ entry: TracebackEntry, in text: [String]) -> [Int?] {
        guard entry.line >= 1, entry.line <= text.count else { return [] }
        let pieces = SourcePieces(text)
        let scope = entry.scopeStart.flatMap { pieces.definitionRange(at: $0) } ?? 1...text.count
        let scoped = pieces.pieces.filter { scope.contains($0.lowerBound) && scope.contains($0.upperBound) }
        guard let failing = scoped.firstIndex(where: { $0.contains(entry.line) }) else { return [entry.line] }
        var shown: [Int?] = []
        for index in max(0, failing - contextPieces)...min(scoped.count - 1, failing + contextPieces) {
            let piece = Array(scoped[index])
            if index != failing, piece.count > maximumPieceLines {
                shown += piece.prefix(3).map { $0 } + [nil] + piece.suffix(2).map { $0 }
            } else {
                shown += piece.map { $0 }
            }
        }
        return shown
    }

    /// A syntax error as Python and IPython show it: where (`  Cell In[6], line 2` or `  File "x.py", line 2`), the
    /// line with a caret under the column, then `SyntaxError: message`; only the last line for a diagnostic that
    /// points at no source.
    /// - Parameters:
    ///   - d: the parser's first diagnostic.
    ///   - fileName: the file or cell the code came from.
    ///   - line: the text of the diagnostic's line, when known.
    public static func syntaxError(_ d: Diagnostic, fileName: String, line: String?) -> [String] {
        guard d.pointsAtSource else { return [d.summary] }
        let place = cellLabel(fileName).map { "\($0), line \(d.location.line)" }
        var lines = ["  " + (place ?? "File \"\(fileName)\", line \(d.location.line)")]
        if let line {
            let stripped = line.drop { $0 == " " || $0 == "\t" }
            let removed = line.count - stripped.count
            let trimmed = stripped.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            lines.append("    " + String(trimmed))
            let caret = max(0, min(d.location.column - 1 - removed, trimmed.count))
            lines.append("    " + String(repeating: " ", count: caret) + "^")
        }
        return lines + ["\(d.exceptionName): \(d.message)"]
    }

    /// The number of spaces and tabs that start `line`.
    static func indentation(_ line: String) -> Int { line.prefix { $0 == " " || $0 == "\t" }.count }

    enum Item {
        /// A frame and its index in the traceback.
        case frame(TracebackEntry, Int)
        case skipped(TracebackEntry, count: Int)
    }

    /// The frames with a long run of one repeated frame (deep recursion) shown as its first two, a
    /// `[... skipping similar frames: …]` line and its last, as IPython shows them.
    static func collapsingRepeats(_ entries: [TracebackEntry]) -> [Item] {
        var items: [Item] = []
        var i = 0
        while i < entries.count {
            var j = i
            while j + 1 < entries.count && entries[j + 1] == entries[i] { j += 1 }
            let run = j - i + 1
            if run > 3 {
                items += [.frame(entries[i], i), .frame(entries[i], i + 1), .skipped(entries[i], count: run - 3),
                          .frame(entries[i], j)]
            } else {
                items += (i...j).map { .frame(entries[i], $0) }
            }
            i = j + 1
        }
        return items
    }
}

extension TracebackEntry {
    /// A function's parameters as a traceback heads its frame: `(a, b, *args, **kw)`, keyword-only ones after
    /// the positional ones as `inspect.getargvalues` lists them.
    static func parameterList(_ definition: FunctionDef) -> String {
        let p = definition.parameters
        let names = p.filter { $0.kind == .normal }.map(\.name) + p.filter { $0.kind == .keywordOnly }.map(\.name)
            + p.filter { $0.kind == .variadic }.map { "*" + $0.name }
            + p.filter { $0.kind == .variadicKeywords }.map { "**" + $0.name }
        return "(" + names.joined(separator: ", ") + ")"
    }
}
