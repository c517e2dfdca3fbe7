import PXLang
import Testing

@Suite("Lexer")
struct LexerTests {
    func kinds(_ source: String) -> [TokenKind] {
        Lexer.tokenize(source).tokens.map(\.kind)
    }

    @Test("numbers", arguments: [
        ("1_000", TokenKind.int(1000)), ("0x1f", .int(31)), ("0o17", .int(15)), ("0b101", .int(5)),
        ("1e-3", .float(0.001)), (".5", .float(0.5)), ("5.", .float(5.0)), ("1_0.2_5", .float(10.25)),
    ])
    func numbers(source: String, expected: TokenKind) {
        #expect(kinds(source).first == expected)
    }

    @Test("string literals and escapes", arguments: [
        ("'a\\nb'", "a\nb"), ("\"it's\"", "it's"), ("'''x\ny'''", "x\ny"), ("r'\\n'", "\\n"),
        ("'\\x41\\u00e9'", "Aé"), ("'\\q'", "\\q"), ("'a' 'b'", "a"),
    ])
    func strings(source: String, expected: String) {
        #expect(kinds(source).first == .string(expected))
    }

    @Test("indentation produces indent and dedent tokens")
    func indentation() {
        let k = kinds("if x:\n    y\nz\n")
        #expect(k.contains(.indent))
        #expect(k.filter { $0 == .dedent }.count == 1)
        #expect(k.last == .endOfFile)
    }

    @Test("brackets join lines and blank lines produce nothing")
    func implicitJoining() {
        let k = kinds("f(1,\n  2)\n\n\n# comment\nx\n")
        #expect(k.filter { $0 == .newline }.count == 2)
        #expect(!k.contains(.indent))
    }

    @Test("operators are matched longest first")
    func operators() {
        #expect(kinds("a //= b ** c")[1] == .op(.doubleSlashEqual))
        #expect(kinds("a ** b")[1] == .op(.doubleStar))
        #expect(kinds("a != b")[1] == .op(.notEqual))
    }

    @Test("problems are reported with locations", arguments: [
        ("x = 'abc", DiagnosticID.unterminatedString, PXLang.SourceLocation(line: 1, column: 5)),
        ("x = (1,", .unclosedBracket, PXLang.SourceLocation(line: 1, column: 5)),
        ("x = 1)", .unmatchedBracket, PXLang.SourceLocation(line: 1, column: 6)),
        ("x = €", .invalidCharacter, PXLang.SourceLocation(line: 1, column: 5)),
        ("x = 3abc", .invalidNumber, PXLang.SourceLocation(line: 1, column: 5)),
    ])
    func problems(source: String, id: DiagnosticID, location: PXLang.SourceLocation) {
        let diagnostics = Lexer.tokenize(source).diagnostics
        #expect(diagnostics.first?.id == id)
        #expect(diagnostics.first?.location == location)
    }

    @Test("integer literals beyond 64 bits keep their digits and radix")
    func bigIntegers() {
        #expect(kinds("99_999_999_999_999_999_999")[0] == .bigInteger(digits: "99999999999999999999", radix: 10))
        #expect(kinds("0xFFFF_FFFF_FFFF_FFFF_F")[0] == .bigInteger(digits: "FFFFFFFFFFFFFFFFF", radix: 16))
        #expect(kinds("9223372036854775808")[0] == .bigInteger(digits: "9223372036854775808", radix: 10))
        #expect(kinds("9223372036854775807")[0] == .int(Int.max))
        // "invalid digit '2' in binary literal", as python3 3.11 says.
        #expect(Lexer.tokenize("0b12").diagnostics.first?.message == "invalid digit '2' in binary literal")
        #expect(Lexer.tokenize("0x").diagnostics.first?.id == .invalidNumber)
    }

    @Test("f-string bodies are kept raw for the parser")
    func fstrings() {
        guard case .fstring(let body)? = kinds("f'{x:.3f}'").first else {
            Issue.record("expected an f-string token")
            return
        }
        #expect(body.raw == "{x:.3f}")
    }
}
