import PXNumeric
import PXRuntime
import Testing

/// Typed Swift closures registered with `Registry.register`: conversions, keywords, defaults, errors, `help()`.
@Suite("Typed registration")
struct TypedRegistrationTests {
    /// A registry with the standard library and a `stats` module of typed functions.
    static func registry() -> Registry {
        let r = Registry()
        r.declareModule("stats", doc: "Statistics.")
        r.register("stats.norm", doc: "Euclidean norm.", parameters: ["xs"]) { (xs: [Double]) in
            xs.reduce(0) { $0 + $1 * $1 }.squareRoot()
        }
        r.register("stats.mean", parameters: ["xs", Parameter("trim", default: 0)]) { (xs: [Double], trim: Int) in
            let kept = xs.sorted().dropFirst(trim).dropLast(trim)
            return kept.reduce(0, +) / Double(kept.count)
        }
        r.register(
            "stats.label", parameters: ["name", "suffix", Parameter("upper", default: false, keywordOnly: true)]
        ) {
            (name: String, suffix: String?, upper: Bool) in
            let text = name + (suffix.map { "-" + $0 } ?? "")
            return upper ? text.uppercased() : text
        }
        r.register("stats.counts", parameters: ["xs"]) { (xs: [Int]) -> [String: Int] in
            ["n": xs.count, "sum": xs.reduce(0, +)]
        }
        r.register("stats.scaled", parameters: ["a", "factor"]) { (a: NDArray, factor: Double) in
            NDArray(doubles: try a.doubles().map { $0 * factor })
        }
        r.register("stats.first", parameters: ["d"]) { (d: [String: Double]) in d.keys.sorted().first }
        r.register("stats.clamp", parameters: ["x", "low", "high", Parameter("step", default: 1)]) {
            (x: Int, low: Int, high: Int, step: Int) in min(max(x, low), high) / step * step
        }
        r.register("stats.seed") { 42 }
        r.register("stats.positional") { (a: Int, b: Double) in Double(a) + b }
        let log = Log()
        r.register("stats.record") { (text: String) in log.lines.append(text) }
        r.register("stats.recorded") { log.lines }
        r.register("stats.fail", parameters: ["x"]) { (x: Int) -> Int in
            throw RuntimeError.valueError("bad x: \(x)")
        }
        r.register("stats.swift_error") { () throws -> Int in throw Oops() }
        r.register("stats.any", parameters: ["value"]) { (value: Value) in value.typeName }
        r.register("stats.untyped", doc: "Counts its arguments.") { (args: Arguments) in
            .int(args.count + args.keywords.count)
        }
        return r
    }

    final class Log {
        var lines: [String] = []
    }

    struct Oops: Error, CustomStringConvertible {
        var description: String { "something Swift-side broke" }
    }

    /// Runs `source` with the registry and returns what it printed, or the exception summary.
    func run(_ source: String) -> String {
        Interpreter.transcript(of: "import stats\n" + source, registry: TypedRegistrationTests.registry())
    }

    @Test(
        "arguments convert to Swift types and results back",
        arguments: [
            ("stats.norm([3, 4])", "5.0"),
            ("stats.norm((3.0, 4.0))", "5.0"),
            ("stats.norm(range(0))", "0.0"),
            ("stats.norm(xs=[6, 8])", "10.0"),
            ("stats.norm(np.array([3.0, 4.0]))", "5.0"),
            ("stats.mean([1, 2, 3, 100], 1)", "2.5"),
            ("stats.mean([1, 2, 3, 100], trim=1)", "2.5"),
            ("stats.mean([2, 4])", "3.0"),
            ("stats.label('a')", "'a'"),
            ("stats.label('a', 'b')", "'a-b'"),
            ("stats.label('a', None, upper=True)", "'A'"),
            ("stats.label('a', suffix='z', upper=True)", "'A-Z'"),
            ("stats.counts([1, 2, True])", "{'n': 3, 'sum': 4}"),
            ("stats.scaled([1, 2], 0.5).tolist()", "[0.5, 1.0]"),
            ("stats.first({'b': 1.0, 'a': 2})", "'a'"),
            ("stats.first({})", "None"),
            ("stats.clamp(17, 0, 10, step=3)", "9"),
            ("stats.seed()", "42"),
            ("stats.positional(1, 2)", "3.0"),
            ("stats.any([1])", "'list'"),
            ("stats.untyped(1, 2, k=3)", "3"),
            ("list(map(stats.norm, [[3, 4], [5, 12]]))", "[5.0, 13.0]"),
        ])
    func conversions(source: String, expected: String) {
        #expect(run("import numpy as np\nprint(repr(\(source)))") == expected + "\n")
    }

