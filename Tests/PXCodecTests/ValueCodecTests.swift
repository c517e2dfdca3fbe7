import PXBigInt
import PXCodec
import PXLang
import PXRuntime
import PXWire
import Testing

/// Round trips through the codec, compared by `repr` in a fresh interpreter (as an engine would see them).
@Suite("Value codec")
struct ValueCodecTests {
    /// Evaluates `expression`, encodes the value, decodes it in another interpreter and returns its repr.
    func roundTrip(_ expression: String) throws -> (original: String, decoded: String) {
        try InterpreterThread.run { () -> Result<(String, String), any Error> in
            Result {
                let sender = Interpreter()
                let lines = expression.split(separator: "\n")
                let program = lines.dropLast().joined(separator: "\n") + "\nvalue = " + (lines.last ?? "")
                guard case .success = sender.run(program), let value = sender.globals["value"] else {
                    throw CodecError.malformed("could not evaluate \(expression)")
                }
                let bytes = try ValueCodec.encode(value)
                let receiver = Interpreter()
                let decoded = try ValueCodec.decode(bytes, interpreter: receiver)
                return (ValueFormatter.repr(value, sender), ValueFormatter.repr(decoded, receiver))
            }
        }.get()
    }

    @Test("every kind of value survives a round trip", arguments: [
        "None", "True", "False", "0", "-1", "9223372036854775807", "-9223372036854775808", "3.5", "-0.0",
        "float('inf')", "1e-300", "'text'", "'é→\\n'", "''", "b'\\x00\\xff'", "()", "(1,)", "(1, 'a', (2.0, None))",
        "[1, [2, [3]]]", "{'a': 1, 2: [3], (4, 5): None}", "{1, 2, 3}", "set()", "range(2, 10, 3)",
        "slice(1, None, 2)", "ValueError('bad', 3)", "int", "ZeroDivisionError",
        // Integers beyond 64 bits, ranges with big bounds, frozensets.
        "2 ** 64", "-(2 ** 64)", "-(2 ** 63) - 1", "3 ** 500", "[2 ** 100, {2 ** 70: -(10 ** 30)}]",
        "range(2 ** 64)", "range(-(10 ** 20), 10 ** 20, 7)", "frozenset({1, 2, 3})", "frozenset()",
        "{frozenset({1}): 2}",
    ])
    func roundTrips(expression: String) throws {
        let (original, decoded) = try roundTrip(expression)
        #expect(original == decoded)
    }

    @Test("a big integer that fits in 64 bits after all arrives as a machine integer, and its bytes are checked")
    func bigIntegerEncoding() throws {
        let decoded: String = try InterpreterThread.run { () -> Result<String, any Error> in
            Result {
                let receiver = Interpreter()
                // Tag, sign, one limb of 5: a machine integer in big form.
                let small = try ValueCodec.decode(try ValueCodec.encode(.bigint(BigInt(limbs: [5], isNegative: false))), interpreter: receiver)
                guard case .int(5) = small else { return "not a machine integer: \(small)" }
                let bytes = try ValueCodec.encode(try receiver.evaluateExpression("-(2 ** 100)", fileName: "<test>"))
                return ValueFormatter.repr(try ValueCodec.decode(bytes, interpreter: receiver), receiver)
            }
        }.get()
        #expect(decoded == "-1267650600228229401496703205376")
    }

    @Test("arrays travel as raw buffers and keep dtype and shape", arguments: [
        "np.array([1.5, -2.0, 3.25])", "np.arange(12).reshape(3, 4)", "np.array([1, 2]) > 1", "np.zeros(0)",
        "np.linspace(0, 1, 7)[::2]", "np.arange(24, dtype=np.int32).reshape(2, 3, 4)[:, ::-1, 1:3]",
        "np.arange(6, dtype=np.float32).reshape(2, 3).T", "np.zeros((3, 0, 2), dtype=bool)", "np.array(7.5)",
        "np.ones((2, 2), dtype=np.int64)[0]", "np.arange(10.0)[::-3]", "np.float64(2.5)", "np.int32(-7)",
        "np.True_", "[np.float32(0.1), np.int64(3)]",
    ])
    func arrays(expression: String) throws {
        let (original, decoded) = try roundTrip("import numpy as np\n" + expression)
        #expect(original == decoded)
    }

