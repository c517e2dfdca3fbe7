import PXNumeric

/// The attributes and methods of `ndarray` values (`a.shape`, `a.T`, `a.sum(axis=0)`, …); methods share their
/// implementation with the `np.` functions of the same name.
enum ArrayMethods {
    static let methodNames = ["all", "any", "argmax", "argmin", "argsort", "astype", "clip", "copy", "cumprod", "cumsum",
                              "diagonal", "dot", "fill", "flatten", "item", "max", "mean", "min", "nonzero", "prod",
                              "ravel", "repeat", "reshape", "round", "searchsorted", "sort", "squeeze", "std", "sum", "swapaxes",
                              "tobytes", "tolist", "trace", "transpose", "var", "view"]

    static let attributeNames = ["T", "base", "dtype", "flags", "itemsize", "nbytes", "ndim", "shape", "size", "strides"]

    /// `a.name` for an attribute (not a method), or nil.
    static func attribute(_ a: NDArray, _ name: String) -> Value? {
        switch name {
        case "shape": return .tuple(a.shape.map { .int($0) })
        case "dtype": return .object(DTypeObject(a.dtype))
        case "size": return .int(a.count)
        case "ndim": return .int(a.ndim)
        case "T": return .ndarray(a.transposedView)
        case "itemsize": return .int(a.itemSize)
        case "nbytes": return .int(a.byteCount)
        case "strides": return .tuple(a.strides.map { .int($0) })
        case "base": return a.base.map { .ndarray($0) } ?? Value.none
        case "flags": return .object(ArrayFlags(a))
        case "real": return .ndarray(a)
        default: return nil
        }
    }

