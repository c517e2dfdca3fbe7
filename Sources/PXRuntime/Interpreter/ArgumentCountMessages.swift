/// How CPython 3.11 words a wrong number of arguments to one of its built-in functions: the words depend on
/// the argument parser the built-in uses in C, not on the numbers.
enum ArgumentCountStyle {
    /// `METH_O`: `len() takes exactly one argument (2 given)`.
    case exactlyOne
    /// `_PyArg_CheckPositional`: `divmod expected 2 arguments, got 3`, `sorted expected 1 argument, got 0`.
    case expected
    /// Argument Clinic with keywords: `pow() takes at most 3 arguments (4 given)` and
    /// `pow() missing required argument 'base' (pos 1)`; the parameter names, in order.
    case keywords([String])
    /// `enumerate() missing required argument 'iterable'` (no position) and `… takes at most 2 arguments`.
    case keywordsWithoutPosition([String])
    /// `sum() takes at least 1 positional argument (0 given)` and `sum() takes at most 2 arguments (3 given)`.
    case positionalThenKeywords
    /// `super() expected at most 2 arguments, got 3`.
    case expectedWithParentheses

    /// The built-ins whose words differ from ``Arguments/check(_:min:max:keywords:)``'s defaults.
    static let builtins: [String: ArgumentCountStyle] = {
        var table: [String: ArgumentCountStyle] = [:]
        for name in ["abs", "all", "any", "ascii", "bin", "callable", "chr", "hash", "hex", "id", "len", "oct", "ord",
                     "repr"] {
            table[name] = .exactlyOne
        }
        for name in ["delattr", "divmod", "hasattr", "isinstance", "issubclass", "setattr", "sorted", "reversed",
                     "staticmethod", "classmethod"] {
            table[name] = .expected
        }
        table["pow"] = .keywords(["base", "exp", "mod"])
        table["round"] = .keywords(["number", "ndigits"])
        table["int"] = .keywords(["x", "base"])
        table["str"] = .keywords(["object", "encoding", "errors"])
        table["bytes"] = .keywords(["source", "encoding", "errors"])
        table["property"] = .keywords(["fget", "fset", "fdel", "doc"])
        table["__import__"] = .keywords(["name", "globals", "locals", "fromlist", "level"])
        table["enumerate"] = .keywordsWithoutPosition(["iterable", "start"])
        table["sum"] = .positionalThenKeywords
        table["super"] = .expectedWithParentheses
        return table
    }()

    /// CPython's message for `given` positional arguments to `function`, which takes `min` to `max`; nil when
    /// the built-in keeps the default words.
    static func message(_ function: String, given: Int, min: Int, max: Int) -> String? {
        guard let style = builtins[function] else { return nil }
        func arguments(_ n: Int) -> String { n == 1 ? "argument" : "arguments" }
        switch style {
        case .exactlyOne:
            return "\(function)() takes exactly one argument (\(given) given)"
        case .expected:
            if min == max { return "\(function) expected \(min) \(arguments(min)), got \(given)" }
            return given < min ? "\(function) expected at least \(min) \(arguments(min)), got \(given)"
                : "\(function) expected at most \(max) \(arguments(max)), got \(given)"
        case .keywords(let names), .keywordsWithoutPosition(let names):
            guard given < min, given < names.count else {
                return "\(function)() takes at most \(max) \(arguments(max)) (\(given) given)"
            }
            if case .keywordsWithoutPosition = style {
                return "\(function)() missing required argument '\(names[given])'"
            }
            return "\(function)() missing required argument '\(names[given])' (pos \(given + 1))"
        case .positionalThenKeywords:
            return given < min ? "\(function)() takes at least \(min) positional \(arguments(min)) (\(given) given)"
                : "\(function)() takes at most \(max) \(arguments(max)) (\(given) given)"
        case .expectedWithParentheses:
            return given < min ? "\(function)() expected at least \(min) \(arguments(min)), got \(given)"
                : "\(function)() expected at most \(max) \(arguments(max)), got \(given)"
        }
    }
}
