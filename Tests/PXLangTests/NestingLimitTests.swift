import PXLang
import Testing

/// Deep input never exhausts the stack: the tokenizer stops at 200 open brackets and the parser at
/// `Parser.maximumDepth` levels, with CPython's errors (CPython 3.11 gives the same at the same sizes).
@Suite("Nesting limits")
struct NestingLimitTests {
    /// Parses on a thread with a large stack, as the shell and the engines do.
    static func parse(_ source: String) -> ParseResult {
        LargeStack.run { Parser.parse(source) }
    }

    @Test("200 open brackets are fine, the 201st is 'too many nested parentheses'")
    func brackets() {
        for open in ["(", "[", "{"] {
            let close = open == "(" ? ")" : open == "[" ? "]" : "}"
            let fine = "x = " + String(repeating: open, count: 200) + "1" + String(repeating: close, count: 200)
            #expect(Self.parse(fine).diagnostics.isEmpty)
            let deep = "x = " + String(repeating: open, count: 201) + "1" + String(repeating: close, count: 201)
            let result = Self.parse(deep)
            #expect(result.diagnostics.map(\.id) == [.tooDeeplyNested])
            #expect(result.diagnostics.first?.message == "too many nested parentheses")
            #expect(InputCompleteness.check([deep]) == .complete)
        }
    }

    @Test("200 nested assignment expressions parse, 201 are 'too many nested parentheses' (python3 3.11 agrees)")
    func nestedAssignmentExpressions() {
        let fine = "x = " + String(repeating: "(a := ", count: 200) + "1" + String(repeating: ")", count: 200)
        #expect(Self.parse(fine).diagnostics.isEmpty)
        let deep = "x = " + String(repeating: "(a := ", count: 201) + "1" + String(repeating: ")", count: 201)
        #expect(Self.parse(deep).diagnostics.map(\.id) == [.tooDeeplyNested])
    }

    @Test("a chain of 2,998 additions parses; a longer one is a RecursionError, up to a million terms")
    func longChains() {
        let fine = "x = " + Array(repeating: "1", count: 2998).joined(separator: "+")
        #expect(Self.parse(fine).diagnostics.isEmpty)
        for terms in [3001, 1_000_000] {
            let result = Self.parse("x = " + Array(repeating: "1", count: terms).joined(separator: "+") + "\ny = 2")
            #expect(result.diagnostics.map(\.id) == [.nestingTooDeep])
            #expect(result.diagnostics.first?.exceptionName == "RecursionError")
            #expect(result.diagnostics.first?.message == "maximum recursion depth exceeded during compilation")
            #expect(result.program.count == 1, "the next statement still parses")
        }
        let attributes = "x = a" + String(repeating: ".b", count: 5000)
        #expect(Self.parse(attributes).diagnostics.map(\.id) == [.nestingTooDeep])
        let calls = "x = f" + String(repeating: "()", count: 5000)
        #expect(Self.parse(calls).diagnostics.map(\.id) == [.nestingTooDeep])
    }

    @Test("deep unary operators, nots, powers, conditionals and lambdas are refused, not crashed on",
          arguments: ["-", "~", "not ", "2**", "lambda:", "1 if 1 else "])
    func deepPrefixes(prefix: String) {
        let fine = "x = " + String(repeating: prefix, count: 2000) + "1"
        #expect(Self.parse(fine).diagnostics.isEmpty)
        // Far too deep for the parser's own stack: CPython's parser says MemoryError.
        let deep = "x = " + String(repeating: prefix, count: 100_000) + "1"
        #expect(Self.parse(deep).diagnostics.map(\.id) == [.parserStackOverflow])
        #expect(Self.parse(deep).diagnostics.first?.summary == "MemoryError")
    }

    @Test("3,100 unary minuses are too deep for the compiler, 3,000 lambdas for the parser, as in CPython")
    func compilerAndParserLimits() {
        let unary = "x = " + String(repeating: "-", count: 3100) + "y"
        #expect(Self.parse(unary).diagnostics.map(\.id) == [.nestingTooDeep])
        let lambdas = "x = " + String(repeating: "lambda: ", count: 3000) + "7"
        #expect(Self.parse(lambdas).diagnostics.map(\.id) == [.parserStackOverflow])
        let fewer = "x = " + String(repeating: "lambda: ", count: 2900) + "7"
        #expect(Self.parse(fewer).diagnostics.isEmpty)
    }

    @Test("nesting a chain inside brackets inside a chain counts the whole depth")
    func combinedDepth() {
        let chain = Array(repeating: "1", count: 1500).joined(separator: "+")
        let nested = "x = (" + chain + ")+" + chain
        #expect(Self.parse(nested).diagnostics.isEmpty)
        var deep = chain
        for _ in 0..<3 { deep = "(" + deep + ")+" + chain }
        #expect(Self.parse("x = " + deep).diagnostics.map(\.id) == [.nestingTooDeep])
    }

    @Test("a 101st level of indentation is an IndentationError")
    func indentation() {
        var source = ""
        for level in 0...100 { source += String(repeating: " ", count: level) + "if 1:\n" }
        source += String(repeating: " ", count: 101) + "pass\n"
        let result = Self.parse(source)
        #expect(result.diagnostics.first?.id == .tooManyIndentationLevels)
        #expect(result.diagnostics.first?.exceptionName == "IndentationError")
    }
}
