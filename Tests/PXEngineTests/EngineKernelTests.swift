import PXCodec
import PXEngine
import PXRuntime
import PXWire
import Testing

/// `EngineKernel.run`: a task's payload bytes in, its result out, as an engine runs it (no socket, no
/// process). Requests are encoded by a client-side interpreter, as the shell would, so functions travel as
/// syntax trees.
@Suite("Engine kernel")
struct EngineKernelTests {
    /// A client interpreter (which defines what tasks ship) and an engine's kernel with its own interpreter.
    final class Pair {
        let client: Interpreter
        let kernel: EngineKernel

        init(clientRegistry: Registry = Registry(), engineRegistry: Registry = Registry()) {
            client = Interpreter(registry: clientRegistry)
            kernel = EngineKernel(interpreter: Interpreter(registry: engineRegistry))
        }

        /// A value computed by the client (`lambda x: x * 2`, `len`).
        func value(_ expression: String) throws -> Value {
            guard case .success = client.run("shipped = " + expression), let value = client.globals["shipped"] else {
                throw CodecError.malformed("could not evaluate \(expression)")
            }
            return value
        }

        /// Encodes `request` as the client sends it, runs the bytes on the kernel and decodes the result there.
        func run(_ request: TaskRequest, timeLimit: Double? = nil) throws -> (TaskResult, failed: Bool) {
            let payload = try TaskPayload.encode(request, timeLimit: timeLimit)
            let (bytes, limit) = TaskPayload.split(payload[...])
            #expect(limit == timeLimit)
            return kernel.run(Payload(bytes))
        }

        /// The repr of a value result, on the engine's side.
        func repr(_ result: TaskResult) -> String? {
            guard case .value(let value) = result else { return nil }
            return ValueFormatter.repr(value, kernel.interpreter)
        }
    }

    /// Runs `body` on an interpreter thread (the language recurses on the native stack).
    func onInterpreterThread(_ body: @escaping () throws -> Void) throws {
        try InterpreterThread.run { Result { try body() } }.get()
    }

    @Test("apply: a lambda shipped as syntax runs with positional and keyword arguments")
    func applyLambda() throws {
        try onInterpreterThread {
            let pair = Pair()
            let f = try pair.value("lambda x, y=1: x * 2 + y")
            let (result, failed) = try pair.run(.apply(function: f, arguments: [.int(20)], keywords: [("y", .int(2))]))
            #expect(!failed)
            #expect(pair.repr(result) == "42")
        }
    }

    @Test("apply: a built-in travels by name")
    func applyBuiltin() throws {
        try onInterpreterThread {
            let pair = Pair()
            let (result, _) = try pair.run(.apply(function: try pair.value("len"), arguments: [.str("four")], keywords: []))
            #expect(pair.repr(result) == "4")
        }
    }

    @Test("map: one call per item, results in order; a tuple item spreads into arguments")
    func map() throws {
        try onInterpreterThread {
            let pair = Pair()
            let square = try pair.value("lambda x: x * x")
            let (squares, _) = try pair.run(.map(function: square, items: [[.int(1)], [.int(2)], [.int(3)]]))
            #expect(pair.repr(squares) == "[1, 4, 9]")
            let add = try pair.value("lambda a, b: a + b")
            let (sums, _) = try pair.run(.map(function: add, items: [[.int(1), .int(10)], [.int(2), .int(20)]]))
            #expect(pair.repr(sums) == "[11, 22]")
        }
    }

    @Test("execute: counts executions and returns the repr of a final expression unless silent")
    func execute() throws {
        try onInterpreterThread {
            let pair = Pair()
            let (first, _) = try pair.run(.execute(code: "a = 6 * 7\na", silent: false))
            guard case .executed(let count, let text) = first else { Issue.record("not executed: \(first)"); return }
            #expect(count == 1)
            #expect(text == "42")
            let (second, _) = try pair.run(.execute(code: "a", silent: true))
            guard case .executed(let again, let silentText) = second else { Issue.record("\(second)"); return }
            // As an IPython kernel, a silent execute does not take a number.
            #expect(again == 1)
            #expect(silentText == nil)
            #expect(pair.kernel.executionCount == 1)
        }
    }

    @Test("assignment expressions travel in shipped functions and run in execute code, with CPython's errors")
    func assignmentExpressions() throws {
        try onInterpreterThread {
            let pair = Pair()
            // Outputs from python3 3.11.
            let f = try pair.value("lambda xs: [y for x in xs if (y := x * 2) > 2] + [y]")
            let items = Value.list(ListObject([.int(1), .int(2), .int(3)]))
            let (list, failed) = try pair.run(.apply(function: f, arguments: [items], keywords: []))
            #expect(!failed)
            #expect(pair.repr(list) == "[4, 6, 6]")
            let (run, _) = try pair.run(.execute(code: "if (n := 6 * 7) > 40:\n    r = n\nr", silent: false))
            guard case .executed(_, let text) = run else { Issue.record("not executed: \(run)"); return }
            #expect(text == "42")
            let (bad, badFailed) = try pair.run(.execute(code: "x := 1", silent: false))
            #expect(badFailed)
            guard case .error(let info) = bad else { Issue.record("\(bad)"); return }
            #expect(info.traceback.last == "SyntaxError: invalid syntax")
        }
    }

