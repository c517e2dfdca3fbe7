import PXLang
import Testing

@Suite("Parser")
struct ParserTests {
    @Test("valid programs parse without diagnostics", arguments: [
        "x = 1; y = 2", "a, *b = [1, 2, 3]", "rc[:]['pid_map'] = pids", "dv.block = True",
        "def f(a, b=2, *args, k=1, **kw):\n    return a\n", "lambda x, y=1: x + y",
        "[x for x in range(3) if x for y in 'ab']", "{k: v for k, v in d.items()}", "(x for x in y)",
        "try:\n    pass\nexcept (A, B) as e:\n    raise\nelse:\n    pass\nfinally:\n    pass\n",
        "with a as b, c:\n    pass\n", "from m import (a, b as c)", "import a.b as c, d",
        "x if y else z", "a < b <= c != d", "not a in b", "a is not None", "f(*a, **k)", "x[1:2, ::3]",
        "f'{x!r:>{w}} {y=}'", "assert x, 'message'", "global a, b", "del a[0], b.c",
        "while x:\n    break\nelse:\n    pass\n", "print(x, sep='', end='')", "-2 ** 2", "{**a, 'b': 1}",
    ])
    func valid(source: String) {
        let result = Parser.parse(source)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test("diagnostics are pinned to their positions", arguments: [
        ("x = 1️⃣)", DiagnosticID.unmatchedBracket),
        ("def f(1️⃣1):\n    pass\n", .invalidSyntax),
        ("if x1️⃣\n    pass\n", .expectedColon),
        ("1️⃣f(x) = 3", .assignmentToExpressionHere),
        ("x = 1️⃣f(x) = 3", .assignmentToExpression),
        ("1️⃣return 1", .returnOutsideFunction),
        ("1️⃣break", .loopControlOutsideLoop),
        ("def f(a=1, 1️⃣b):\n    pass\n", .nonDefaultAfterDefault),
        ("f(a=1, 21️⃣)", .positionalAfterKeyword),
        ("f(**a, 2, 31️⃣)", .positionalAfterKeywordUnpacking),
        ("f(**a, 1️⃣*b)", .iterableUnpackingAfterKeywordUnpacking),
        ("f(1️⃣a.b=2)", .keywordExpression),
        ("def f(a, 1️⃣a):\n    pass\n", .duplicateArgument),
        ("g = lambda a, *1️⃣a: 0", .duplicateArgument),
        ("x = 1\n1️⃣global x\n", .globalAfterAssignment),
        ("def f():\n    print(x)\n    1️⃣nonlocal x\n", .nonlocalAfterUse),
        ("1️⃣nonlocal x\n", .nonlocalAtModuleLevel),
        ("def f():\n    class C:\n        x = 2\n        def m(self):\n            1️⃣nonlocal x\n",
         .nonlocalWithoutBinding),
        ("try:\n    pass\n1️⃣except:\n    pass\nexcept E:\n    pass\n", .defaultExceptNotLast),
        ("1️⃣a, *b, *c = 1", .multipleStarredTargets),
        ("x = 1️⃣*a", .starredExpressionHere),
        // The symbol table's problems come before the compiler's, wherever they are.
        ("return 1\ndef f(a, 1️⃣a):\n    pass\n", .duplicateArgument),
        // Any parser error comes before both.
        ("def f(a, a):\n    pass\nx = 1️⃣)\n", .unmatchedBracket),
        ("f(a=1, 1️⃣a=2)", .keywordArgumentRepeated),
        ("x = 1\n   1️⃣ y = 2\n", .unexpectedIndent),
        ("if x:\n1️⃣y\n", .expectedIndentedBlock),
        ("x = f'1️⃣{}'", .unterminatedFString),
        ("1️⃣async def f():\n    pass\n", .unsupportedFeature),
        ("x = 1 +1️⃣\n", .invalidSyntax),
    ])
    func pinned(marked: String, id: DiagnosticID) {
        let (source, markers) = extractMarkers(marked)
        let result = Parser.parse(source)
        #expect(result.diagnostics.first?.id == id, "\(result.diagnostics)")
        #expect(result.diagnostics.first?.location == markers.first, "\(result.diagnostics)")
    }

    @Test("an expression parsed on its own reports the problems found after parsing, and gives no tree")
    func expressionReportsLaterProblems() {
        let (expr, diagnostics) = Parser.parseExpression("(yield)")
        #expect(expr == nil)
        #expect(diagnostics.map(\.id) == [.yieldOutsideFunction])
    }

    @Test("a bad statement does not hide the good ones after it")
    func recovery() {
        let result = Parser.parse("x = (\ny = 2\n")
        #expect(!result.isSuccess)
        let result2 = Parser.parse("x = )\ny = 2\nz = 3\n")
        #expect(result2.program.count == 2)
    }

    @Test("messages follow the catalog's style")
    func catalogStyle() {
        for id in DiagnosticID.allCases {
            let message = id.message("x")
            #expect(!message.hasSuffix("."), "\(id)")
            // (CPython's own capital: "Missing parentheses in call to 'print'. Did you mean print(...)?")
            #expect(message.first?.isUppercase != true || id == .missingParentheses, "\(id)")
        }
    }

    @Test("chained comparison and precedence shape the tree")
    func precedence() {
        guard case .expression(let e)? = Parser.parse("-2 ** 2").program.first?.kind,
              case .unary(.negate, let inner) = e.kind, case .binary(.power, _, _) = inner.kind else {
            Issue.record("-2 ** 2 must parse as -(2 ** 2)")
            return
        }
        guard case .expression(let c)? = Parser.parse("a < b < c").program.first?.kind,
              case .compare(_, let steps) = c.kind else {
            Issue.record("expected a comparison")
            return
        }
        #expect(steps.count == 2)
    }

    @Test("deeply nested brackets are an error, not a crash")
    func deepNesting() {
        let source = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        let result = Parser.parse(source)
        #expect(!result.isSuccess)
    }
}
