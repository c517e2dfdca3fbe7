import PXLang
import PXTestSupport
import Testing

/// Bad input never kills the shell: thousands of random and mutated lines, then `print("alive")`.
@Suite("Bad input")
struct FuzzTests {
    /// A deterministic pseudo-random generator, so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    static let fragments = [
        "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+", "-", "*", "**", "/", "//", "%", "'", "\"",
        "\\", "#", "lambda", "def", "if", "else", "for", "in", "not", "and", "None", "True", "1e309", "0x",
        "99999999999999999999", "f'{", "}", "@", "$", "?", "\t", "    ", "é", "→", "\u{0}", "import", "from",
        "try:", "except", "raise", "return", "yield", "class", "del", "global", "x", "y", "print", "len",
        "range(3)", "[1, 2]", "{'a': 1}", "%", "%%", "%time", "%bogus", "ipp", "rc[", "np.array(",
    ]

    /// Lines taken from the oracle corpus, minus those that could legitimately run for a long time, and minus
    /// the programs its `known-failures.txt` lists: the corpus leads the implementation, so those may still
    /// crash the shell (each is pinned by the corpus test until it is fixed and delisted).
    static func corpusLines() -> [String] {
        let directory = Transcript.root + "/Tests/PXRuntimeTests/Oracle"
        let listed = KnownFailures(file: directory + "/known-failures.txt").reasons
        var lines: [String] = []
        for name in Transcript.files(in: directory, suffix: ".py") where listed[String(name.dropLast(3))] == nil {
            let text = Transcript.read(directory + "/" + name) ?? ""
            for line in text.split(separator: "\n") {
                let l = String(line)
                // (A mutation of `range(4294967296, 4294967306)` can be a range of billions.)
                if ["while", "sleep", "input", "range(1000", "10 **", "10**", "timeit", "4294967"]
                    .contains(where: l.contains) { continue }
                lines.append(l)
            }
        }
        return lines
    }

    static func mutate(_ line: String, _ g: inout Generator) -> String {
        var chars = Array(line)
        switch g.below(6) {
        case 0 where !chars.isEmpty: chars.remove(at: g.below(chars.count))
        case 1: chars.insert(contentsOf: Array(fragments[g.below(fragments.count)]), at: g.below(chars.count + 1))
        case 2 where chars.count > 1: chars.swapAt(g.below(chars.count), g.below(chars.count))
        case 3: chars = Array(String(chars.prefix(g.below(chars.count + 1))))
        case 4: chars += Array(fragments[g.below(fragments.count)])
        default:
            chars = (0..<g.below(8)).flatMap { _ in Array(fragments[g.below(fragments.count)] + " ") }
        }
        return String(chars)
    }

    /// Closes brackets a line leaves open, so that every fuzz line is judged on its own (a line that opens a
    /// bracket would otherwise, as in Python, swallow the following lines until the bracket closes).
    static func selfContained(_ line: String) -> String {
        func isOpen(_ text: String) -> Bool {
            Lexer.tokenize(text).diagnostics.contains {
                $0.id == .unclosedBracket || $0.id == .unterminatedTripleString
            }
        }
        guard isOpen(line) else { return line }
        var closers = ""
        var stack: [Character] = []
        for c in line {
            switch c {
            case "(": stack.append(")")
            case "[": stack.append("]")
            case "{": stack.append("}")
            case ")", "]", "}": if stack.last == c { stack.removeLast() }
            default: break
            }
        }
        closers = String(stack.reversed())
        let patched = line + closers
        return isOpen(patched) ? "pass" : patched
    }

    @Test("10,000 random and mutated lines; the shell survives and answers print(\"alive\")")
    func survives() {
        var g = Generator(state: 0x5EED)
        let corpus = FuzzTests.corpusLines()
        var lines: [String] = []
        for _ in 0..<10_000 {
            let base = corpus.isEmpty ? "" : corpus[g.below(corpus.count)]
            var line = FuzzTests.mutate(base, &g)
            if line.contains("while") || line.contains("sleep") || line.contains("%timeit") { line = "pass" }
            lines.append(FuzzTests.selfContained(line))
        }
        // A mutated line may rebind `print` (`print=(...)`); `del print` brings the built-in back (or fails
        // harmlessly), so the last line answers whatever lines the corpus yields.
        let text = lines.joined(separator: "\n") + "\n\ndel print\nprint(\"alive\")\n"
        let scratch = Transcript.temporaryStateDirectory()
        let path = scratch + "/fuzz.px"
        Transcript.write(path, text)
        // Corpus lines write files (`open("tmp_file.txt", "w")`, mutated module names): in the scratch directory.
        let result = ProcessRunner.run(
            ProcessRunner.swiftpxExecutable, ["-n", "1"], stdinPath: path, directory: scratch, timeout: 600)
        #expect(!result.timedOut)
        #expect(result.status == 1, "bad lines must set exit status 1, got \(result.status); input in \(path)")
        #expect(result.output.hasSuffix("alive\n"), "last output: \(result.output.suffix(300))")
    }
}
