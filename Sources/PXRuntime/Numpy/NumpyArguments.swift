import PXNumeric

/// The arguments of a numpy function bound to its parameter names (positional in order, then keywords), with
/// converters for the parameter kinds numpy functions share: arrays, axes, dtypes, `out=`, flags.
struct NumpyArguments {
    /// The function's name, for messages.
    let function: String
    /// The parameter names, in order.
    private let names: [String]
    /// The argument bound to each name (nil: not given). An array searched by name, not a dictionary: numpy
    /// functions have few parameters, and hashing each name cost more per call than the search.
    private var bound: [Value?]

    /// Binds `args` to `names`.
    /// - Parameters:
    ///   - required: how many leading parameters must be given.
    /// - Throws: Python's `TypeError`s for missing, surplus or unknown arguments.
    init(_ args: Arguments, _ function: String, _ names: [String], required: Int = 1) throws {
        self.function = function
        self.names = names
        if args.positional.count > names.count {
            throw RuntimeError.typeError("\(function)() takes from \(required) to \(names.count) positional arguments but "
                + "\(args.positional.count) were given")
        }
        bound = [Value?](repeating: nil, count: names.count)
        for (i, value) in args.positional.enumerated() { bound[i] = value }
        for (name, value) in args.keywords {
            guard let i = names.firstIndex(of: name) else {
                throw RuntimeError.typeError("\(function)() got an unexpected keyword argument '\(name)'")
            }
            if bound[i] != nil {
                throw RuntimeError.typeError("argument for \(function)() given by name ('\(name)') and position")
            }
            bound[i] = value
        }
        for (i, name) in names.prefix(required).enumerated() where bound[i] == nil {
            throw RuntimeError.typeError("\(function)() missing required argument '\(name)' (pos \(names.firstIndex(of: name)! + 1))")
        }
    }

    /// The argument bound to `name`, or nil when not given.
    private func argument(_ name: String) -> Value? {
        guard let i = names.firstIndex(of: name) else { return nil }
        return bound[i]
    }

    /// The argument, or nil when not given.
    subscript(_ name: String) -> Value? { argument(name) }

    /// The argument unless it is absent or `None`.
    func given(_ name: String) -> Value? {
        guard let v = argument(name) else { return nil }
        if case .none = v { return nil }
        return v
    }

    /// An array argument (converted with `np.asarray`).
    func array(_ name: String, _ vm: Interpreter) throws -> NDArray {
        try ArrayConversion.asArray(argument(name) ?? .none, vm)
    }

    /// An integer argument.
    func int(_ name: String, default value: Int) throws -> Int {
        guard let v = given(name) else { return value }
        return try NumpyArguments.integer(v)
    }

    /// A truth-value argument.
    func bool(_ name: String, default value: Bool) -> Bool {
        guard let v = argument(name) else { return value }
        return v.isTruthy
    }

    /// A float argument.
    func double(_ name: String, default value: Double) throws -> Double {
        guard let v = given(name) else { return value }
        return try ArrayConversion.scalar(v).doubleValue
    }

    /// A dtype argument (`dtype=float`, `'int32'`, `np.float64`).
    func dtype(_ name: String, allowingComplex: Bool = false) throws -> DType? {
        guard let v = argument(name) else { return nil }
        return try NumpyTypes.dtype(from: v, allowingComplex: allowingComplex)
    }

    /// `axis=`: None, an integer or a tuple of integers.
    func axes(_ name: String = "axis") throws -> [Int]? {
        guard let v = given(name) else { return nil }
        switch v {
        case .tuple(let t): return try t.map(NumpyArguments.integer)
        case .list(let l): return try l.items.map(NumpyArguments.integer)
        default: return [try NumpyArguments.integer(v)]
        }
    }

    /// `axis=` of a ufunc reduction of `a` (`sum`, `max`, `any`, `count_nonzero`, the NaN-ignoring ones): numpy
    /// lets a 0-d array take axis 0 or -1 as a plain integer only; in a tuple they raise `AxisError`.
    func reductionAxes(of a: NDArray) throws -> [Int]? {
        let axes = try axes()
        if a.ndim == 0, let first = axes?.first {
            switch given("axis") {
            case .tuple?, .list?: _ = try numeric { try Shape.normalize(axis: first, ndim: 0) }
            default: break
            }
        }
        return axes
    }

    /// `axis=` that must be one integer (or None).
    func axis(_ name: String = "axis") throws -> Int? {
        guard let v = given(name) else { return nil }
        if case .tuple = v { throw RuntimeError.typeError("'tuple' object cannot be interpreted as an integer") }
        return try NumpyArguments.integer(v)
    }

    /// `out=`: an array (or a one-element tuple of one), or nil.
    func out(_ name: String = "out") throws -> NDArray? {
        guard let v = given(name) else { return nil }
        switch v {
        case .ndarray(let a): return a
        case .tuple(let t) where t.count == 1:
            if case .ndarray(let a) = t[0] { return a }
        default: break
        }
        throw RuntimeError.typeError("return arrays must be of ArrayType")
    }

    /// A shape argument: an integer or a sequence of integers.
    func shape(_ name: String) throws -> [Int] {
        try NumpyArguments.shape(argument(name) ?? .none)
    }

    static func shape(_ v: Value) throws -> [Int] {
        switch v {
        case .tuple(let t): return try t.map(integer)
        case .list(let l): return try l.items.map(integer)
        default: return [try integer(v)]
        }
    }

    /// An integer (Python int or bool, numpy integer scalar).
    /// - Throws: `TypeError: 'float' object cannot be interpreted as an integer`.
    static func integer(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .scalar(let s) where !s.isFloat: return Int(s.int64Value)
        case .ndarray(let a) where a.ndim == 0 && a.dtype.isInteger: return Int(a.scalar(at: []).int64Value)
        default: throw RuntimeError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }
}
