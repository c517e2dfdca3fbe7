import PXNumeric

/// The attributes and methods of `ndarray` values (`a.shape`, `a.T`, `a.sum(axis=0)`, …); methods share their
/// implementation with the `np.` functions of the same name.
enum ArrayMethods {
    static let methodNames = ["__contains__", "__getitem__", "__len__", "__setitem__", "all", "any", "argmax", "argmin", "argsort", "astype", "clip", "copy", "cumprod", "cumsum",
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
        case "base": return a.base.map(ComplexValues.wrap) ?? Value.none
        case "flags": return .object(ArrayFlags(a))
        case "real": return .ndarray(a)
        default: return nil
        }
    }

    /// `a.name = value`: only `shape` may be set (in place, as numpy allows when no copy is needed).
    static func setAttribute(_ a: NDArray, _ name: String, _ value: Value) throws {
        switch name {
        case "shape": try numeric { try a.setShape(try NumpyArguments.shape(value)) }
        case "dtype", "strides", "data", "base", "T", "size", "ndim", "itemsize", "nbytes", "flags":
            throw RuntimeError.attributeError("attribute '\(name)' of 'numpy.ndarray' objects is not writable")
        default:
            throw RuntimeError.attributeError("'numpy.ndarray' object has no attribute '\(name)'")
        }
    }

    /// `a.name(args)`, or nil when `name` is not an ndarray method.
    static func call(_ a: NDArray, _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        // Methods take the array's parameters after `a`.
        func bind(_ names: [String], required: Int = 0) throws -> NumpyArguments {
            try bind(all: ["a"] + names, required: required)
        }
        /// `names` starting with `a`.
        func bind(all names: [String], required: Int = 0) throws -> NumpyArguments {
            try NumpyArguments(Arguments([.ndarray(a)] + args.positional, keywords: args.keywords), name, names,
                               required: required + 1)
        }
        return try numeric { () throws -> Value? in
            switch name {
            case "sum", "prod", "min", "max", "any", "all":
                let op: Reduction = name == "sum" ? .sum : name == "prod" ? .prod : name == "min" ? .min
                    : name == "max" ? .max : name == "any" ? .any : .all
                return try NumpyModule.reduce(op, a, try bind(all: NumpyModule.reductionParameters))
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
                if args.positional.count > 1 || args[0].isTuple {
                    // A multi-index: one integer per axis.
                    let parts = args.positional.count > 1 ? args.positional : (try Operations.collect(args[0], vm))
                    guard parts.count == a.ndim else { throw RuntimeError.valueError("incorrect number of indices for array") }
                    let index = try parts.enumerated().map { (axis, v) -> Int in
                        let i = try NumpyArguments.integer(v), n = a.shape[axis]
                        guard i >= -n && i < n else {
                            throw RuntimeError.indexError("index \(i) is out of bounds for axis \(axis) with size \(n)")
                        }
                        return i < 0 ? i + n : i
                    }
                    return ArrayConversion.pythonValue(a.scalar(at: index))
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
                guard let dtype = try p.dtype("dtype", allowingComplex: true) else { return .ndarray(try a.copy()) }
                if p["copy"].map({ !$0.isTruthy }) == true && dtype == a.dtype { return .ndarray(a) }
                return ComplexValues.wrap(try a.copyKeepingLayout(as: dtype))
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
            case "nonzero": return try NumpyModule.nonzero(a)
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
                let diagonal = try NumpyModule.diagonal(a, try bind(["offset", "axis1", "axis2"]))
                if name == "diagonal" { return .ndarray(diagonal) }
                return ArrayConversion.result(try diagonal.reduce(.sum, axes: [diagonal.ndim - 1]))
            case "__contains__":
                try args.check("__contains__", min: 1, max: 1)
                return .bool(try ArrayOperators.contains(a, args[0], vm))
            case "__len__":
                return .int(try Operations.length(.ndarray(a), vm))
            case "__getitem__":
                try args.check("__getitem__", min: 1, max: 1)
                return try ArrayIndexing.read(a, args[0], vm)
            case "__setitem__":
                try args.check("__setitem__", min: 2, max: 2)
                try ArrayIndexing.write(a, args[0], args[1], vm)
                return Value.none
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

extension Value {
    /// Whether the value is a tuple.
    var isTuple: Bool {
        if case .tuple = self { return true }
        return false
    }
}
