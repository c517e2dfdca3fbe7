import PXLang
import Testing

@Suite("Parser: classes, decorators and annotations")
struct ClassParserTests {
    /// The statements of a program that must parse cleanly.
    func program(_ source: String) -> [Stmt] {
        let result = Parser.parse(source)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return result.program
    }

    @Test("valid programs parse without diagnostics", arguments: [
        "class A:\n    pass\n", "class A(B, C, metaclass=M):\n    x: int = 1\n    y: str\n",
        "class A(): pass\n", "class A(*bases, **kw):\n    def f(self):\n        return super().f()\n",
        "@d\ndef f():\n    pass\n", "@a.b(1, k=2)\n@c\nclass A:\n    pass\n", "@(lambda f: f)\ndef f(): pass\n",
        "class A:\n    @property\n    def x(self):\n        return 1\n    @x.setter\n    def x(self, v):\n        pass\n",
        "x: int", "x: int = 5", "self.x: list[int] = []", "d['k']: int = 1", "def f():\n    x: int = 1\n",
        "class A:\n    class B:\n        class C:\n            pass\n",
        "def f():\n    class Local:\n        pass\n    return Local\n",
    ])
    func valid(source: String) {
        _ = program(source)
    }

    @Test("a class definition keeps its name, bases, keywords, body, docstring and location")
    func classShape() throws {
        let statements = program("\nclass Point(Base, metaclass=M):\n    \"\"\"Doc.\"\"\"\n    x = 1\n    def f(self): pass\n")
        guard case .classDef(let def)? = statements.first?.kind else {
            Issue.record("expected a class definition, got \(statements)")
            return
        }
        #expect(def.name == "Point")
        #expect(def.location == SourceLocation(line: 2, column: 1))
        #expect(def.docstring == "Doc.")
        #expect(def.body.count == 3)
        #expect(def.decorators.isEmpty)
        guard def.bases.count == 2, case .positional(let base) = def.bases[0], case .name("Base") = base.kind,
              case .keyword("metaclass", _) = def.bases[1] else {
            Issue.record("unexpected bases \(def.bases)")
            return
        }
    }

    @Test("decorators are kept top first on functions and classes")
    func decoratorOrder() {
        let statements = program("@first\n@second(1)\ndef f():\n    pass\n@third\nclass C:\n    pass\n")
        guard statements.count == 2, case .functionDef(let f) = statements[0].kind,
              case .classDef(let c) = statements[1].kind else {
            Issue.record("expected a def and a class, got \(statements)")
            return
        }
        #expect(f.decorators.count == 2)
        if case .name("first") = f.decorators.first?.kind {} else { Issue.record("\(f.decorators)") }
        if case .call = f.decorators.last?.kind {} else { Issue.record("\(f.decorators)") }
        #expect(f.location == SourceLocation(line: 3, column: 1))
        #expect(c.decorators.count == 1)
    }

    @Test("an annotated assignment keeps target, annotation and value")
    func annotation() {
        let statements = program("x: int = 5\ny: str\n")
        guard statements.count == 2, case .annotatedAssign(let t, let a, let v) = statements[0].kind,
              case .name("x") = t.kind, case .name("int") = a.kind, v != nil,
              case .annotatedAssign(_, _, nil) = statements[1].kind else {
            Issue.record("unexpected \(statements)")
            return
        }
    }

    @Test("diagnostics are pinned to their positions", arguments: [
        ("@1️⃣\ndef f():\n    pass\n", DiagnosticID.invalidSyntax),
        ("@d\n1️⃣x = 1\n", .invalidSyntax),
        ("@d 1️⃣e\ndef f():\n    pass\n", .invalidSyntax),
        ("1️⃣a, b: int = 1, 2", .annotatedMultipleTargets),
        ("1️⃣[a]: int", .annotatedMultipleTargets),
        ("1️⃣f(): int", .annotationTargetIllegal),
        ("class A:\n    1️⃣return 1\n", .returnOutsideFunction),
        ("class 1️⃣1:\n    pass\n", .invalidSyntax),
        ("class A:\n1️⃣x = 1\n", .expectedIndentedBlock),
    ])
    func pinned(marked: String, id: DiagnosticID) {
        let (source, markers) = extractMarkers(marked)
        let result = Parser.parse(source)
        #expect(result.diagnostics.first?.id == id, "\(result.diagnostics)")
        #expect(result.diagnostics.first?.location == markers.first, "\(result.diagnostics)")
    }

    @Test("a bad decorator line fails the definition below it, and only that")
    func badDecoratorSkipsDefinition() {
        for source in ["@\ndef f():\n    return 1\ny = 2\n", "@d(\ndef f():\n    return 1\ny = 2\n",
                       "@d e\n@g\ndef f():\n    return 1\ny = 2\n", "@)\nclass A:\n    x = 1\ny = 2\n"] {
            let result = Parser.parse(source)
            #expect(!result.isSuccess, "\(source)")
            let defines = result.program.contains {
                switch $0.kind {
                case .functionDef, .classDef: return true
                default: return false
                }
            }
            #expect(!defines, "the decorated definition must not survive: \(result.program)")
        }
        let result = Parser.parse("@\ndef f():\n    return 1\ny = 2\n")
        #expect(result.program.count == 1, "the statement after the definition is still parsed: \(result.program)")
    }
}
