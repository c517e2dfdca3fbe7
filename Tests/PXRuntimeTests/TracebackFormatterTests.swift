import PXRuntime
import Testing

/// The parts of IPython's traceback layout that the IPython oracle (TranscriptTests' `tracebacks.ipy`) does not
/// reach: wide line numbers, files outside the shell, repeated frames, cell names. The layouts here are
/// IPython 9's, as it printed them for the same frames (a 157-line file's `--> 157`, RecursionError's skip line).
@Suite("Traceback formatter")
struct TracebackFormatterTests {
    /// A file whose line 150 starts a function that runs to the end.
    static let module = (1...160).map { $0 == 150 ? "def do_apply(self, content):" : "    line \($0)" }

    static func source(_ file: String, _ line: Int) -> String? {
        guard file == "/lib/kernel.py", line >= 1, line <= module.count else { return nil }
        return module[line - 1]
    }

    @Test("a frame in a file is `File path:line, in f(args)`, with wide numbers right-aligned and the arrow shortened")
    func fileFrame() {
        let entry = TracebackEntry(file: "/lib/kernel.py", line: 157, function: "do_apply",
                                   signature: "Kernel.do_apply(self, content)", scopeStart: 150)
        let lines = TracebackFormatter(source: Self.source).lines([entry], typeName: "ZeroDivisionError",
                                                                 summary: "ZeroDivisionError: division by zero")
        #expect(lines == [
            String(repeating: "-", count: 75),
            "ZeroDivisionError                         Traceback (most recent call last)",
            "File /lib/kernel.py:157, in Kernel.do_apply(self, content)",
            "    155 line 155",
            "    156 line 156",
            "--> 157 line 157",
            "    158 line 158",
            "    159 line 159",
            "",
            "ZeroDivisionError: division by zero",
        ])
    }

    @Test("Plain: `File path:line in f` and the stripped line; Minimal: the last line only")
    func plainAndMinimal() {
        let entry = TracebackEntry(file: "/lib/kernel.py", line: 2, function: "f", signature: "f(x)", scopeStart: 1)
        var formatter = TracebackFormatter(mode: .plain, source: Self.source)
        #expect(formatter.lines([entry], typeName: "E", summary: "E: m")
            == ["Traceback (most recent call last):", "  File /lib/kernel.py:2 in f", "    line 2", "E: m"])
        formatter.mode = .minimal
        #expect(formatter.lines([entry], typeName: "E", summary: "E: m") == ["E: m"])
    }

    @Test("a nested function's frame stops at the end of its scope, and the lines are dedented together")
    func nestedScope() {
        let cell = ["def outer():", "    def inner(d):", "        return d['missing']", "    return inner({})"]
        let file = TracebackFormatter.cellFileName(13)
        let entry = TracebackEntry(file: file, line: 3, function: "inner", signature: "outer.<locals>.inner(d)",
                                   scopeStart: 2)
        let formatter = TracebackFormatter { name, line in
            name == file && line >= 1 && line <= cell.count ? cell[line - 1] : nil
        }
        #expect(formatter.lines([entry], typeName: "KeyError", summary: "KeyError: 'missing'").dropFirst(2) == [
            "Cell In[13], line 3, in outer.<locals>.inner(d)",
            "      2 def inner(d):",
            "----> 3     return d['missing']",
            "",
            "KeyError: 'missing'",
        ])
    }

    @Test("a long run of one frame shows its first two, a skip line and its last")
    func repeats() {
        let entry = TracebackEntry(file: "<x>", line: 2, function: "r", signature: "r(n)", scopeStart: 1)
        let lines = TracebackFormatter { _, _ in nil }
            .lines(Array(repeating: entry, count: 10), typeName: "RecursionError", summary: "RecursionError")
        #expect(lines.filter { $0.hasPrefix("File <x>:2, in r(n)") }.count == 3)
        #expect(lines.contains("    [... skipping similar frames: r at line 2 (7 times)]"))
    }

    @Test("cells of the shell and of engines are named Cell In[n]; other files are not")
    func cellNames() {
        #expect(TracebackFormatter.cellLabel(TracebackFormatter.cellFileName(81)) == "Cell In[81]")
        #expect(TracebackFormatter.cellLabel(TracebackFormatter.engineCellFileName(3, serial: 9)) == "Cell In[3]")
        #expect(TracebackFormatter.cellLabel("<stdin>") == nil)
        #expect(TracebackFormatter.cellLabel("<ipython-input-x>") == nil)
        #expect(TracebackMode(named: "verbose") == .verbose)
        #expect(TracebackMode(named: "Docs") == nil)
    }
}