    @Test(
        "a wrong argument is a TypeError naming the function, the parameter and the types",
        arguments: [
            ("stats.norm('abc')", "TypeError: stats.norm() argument 'xs' must be list[float], not str"),
            (
                "stats.norm([1, 'x'])",
                "TypeError: stats.norm() argument 'xs' must be list[float], not list (item 1 is str)"
            ),
            ("stats.mean([1], trim=1.5)", "TypeError: stats.mean() argument 'trim' must be int, not float"),
            ("stats.label(1)", "TypeError: stats.label() argument 'name' must be str, not int"),
            ("stats.label('a', 2)", "TypeError: stats.label() argument 'suffix' must be str | None, not int"),
            ("stats.label('a', upper=1)", "TypeError: stats.label() argument 'upper' must be bool, not int"),
            (
                "stats.first({1: 2.0})",
                "TypeError: stats.first() argument 'd' must be dict[str, float], not dict (key 1 is int)"
            ),
            ("stats.scaled('x', 1)", "TypeError: stats.scaled() argument 'a' must be ndarray, not str"),
            ("stats.positional(1, 'x')", "TypeError: stats.positional() argument 2 must be float, not str"),
            ("stats.norm()", "TypeError: stats.norm() missing 1 required argument: 'xs'"),
            ("stats.clamp(1)", "TypeError: stats.clamp() missing 2 required arguments: 'low' and 'high'"),
            ("stats.norm([1], [2])", "TypeError: stats.norm() takes 1 positional argument but 2 were given"),
            (
                "stats.mean([1], 0, 2)",
                "TypeError: stats.mean() takes from 1 to 2 positional arguments but 3 were given"
            ),
            (
                "stats.label('a', 'b', True)",
                "TypeError: stats.label() takes from 1 to 2 positional arguments but 3 were given"
            ),
            ("stats.norm([1], [2], [3])", "TypeError: stats.norm() takes 1 positional argument but 3 were given"),
            ("stats.seed(1)", "TypeError: stats.seed() takes no arguments (1 given)"),
            ("stats.norm([1], ys=2)", "TypeError: stats.norm() got an unexpected keyword argument 'ys'"),
            ("stats.norm([1], xs=[2])", "TypeError: stats.norm() got multiple values for argument 'xs'"),
            ("stats.positional(1, b=2)", "TypeError: stats.positional() takes no keyword arguments"),
            ("stats.positional(1)", "TypeError: stats.positional() takes exactly 2 arguments (1 given)"),
        ])
    func typeErrors(source: String, expected: String) {
        #expect(run(source) == expected)
    }

    @Test("errors the closure throws propagate; other Swift errors become RuntimeError")
    func thrownErrors() {
        #expect(run("stats.fail(3)") == "ValueError: bad x: 3")
        #expect(run("try:\n    stats.fail(3)\nexcept ValueError as e:\n    print('caught', e)") == "caught bad x: 3\n")
        #expect(run("stats.swift_error()") == "RuntimeError: something Swift-side broke")
        #expect(run("try:\n    stats.norm('x')\nexcept TypeError:\n    print('caught')") == "caught\n")
    }

    @Test("a function returning nothing returns None")
    func voidResult() {
        #expect(run("print(stats.record('a'), stats.record('b'), stats.recorded())") == "None None ['a', 'b']\n")
    }

    @Test("help() shows the typed signature and the doc string")
    func help() {
        #expect(
            run("help(stats.norm)") == """
                Help on built-in function norm in module stats:

                norm(xs: list[float]) -> float
                    Euclidean norm.


                """)
        #expect(
            run("help(stats.label)").contains(
                "label(name: str, suffix: str | None = None, *, upper: bool = False) -> str"))
        #expect(run("help(stats.positional)").contains("positional(int, float, /) -> float"))
        #expect(run("help(stats.record)").contains("record(str, /) -> None"))
        #expect(run("help(stats.untyped)").contains("untyped()\n    Counts its arguments."))
        #expect(run("help(stats)").contains("    norm(xs: list[float]) -> float\n        Euclidean norm."))
    }

    @Test("dotted names make modules whose members complete after the dot")
    func modules() {
        let registry = TypedRegistrationTests.registry()
        registry.register("stats.dist.normal_pdf", parameters: ["x"]) { (x: Double) in x }
        let (members, nested, keywords) = InterpreterThread.run { () -> ([String], [String], [String]) in
            let vm = Interpreter(registry: registry)
            _ = vm.run("import stats, stats.dist")
            let stats = vm.lookupPath("stats").map { vm.attributeNames(of: $0) } ?? []
            let dist = vm.lookupPath("stats.dist").map { vm.attributeNames(of: $0) } ?? []
            let label = vm.lookupPath("stats.label").map { vm.parameterNames(of: $0) } ?? []
            return (stats, dist, label)
        }
        #expect(members.contains("norm") && members.contains("mean") && members.contains("dist"))
        #expect(nested == ["normal_pdf"])
        #expect(keywords == ["name", "suffix", "upper"])
        #expect(registry.hasModule("stats.dist"))
    }

    @Test("the built-in modules are registered through the same typed API")
    func builtinsAreTyped() {
        let registry = Registry()
        for name in [
            "math.sqrt", "math.log", "math.isclose", "math.factorial", "time.time", "os.getcwd",
            "os.path.basename", "socket.gethostname",
        ] {
            guard case .builtin(let f)? = registry.value(named: name) else {
                Issue.record("\(name) is not registered")
                continue
            }
            #expect(f.signature != nil, "\(name) is not typed")
        }
        #expect(
            run("import math\nprint(math.sqrt(16), math.log(8, 2), math.isclose(1, 1.0 + 1e-12))") == "4.0 3.0 True\n")
        #expect(run("import math\nmath.sqrt('x')") == "TypeError: must be real number, not str")
    }

    @Test("collectingNames lists what a body registered, once each")
    func collectingNames() {
        let registry = Registry()
        let names = registry.collectingNames { r in
            r.declareModule("plug", doc: "A plugin.")
            r.register("plug.f") { 1 }
            r.register("plug.f") { 2 }
            r.register("plug.k", value: .int(3))
        }
        #expect(names == ["plug", "plug.f", "plug.k"])
        #expect(registry.moduleDoc("plug") == "A plugin.")
        #expect(registry.moduleDoc("nope") == nil)
    }
}
