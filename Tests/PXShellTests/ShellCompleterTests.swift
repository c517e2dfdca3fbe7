@preconcurrency import Glibc
import PXRuntime
@testable import PXShell
import Testing

/// Tab completion without a terminal: what each kind of text completes to.
@Suite("Shell completer")
struct ShellCompleterTests {
    func makeCompleter(_ code: String = "") throws -> (ShellCompleter, Interpreter) {
        let vm = Interpreter()
        if !code.isEmpty { _ = vm.run(code, fileName: "<test>", firstLine: 1, mode: .module) }
        let completer = ShellCompleter()
        completer.interpreter = vm
        var magics = MagicRegistry()
        ParallelMagics.install(into: &magics)
        BasicMagics.install(into: &magics)
        completer.magicNames = magics.names
        completer.magicOptions = Dictionary(uniqueKeysWithValues: magics.all.map { ($0.name, $0.optionNames) })
        return (completer, vm)
    }

    func candidates(_ text: String, after code: String = "") throws -> [String] {
        let (completer, vm) = try makeCompleter(code)
        _ = vm
        let found = completer.completions(for: text)
        return found.candidates.map { String(text[..<found.wordStart]) + $0 }.sorted()
    }

    @Test("magic options, not names of the language")
    func magicOptions() throws {
        #expect(try candidates("%pxconfig --t") == ["%pxconfig --targets", "%pxconfig --timing"])
        #expect(try candidates("%pxconfig --no-s") == ["%pxconfig --no-stream"])
        #expect(try candidates("%timeit -") == ["%timeit -n", "%timeit -r"])
    }

    @Test("dictionary keys after d[' and attributes of subscripted objects")
    func keysAndSubscripts() throws {
        let code = "d = {'alpha': 1, 'beta': 2, 3: 4}\nitems = [[1], 'text']"
        #expect(try candidates("d['a", after: code) == ["d['alpha']"])
        #expect(try candidates("x = d[\"", after: code) == ["x = d[\"alpha\"]", "x = d[\"beta\"]"])
        #expect(try candidates("items[1].up", after: code) == ["items[1].upper"])
        #expect(try candidates("items[0].app", after: code) == ["items[0].append"])
    }

    @Test("file paths after %run, %%file, open(' and np.load('")
    func paths() throws {
        var template = Array("/tmp/pxcomplete-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) } }
        let folder = try #require(made)
        _ = mkdir(folder + "/data", 0o755)
        if let file = fopen(folder + "/demo.px", "w") { fclose(file) }
        #expect(try candidates("%run \(folder)/d") == ["%run \(folder)/data/", "%run \(folder)/demo.px"])
        #expect(try candidates("f = open('\(folder)/de") == ["f = open('\(folder)/demo.px"])
        #expect(try candidates("%%file \(folder)/da") == ["%%file \(folder)/data/"])
        #expect(try candidates("a = np.load(\"\(folder)/de") == ["a = np.load(\"\(folder)/demo.px"])
    }

    @Test("keyword names of documented client methods come from their signatures")
    func methodKeywords() {
        let doc = MethodDoc("(f, *sequences, block=None, chunksize=1, ordered=True, **kwargs)", "")
        #expect(doc.keywordNames == ["f", "block", "chunksize", "ordered"])
        #expect(MethodDoc("(n=None, *, timeout=-1, widget=None)", "").keywordNames == ["n", "timeout", "widget"])
        #expect(MethodDoc("(key, dist='b', targets=None)", "").keywordNames == ["key", "dist", "targets"])
    }

    @Test("keyword names of built-ins inside calls, beside names that start the same")
    func builtinKeywords() throws {
        #expect(try candidates("round(2.5, nd") == ["round(2.5, ndigits="])
        #expect(try candidates("sorted([3, 1], rev") == ["sorted([3, 1], reverse=", "sorted([3, 1], reversed"])
    }
}