    @Test("push and pull share the engine's namespace with later tasks, and a Reference reads it")
    func namespace() throws {
        try onInterpreterThread {
            let pair = Pair()
            _ = try pair.run(.push([("x", .int(5)), ("name", .str("e"))]))
            let (pulled, _) = try pair.run(.pull(names: ["x", "name"], single: false))
            #expect(pair.repr(pulled) == "[5, 'e']")
            let (single, _) = try pair.run(.pull(names: ["x"], single: true))
            #expect(pair.repr(single) == "5")
            let reference = Value.object(ReferenceObject(name: "x"))
            let (referenced, _) = try pair.run(
                .apply(function: try pair.value("lambda v: v + 1"), arguments: [reference], keywords: []))
            #expect(pair.repr(referenced) == "6")
            pair.kernel.clearNamespace()
            let (gone, failed) = try pair.run(.pull(names: ["x"], single: true))
            #expect(failed)
            guard case .error(let info) = gone else { Issue.record("\(gone)"); return }
            #expect(info.name == "NameError")
        }
    }

    @Test("an exception comes back as data with a Python traceback naming the line")
    func remoteError() throws {
        try onInterpreterThread {
            let pair = Pair()
            _ = pair.client.run("def f(x):\n    return 1 / x\n")
            let f = try pair.value("f")
            let (result, failed) = try pair.run(.apply(function: f, arguments: [.int(0)], keywords: []))
            #expect(failed)
            guard case .error(let info) = result else { Issue.record("\(result)"); return }
            #expect(info.name == "ZeroDivisionError")
            #expect(info.message == "division by zero")
            #expect(info.traceback.first == "Traceback (most recent call last):")
            #expect(info.traceback.last == "ZeroDivisionError: division by zero")
            #expect(info.traceback.contains { $0.contains("line 2, in f") })
            // The frame travels as data, with the parameters and the def line; the engine does not have the
            // source of a function the client defined, so it sends no lines (the client has them).
            #expect(info.frames.map(\.entry.function) == ["f"])
            #expect(info.frames.first?.entry.line == 2)
            #expect(info.frames.first?.entry.signature == "f(x)")
            #expect(info.frames.first?.entry.scopeStart == 1)
            #expect(info.frames.first?.source == [])
            #expect(info.element == nil)
        }
    }

    @Test("an error in an execute names the engine's cell and sends the lines around the failing one")
    func executeErrorFrames() throws {
        try onInterpreterThread {
            let pair = Pair()
            _ = try pair.run(.execute(code: "a = 1", silent: false))
            let (result, failed) = try pair.run(.execute(code: "b = 2\nc = 3\nd = 1 / 0\ne = 4", silent: false))
            #expect(failed)
            guard case .error(let info) = result, let frame = info.frames.first else { Issue.record("\(result)"); return }
            #expect(TracebackFormatter.cellLabel(frame.entry.file) == "Cell In[2]")
            #expect(frame.entry.line == 3)
            #expect(frame.firstLine == 1)
            #expect(frame.source == ["b = 2", "c = 3", "d = 1 / 0", "e = 4"])
        }
    }

    @Test("a failing element of a map task is named by its index in the task's chunk")
    func mapElement() throws {
        try onInterpreterThread {
            let pair = Pair()
            let (result, failed) = try pair.run(.map(function: try pair.value("lambda v: 1 / v"),
                                                     items: [[.int(1)], [.int(2)], [.int(0)], [.int(0)]]))
            #expect(failed)
            guard case .error(let info) = result else { Issue.record("\(result)"); return }
            #expect(info.name == "ZeroDivisionError")
            #expect(info.element == 2)
        }
    }

    @Test("a function the engine lacks names the engine and its plugins")
    func missingFunction() throws {
        try onInterpreterThread {
            let clientRegistry = Registry()
            clientRegistry.register("stats.norm", doc: "Euclidean norm") { (xs: [Double]) in
                xs.reduce(0) { $0 + $1 * $1 }.squareRoot()
            }
            let pair = Pair(clientRegistry: clientRegistry)
            pair.kernel.engineID = 3
            pair.kernel.plugins = ["/lib/libstats.so"]
            _ = pair.client.run("import stats")
            let norm = try pair.value("stats.norm")
            let (result, failed) = try pair.run(.apply(function: norm, arguments: [.list(ListObject([.float(3)]))], keywords: []))
            #expect(failed)
            guard case .error(let info) = result else { Issue.record("\(result)"); return }
            #expect(info.name == MissingFunction.exceptionName)
            #expect(info.message.contains("engine 3"))
            #expect(info.message.contains("/lib/libstats.so"))
        }
    }

    @Test("bytes that are not a request fail with a clear ValueError, and the kernel goes on")
    func garbage() throws {
        try onInterpreterThread {
            let pair = Pair()
            let (result, failed) = pair.kernel.run([0xFF, 0x00, 0x13])
            #expect(failed)
            guard case .error(let info) = result else { Issue.record("\(result)"); return }
            #expect(info.name == "ValueError")
            let (next, _) = try pair.run(.execute(code: "1 + 1", silent: false))
            guard case .executed(_, let text) = next else { Issue.record("\(next)"); return }
            #expect(text == "2")
        }
    }
}
