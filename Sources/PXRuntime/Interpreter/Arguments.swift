/// The arguments of a call: positional values and keyword pairs in call order.
public struct Arguments {
    /// Positional arguments.
    public var positional: [Value]
    /// Keyword arguments in call order.
    public var keywords: [(name: String, value: Value)]

    /// Creates arguments.
    public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    /// Number of positional arguments.
    public var count: Int { positional.count }

    /// The positional argument at `index`.
    public subscript(index: Int) -> Value { positional[index] }

    /// The keyword argument `name`, if given.
    public func keyword(_ name: String) -> Value? {
        keywords.first { $0.name == name }?.value
    }

    /// The argument at position `index`, or the keyword `name`, or nil.
    public func argument(_ index: Int, _ name: String) -> Value? {
        index < positional.count ? positional[index] : keyword(name)
    }

    /// Checks the positional count and that only known keywords were given.
    /// - Throws: `TypeError` phrased as Python phrases it.
    public func check(_ function: String, min: Int, max: Int, keywords allowed: [String] = []) throws {
        if positional.count < min || positional.count > max,
           let message = ArgumentCountStyle.message(function, given: positional.count, min: min, max: max) {
            throw RuntimeError.typeError(message)
        }
        if positional.count < min {
            if min == max {
                throw RuntimeError.typeError("\(function)() takes exactly \(min) argument\(min == 1 ? "" : "s") "
                    + "(\(positional.count) given)")
            }
            throw RuntimeError.typeError("\(function) expected at least \(min) argument\(min == 1 ? "" : "s"), "
                + "got \(positional.count)")
        }
        if positional.count > max {
            if max == 0 {
                throw RuntimeError.typeError("\(function)() takes no arguments (\(positional.count) given)")
            }
            if min == max {
                throw RuntimeError.typeError("\(function)() takes exactly \(max) argument\(max == 1 ? "" : "s") "
                    + "(\(positional.count) given)")
            }
            throw RuntimeError.typeError("\(function) expected at most \(max) argument\(max == 1 ? "" : "s"), "
                + "got \(positional.count)")
        }
        for (name, _) in keywords where !allowed.contains(name) {
            throw RuntimeError.typeError("\(function)() got an unexpected keyword argument '\(name)'")
        }
    }
}