    /// `a.name(args)`, or nil when `name` is not an ndarray method.
    static func call(_ a: NDArray, _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        // Methods take the array's parameters after `a`.
        func bind(_ names: [String], required: Int = 0) throws -> NumpyArguments {
            try NumpyArguments(Arguments([.ndarray(a)] + args.positional, keywords: args.keywords), name, ["a"] + names,
                               required: required + 1)
        }
        return try numeric { () throws -> Value? in
            switch name {
            case "sum", "prod", "min", "max", "any", "all":
                let op: Reduction = name == "sum" ? .sum : name == "prod" ? .prod : name == "min" ? .min
                    : name == "max" ? .max : name == "any" ? .any : .all
                return try NumpyModule.reduce(op, a, try bind(Array(NumpyModule.reductionParameters.dropFirst())))
            case "mean", "std", "var":
                return try NumpyModule.statistic(name, a, try bind(["axis", "dtype", "out", "ddof", "keepdims", "where"]))
            case "argmin", "argmax":
                return try NumpyModule.argExtreme(name, a, try bind(["axis", "out", "keepdims"]))
            case "cumsum", "cumprod":
                return try NumpyModule.cumulative(name, a, try bind(["axis", "dtype", "out"]))
            case "tolist": return ArrayConversion.list(a)
            case "item":
                if args.positional.isEmpty {
                    guard a.count == 1 else { throw RuntimeError.valueError("can only convert an array of size 1 to a Python scalar") }
                    return ArrayConversion.pythonValue(a.scalar(flat: 0))
                }
                let i = try NumpyArguments.integer(args[0])
                guard i >= -a.count && i < a.count else {
                    throw RuntimeError.indexError("index \(i) is out of bounds for size \(a.count)")
                }
                return ArrayConversion.pythonValue(a.scalar(flat: i < 0 ? i + a.count : i))
            case "copy": return .ndarray(try a.copy())
            case "flatten": return .ndarray(try a.copy().reshaped([a.count]))
            case "ravel": return .ndarray(try a.raveled())
            case "view": return .ndarray(a.view(shape: a.shape, strides: a.strides, offset: a.offset))
            case "reshape":
                let dims = args.positional
                if dims.count == 1 { return .ndarray(try a.reshaped(try NumpyArguments.shape(dims[0]))) }
                if dims.isEmpty, let s = args.keyword("shape") { return .ndarray(try a.reshaped(try NumpyArguments.shape(s))) }
                return .ndarray(try a.reshaped(try dims.map(NumpyArguments.integer)))
            case "transpose":
                if args.positional.isEmpty { return .ndarray(a.transposedView) }
                if args.positional.count == 1, case .none = args[0] { return .ndarray(a.transposedView) }
                let axes = args.positional.count == 1 ? try NumpyArguments.shape(args[0]) : try args.positional.map(NumpyArguments.integer)
                return .ndarray(try a.transposed(axes))
            case "swapaxes":
                let p = try bind(["axis1", "axis2"], required: 2)
                return .ndarray(try a.swappingAxes(try p.int("axis1", default: 0), try p.int("axis2", default: 0)))
            case "squeeze": return .ndarray(try a.squeezed(try bind(["axis"]).axes()))
            case "astype":
                let p = try bind(["dtype", "order", "casting", "subok", "copy"], required: 1)
                guard let dtype = try p.dtype("dtype") else { return .ndarray(try a.copy()) }
                if p["copy"].map({ !$0.isTruthy }) == true { return .ndarray(try a.converted(to: dtype)) }
                return .ndarray(try a.cast(to: dtype))
            case "fill":
                try args.check("fill", min: 1, max: 1)
                try a.checkWritableForProgram()
                a.fill(try ArrayConversion.scalar(args[0]))
                return Value.none
            case "dot":
                try args.check("dot", min: 1, max: 1)
                return ArrayConversion.result(try NDArray.dot(a, try ArrayConversion.asArray(args[0], vm)))
            case "sort":
                let p = try bind(["axis", "kind", "order", "stable"])
                try a.sortInPlace(axis: try p.int("axis", default: -1))
                return Value.none
            case "argsort":
                let p = try bind(["axis", "kind", "order", "stable"])
                let axis: Int? = p["axis"] != nil && p.given("axis") == nil ? nil : try p.int("axis", default: -1)
                return .ndarray(try a.argsorted(axis: axis))
            case "nonzero": return .tuple(try a.nonzero().map { .ndarray($0) })
            case "searchsorted": return try NumpyModule.searchSorted(a, try bind(["v", "side", "sorter"], required: 1), vm)
            case "round":
                let p = try bind(["decimals", "out"])
                return ArrayConversion.result(try NumpyModule.round(a, decimals: try p.int("decimals", default: 0), out: try p.out()))
            case "clip":
                let p = try bind(["min", "max", "out"])
                return try NumpyModule.clip(.ndarray(a), p.given("min"), p.given("max"), out: try p.out(), vm)
            case "repeat":
                let p = try bind(["repeats", "axis"], required: 1)
                return try NumpyModule.repeatElements(a, p["repeats"] ?? .none, axis: try p.axis(), vm)
            case "diagonal", "trace":
                guard a.ndim >= 2 else { throw RuntimeError.valueError("diag requires an array of at least two dimensions") }
                let n = min(a.shape[0], a.shape[1])
                let diagonal = a.view(shape: [n] + a.shape.dropFirst(2), strides: [a.strides[0] + a.strides[1]] + a.strides.dropFirst(2),
                                      offset: a.offset)
                if name == "diagonal" { return .ndarray(diagonal) }
                return ArrayConversion.result(try diagonal.reduce(.sum, axes: [0]))
            case "tobytes":
                let c = try a.contiguous()
                return .bytes(Array(UnsafeRawBufferPointer(start: c.pointer, count: c.byteCount)))
            default:
                return nil
            }
        }
    }
}

extension NDArray {
    /// Raises numpy's error when a program writes to read-only memory.
    func checkWritableForProgram() throws {
        if !isWritable { throw RuntimeError.valueError("assignment destination is read-only") }
    }
}

/// `a.flags`: numpy's memory-layout flags.
final class ArrayFlags: NativeObject {
    let values: [(String, Bool)]
    static let type = TypeObject(name: "flagsobj", module: "numpy")

    init(_ a: NDArray) {
        values = [("C_CONTIGUOUS", a.isCContiguous), ("F_CONTIGUOUS", a.isFContiguous), ("OWNDATA", a.base == nil),
                  ("WRITEABLE", a.isWritable), ("ALIGNED", true), ("WRITEBACKIFCOPY", false)]
    }

    var pythonType: TypeObject { ArrayFlags.type }
    var attributeNames: [String] { values.map { $0.0.lowercased() } }

    func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        values.first { $0.0.lowercased() == name }.map { .bool($0.1) }
    }

    func item(_ key: Value, _ interpreter: Interpreter) throws -> Value {
        guard case .str(let s) = key, let v = values.first(where: { $0.0 == s.uppercased() }) else {
            throw RuntimeError.keyError(key)
        }
        return .bool(v.1)
    }

    func repr(_ interpreter: Interpreter?) -> String {
        values.map { "  \($0.0) : \($0.1 ? "True" : "False")" }.joined(separator: "\n") + "\n"
    }
}
