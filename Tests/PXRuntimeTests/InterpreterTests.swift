import PXRuntime
import Testing

@Suite("Interpreter")
struct InterpreterTests {
    @Test("expressions", arguments: [
        ("1 + 2 * 3", "7"), ("7 // 2, -7 // 2, 7 % -3", "(3, -4, -2)"), ("2 ** 10", "1024"), ("2 ** -1", "0.5"),
        ("1 < 2 < 3", "True"), ("'a' * 3", "'aaa'"), ("[1, 2] + [3]", "[1, 2, 3]"), ("(1,)", "(1,)"),
        ("{'a': 1}['a']", "1"), ("[x * x for x in range(4) if x % 2]", "[1, 9]"), ("0 or 'x'", "'x'"),
        ("(lambda x, y=2: x * y)(3)", "6"), ("'%5.2f|%-3d|%s' % (3.14159, 7, None)", "' 3.14|7  |None'"),
        ("f'{3.14159:.2f}'", "'3.14'"), ("sorted({3, 1, 2})", "[1, 2, 3]"), ("{1, 2} | {3}", "{1, 2, 3}"),
        ("list(zip('ab', [1, 2]))", "[('a', 1), ('b', 2)]"), ("sum(x for x in range(5))", "10"),
        ("divmod(7, 2)", "(3, 1)"), ("round(2.5), round(3.5)", "(2, 4)"), ("0.1 + 0.2", "0.30000000000000004"),
        ("1e16", "1e+16"), ("1/3", "0.3333333333333333"), ("int('ff', 16)", "255"), ("str(1.0)", "'1.0'"),
    ])
    func expressions(source: String, expected: String) {
        #expect(reprOf(source) == expected)
    }

    @Test("errors carry Python's names and messages", arguments: [
        ("1 / 0", "ZeroDivisionError: division by zero"),
        ("undefined_name", "NameError: name 'undefined_name' is not defined"),
        ("1 + 'a'", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"),
        ("[][0]", "IndexError: list index out of range"),
        ("{}['k']", "KeyError: 'k'"),
        ("int('x')", "ValueError: invalid literal for int() with base 10: 'x'"),
        ("(1).nope", "AttributeError: 'int' object has no attribute 'nope'"),
        ("float(2 ** 1024)", "OverflowError: int too large to convert to float"),
        ("pow(6, -1, 9)", "ValueError: base is not invertible for the given modulus"),
        ("import nothing_here", "ModuleNotFoundError: No module named 'nothing_here'"),
    ])
    func errors(source: String, expected: String) {
        #expect(evaluate(source) == expected)
    }

    @Test("runaway recursion is a RecursionError, not a crash")
    func recursion() {
        #expect(evaluate("def f(n):\n    return f(n + 1)\nf(0)") == "RecursionError: maximum recursion depth exceeded")
        #expect(evaluate("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    print('ok')")
                    == "ok\n")
    }

    @Test("tracebacks name the file, line and function")
    func traceback() {
        let frames: [TracebackEntry] = InterpreterThread.run {
            let vm = Interpreter()
            guard case .exception(let e) = vm.run("def f():\n    return 1 / 0\n\nf()\n", fileName: "t.px") else { return [] }
            return e.traceback
        }
        #expect(frames == [TracebackEntry(file: "t.px", line: 4, function: "<module>"),
                           TracebackEntry(file: "t.px", line: 2, function: "f")])
    }

    @Test("closures, globals and comprehension scopes")
    func scopes() {
        let program = """
            def counter():
                n = 0
                def bump():
                    nonlocal n
                    n += 1
                    return n
                return bump
            b = counter()
            b(); b()
            print(b())
            g = 1
            def setg():
                global g
                g = 5
            setg()
            x = 'outer'
            [x for x in range(3)]
            print(g, x)
            """
        #expect(evaluate(program) == "3\n5 outer\n")
    }

    @Test("try/except/else/finally order")
    func exceptions() {
        let program = """
            def f(x):
                try:
                    r = 10 // x
                except ZeroDivisionError as e:
                    print('caught', e)
                    return -1
                else:
                    print('else')
                    return r
                finally:
                    print('finally')
            print(f(2), f(0))
            """
        #expect(evaluate(program) == "else\nfinally\ncaught integer division or modulo by zero\nfinally\n5 -1\n")
    }

    @Test("the interrupt flag stops a running loop with KeyboardInterrupt")
    func interrupt() {
        let result: String = InterpreterThread.run {
            let vm = Interpreter()
            vm.interrupt.raise(.keyboardInterrupt)
            guard case .exception(let e) = vm.run("while True:\n    pass\n") else { return "no exception" }
            return e.type.name
        }
        #expect(result == "KeyboardInterrupt")
    }

    @Test("interactive mode returns the last expression's value")
    func interactive() {
        let shown: String = InterpreterThread.run {
            let vm = Interpreter()
            guard case .success(let value) = vm.run("x = 2\nx * 21", mode: .interactive), let value else { return "none" }
            return ValueFormatter.repr(value)
        }
        #expect(shown == "42")
    }
}
