import SwiftPX

/// The `mylib` module: typed Swift functions, an untyped one, and a constant.
enum MyLib {
    static func install(into registry: Registry) {
        registry.declareModule("mylib", doc: "Functions registered by the CustomShell example.")
        registry.register("mylib.version", value: .str("1.0"))

        // A typed function of one integer: the argument arrives as a Swift Int, the result leaves as an int.
        registry.register(
            "mylib.collatz", doc: "Number of Collatz steps from n down to 1.",
            parameters: ["n"]
        ) { (n: Int) in
            guard n > 0 else { throw RuntimeError.valueError("n must be positive, not \(n)") }
            var (x, steps) = (n, 0)
            while x != 1 {
                x = x % 2 == 0 ? x / 2 : 3 * x + 1
                steps += 1
            }
            return steps
        }

        // Lists convert element by element; keyword arguments with defaults; optionals may be left out.
        registry.register(
            "mylib.scale", doc: "Multiply every value by factor, then add offset if given.",
            parameters: ["xs", Parameter("factor", default: 2.0), "offset"]
        ) {
            (xs: [Double], factor: Double, offset: Double?) in
            xs.map { $0 * factor + (offset ?? 0) }
        }

        // A dict of floats out; ndarrays in.
        registry.register(
            "mylib.summary", doc: "Count, mean, min and max of an array.",
            parameters: ["a"]
        ) { (a: NDArray) -> [String: Double] in
            let values = try a.doubles()
            guard !values.isEmpty else { throw RuntimeError.valueError("summary of an empty array") }
            return [
                "count": Double(values.count), "mean": values.reduce(0, +) / Double(values.count),
                "min": values.min() ?? 0, "max": values.max() ?? 0,
            ]
        }

        // The untyped form: the arguments as they came, for functions that take anything.
        registry.register("mylib.describe_call", doc: "Say how the function was called.") { (args: Arguments) in
            let keywords = args.keywords.map(\.name).sorted().joined(separator: ", ")
            return .str("\(args.count) positional, keywords: [\(keywords)]")
        }
    }
}