    @Test("functions travel as syntax trees and run on the other side")
    func functions() throws {
        let result: String = try InterpreterThread.run { () -> Result<String, any Error> in
            Result {
                let sender = Interpreter()
                let program = """
                    k = 10
                    def outer(a):
                        b = 2
                        def inner(x, y=3, *rest, scale=1, **kw):
                            '''doc'''
                            return [(x + a + b + y) * scale * k, len(rest), sorted(kw)]
                        return inner
                    f = outer(1)
                    """
                _ = sender.run(program)
                let f = try #require(sender.globals["f"])
                let bytes = try ValueCodec.encode(f)
                let receiver = Interpreter()
                receiver.globals["k"] = .int(100)
                let g = try ValueCodec.decode(bytes, interpreter: receiver)
                let value = try receiver.call(g, Arguments([.int(1), .int(2), .int(9)], keywords: [("scale", .int(2)), ("z", .int(0))]))
                return ValueFormatter.repr(value)
            }
        }.get()
        // Globals resolve on the receiving side (k = 100), captured variables travel (a = 1, b = 2).
        #expect(result == "[1200, 1, ['z']]")
    }

    @Test("built-in functions and partials travel by name")
    func builtins() throws {
        let (original, decoded) = try roundTrip("import functools, math\nfunctools.partial(math.pow, 2)")
        #expect(original.hasPrefix("functools.partial(<built-in function pow>, 2"))
        #expect(decoded == original)
    }

    @Test("client-only values are refused with a clear error")
    func notShippable() {
        let message: String = InterpreterThread.run {
            let vm = Interpreter()
            guard case .success(let module?) = vm.run("import math\nmath", mode: .interactive) else { return "" }
            do {
                _ = try ValueCodec.encode(module)
                return "encoded"
            } catch {
                return "\(error)"
            }
        }
        #expect(message == "cannot send a 'module' object to the engines")
    }

    @Test("malformed bytes are errors, never crashes")
    func malformed() {
        var generator = SystemRandomNumberGenerator()
        let vm = Interpreter()
        var failures = 0
        for length in 0..<2000 {
            let bytes = (0..<(length % 64)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if (try? ValueCodec.decode(bytes, interpreter: vm)) == nil { failures += 1 }
        }
        #expect(failures > 1000)
        // A count far larger than the data is refused before allocating.
        #expect(throws: CodecError.self) { try ValueCodec.decode([8, 0xff, 0xff, 0xff, 0xff, 0x0f], interpreter: vm) }
        // A type named by a dotted name with an empty module part is refused, not imported.
        for name in [".", "..", "a..b", ".x", "x."] {
            let typeTag: UInt8 = 18
            let bytes = [typeTag, UInt8(name.utf8.count)] + Array(name.utf8)
            #expect(throws: CodecError.self) { try ValueCodec.decode(bytes, interpreter: vm) }
        }
        // Deep nesting is refused.
        var deep: [UInt8] = []
        for _ in 0..<5000 { deep += [8, 1] }
        #expect(throws: CodecError.self) { try ValueCodec.decode(deep, interpreter: vm) }
    }

    @Test("task requests and results round trip")
    func bodies() throws {
        let vm = Interpreter()
        let len = try #require(vm.registry.builtins["len"])
        let request = TaskRequest.apply(function: len, arguments: [.str("abc")], keywords: [("k", .int(1))])
        guard case .apply(let f, let args, let kw) = try TaskRequest.decode(try request.encoded(), interpreter: vm) else {
            Issue.record("wrong kind")
            return
        }
        #expect(ValueFormatter.repr(f) == "<built-in function len>")
        #expect(args.count == 1 && kw.first?.name == "k")
        let result = TaskResult.error(RemoteErrorInfo(name: "ZeroDivisionError", message: "division by zero",
                                                      traceback: ["line 1", "ZeroDivisionError: division by zero"]))
        guard case .error(let info) = try TaskResult.decode(ArraySlice(try result.encoded()), interpreter: vm) else {
            Issue.record("wrong kind")
            return
        }
        #expect(info.name == "ZeroDivisionError" && info.traceback.count == 2)
        // Frames (with and without parameters and source) and a map element travel unchanged.
        let frames = [
            RemoteFrame(entry: TracebackEntry(file: "<engine-input-3-7>", line: 2, function: "<module>"),
                        firstLine: 1, source: ["x = 1", "y = 1 / 0"]),
            RemoteFrame(entry: TracebackEntry(file: "<ipython-input-4>", line: 12, function: "f", signature: "f(a, *b)",
                                              scopeStart: 10), firstLine: 10, source: []),
        ]
        let detailed = RemoteErrorInfo(name: "E", message: "m", traceback: [], frames: frames, element: 0)
        guard case .error(let back) = try TaskResult.decode(ArraySlice(try TaskResult.error(detailed).encoded()),
                                                            interpreter: vm) else {
            Issue.record("wrong kind")
            return
        }
        #expect(back == detailed)
    }
}
