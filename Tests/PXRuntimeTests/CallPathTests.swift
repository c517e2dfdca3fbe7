import PXLang
import Testing
@testable import PXRuntime

/// The direct call path, value-returning function bodies and the in-place fast paths: tracebacks, lifetimes
/// of functions replaced while they run, interrupts.
@Suite("Call paths")
struct CallPathTests {
    func traceback(_ source: String) -> [TracebackEntry] {
        InterpreterThread.run {
            let vm = Interpreter()
            guard case .exception(let e) = vm.run(source, fileName: "t.px") else { return [] }
            return e.traceback
        }
    }

    @Test("tracebacks through direct calls name each frame's line")
    func nestedTraceback() {
        let frames = traceback("""
            def g(n):
                if n < 1:
                    return 1 / 0
                return g(n - 1)

            def h(x):
                y = x + 1
                return g(y)

            h(0)
            """)
        #expect(frames == [TracebackEntry(file: "t.px", line: 10, function: "<module>"),
                           TracebackEntry(file: "t.px", line: 8, function: "h"),
                           TracebackEntry(file: "t.px", line: 4, function: "g"),
                           TracebackEntry(file: "t.px", line: 3, function: "g")])
    }

    @Test("a frame's line is restored after a call returns")
    func lineAfterCall() {
        let frames = traceback("""
            def f():
                return 1
            def k():
                x = f()
                return x + missing
            k()
            """)
        #expect(frames == [TracebackEntry(file: "t.px", line: 6, function: "<module>"),
                           TracebackEntry(file: "t.px", line: 5, function: "k")])
    }

    @Test("errors in arguments and in the bodies of loops name their lines")
    func argumentAndLoopLines() {
        let frames = traceback("""
            def f(a, b):
                return a + b
            def g(items):
                total = 0
                for i in items:
                    total += f(i, 1 // i)
                return total
            g([2, 1, 0])
            """)
        #expect(frames == [TracebackEntry(file: "t.px", line: 8, function: "<module>"),
                           TracebackEntry(file: "t.px", line: 6, function: "g")])
    }

    @Test("a Swift function rebinding the callee while arguments are evaluated leaves the old function valid")
    func rebindFromSwift() {
        let output: String = InterpreterThread.run {
            let registry = Registry()
            registry.register("rebind") { _, vm in
                vm.globals["target"] = Value.none
                return .int(1)
            }
            let out = BufferedOutput()
            let vm = Interpreter(registry: registry, output: out)
            let source = """
                def target(x):
                    s = 0
                    for i in range(100):
                        s += i
                    return ("old", x, s)
                print(target(rebind()))
                print(target)
                """
            guard case .success = vm.run(source) else { return "failed" }
            return out.stdout
        }
        #expect(output == "('old', 1, 4950)\nNone\n")
    }

    @Test("functions replaced while calls run are kept until no call runs")
    func retiredAreReleased() {
        let (output, after): (String, Int) = InterpreterThread.run {
            let registry = Registry()
            registry.register("retired") { _, vm in .int(vm.globals.retired.count) }
            let out = BufferedOutput()
            let vm = Interpreter(registry: registry, output: out)
            _ = vm.run("""
                def f():
                    global f
                    def f():
                        return 2
                    return retired()
                print(f(), retired(), f())
                def g():
                    return 0
                def g():
                    return 1
                print(retired())
                """)
            return (out.stdout, vm.globals.retired.count)
        }
        #expect(output == "1 1 2\n0\n")
        #expect(after == 0)
    }

    @Test("an interrupt stops recursion that has no loop")
    func interruptRecursion() {
        let result: String = InterpreterThread.run {
            let vm = Interpreter()
            vm.interrupt.raise(.keyboardInterrupt)
            guard case .exception(let e) = vm.run("def f(n):\n    return f(n + 1)\nf(0)\n") else {
                return "no exception"
            }
            return e.type.name
        }
        #expect(result == "KeyboardInterrupt")
    }

    @Test("deep recursion through the direct path stops at the limit", arguments: [0, 1, 2, 3])
    func recursionLimit(arity: Int) {
        let parameters = (0..<arity).map { "a\($0)" }.joined(separator: ", ")
        let arguments = (0..<arity).map { _ in "1" }.joined(separator: ", ")
        let result: String = InterpreterThread.run {
            let vm = Interpreter()
            let out = BufferedOutput()
            vm.output = out
            let source = """
                depth = 0
                def f(\(parameters)):
                    global depth
                    depth += 1
                    return f(\(arguments))
                try:
                    f(\(arguments))
                except RecursionError as e:
                    print(type(e).__name__, depth)
                """
            guard case .success = vm.run(source) else { return "failed" }
            return out.stdout
        }
        #expect(result == "RecursionError 1000\n")
    }
}
