// MARK: - Indexing, attributes and methods

extension NDArray {
    /// `a[key]`: an element, a row, a view of a slice, or a copy selected by a boolean mask.
    func item(_ key: Value) throws -> Value {
        switch key {
        case .int, .bool:
            let n = shape.first ?? 1
            let i = try NDArray.checkedIndex(key, n)
            if shape.count <= 1 { return element(i) }
            let rowSize = shape.dropFirst().reduce(1, *)
            guard !isView else { return try copy().item(key) }
            return .ndarray(NDArray(dtype: dtype, storage: storage, offset: offset + i * rowSize, stride: 1,
                                    shape: Array(shape.dropFirst())))
        case .slice(let s):
            guard shape.count == 1 else { return .ndarray(try rowsSlice(s)) }
            let (start, _, step, n) = try Slicing.indices(s, count: count)
            return .ndarray(NDArray(dtype: dtype, storage: storage, offset: index(start), stride: stride * step, shape: [n]))
        case .ndarray(let mask) where mask.dtype == .bool:
            guard mask.count == count else {
                throw RuntimeError.indexError("boolean index did not match indexed array along dimension 0; dimension "
                    + "is \(count) but corresponding boolean dimension is \(mask.count)")
            }
            let chosen = (0..<count).filter { mask.integer($0) != 0 }
            if dtype == .float64 { return .ndarray(NDArray(floats: chosen.map { double($0) })) }
            return .ndarray(NDArray(ints: chosen.map { integer($0) }, isBool: dtype == .bool))
        case .ndarray(let indices) where indices.dtype == .int64:
            let chosen = try indices.intValues.map { try Operations.index(.int($0), count: count, kind: "index") }
            if dtype == .float64 { return .ndarray(NDArray(floats: chosen.map { double($0) })) }
            return .ndarray(NDArray(ints: chosen.map { integer($0) }, isBool: dtype == .bool))
        case .list:
            return try item(.ndarray(try NDArray.from(key, nil)))
        case .tuple(let parts) where parts.count == shape.count:
            var flat = 0
            for (d, part) in parts.enumerated() {
                flat = flat * shape[d] + (try Operations.index(part, count: shape[d], kind: "index"))
            }
            return isView ? copy().element(flat) : element(flat)
        default:
            throw RuntimeError.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                + "integer or boolean arrays are valid indices")
        }
    }

    /// An index into an axis, with numpy's error message.
    static func checkedIndex(_ key: Value, _ size: Int) throws -> Int {
        let i: Int
        switch key {
        case .int(let v): i = v
        case .bool(let b): i = b ? 1 : 0
        default: throw RuntimeError.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
            + "and integer or boolean arrays are valid indices")
        }
        let k = i < 0 ? i + size : i
        guard k >= 0 && k < size else {
            throw RuntimeError.indexError("index \(i) is out of bounds for axis 0 with size \(size)")
        }
        return k
    }

    func rowsSlice(_ s: SliceObject) throws -> NDArray {
        let (start, _, step, n) = try Slicing.indices(s, count: shape[0])
        let rowSize = shape.dropFirst().reduce(1, *)
        let base = copy()
        var rows: [Int] = []
        var r = start
        for _ in 0..<n {
            rows.append(r)
            r += step
        }
        let newShape = [n] + shape.dropFirst()
        if dtype == .float64 {
            return NDArray(floats: rows.flatMap { row in (0..<rowSize).map { base.double(row * rowSize + $0) } }, shape: newShape)
        }
        return NDArray(ints: rows.flatMap { row in (0..<rowSize).map { base.integer(row * rowSize + $0) } },
                       shape: newShape, isBool: dtype == .bool)
    }

    /// `a[key] = value` (writes through views into the shared storage).
    func setItem(_ key: Value, _ value: Value) throws {
        var targets: [Int]
        switch key {
        case .int, .bool:
            guard shape.count <= 1 else { throw RuntimeError.typeError("row assignment is not supported") }
            targets = [try NDArray.checkedIndex(key, count)]
        case .slice(let s):
            let (start, _, step, n) = try Slicing.indices(s, count: count)
            targets = (0..<n).map { start + $0 * step }
        case .ndarray(let mask) where mask.dtype == .bool && mask.count == count:
            targets = (0..<count).filter { mask.integer($0) != 0 }
        default:
            throw RuntimeError.indexError("unsupported index for array assignment")
        }
        let values: [Value]
        switch value {
        case .ndarray(let a):
            values = (0..<a.count).map { a.element($0) }
        case .list, .tuple:
            values = try Operations.collect(value, nil)
        default:
            values = Array(repeating: value, count: targets.count)
        }
        guard values.count == targets.count || values.count == 1 else {
            throw RuntimeError.valueError("could not broadcast input array from shape (\(values.count),) into shape "
                + "(\(targets.count),)")
        }
        for (k, t) in targets.enumerated() {
            let v = values.count == 1 ? values[0] : values[k]
            if dtype == .float64 {
                storage.floats[index(t)] = try MathModule.real(v)
            } else {
                switch v {
                case .int(let i): storage.ints[index(t)] = i
                case .bool(let b): storage.ints[index(t)] = b ? 1 : 0
                case .float(let d): storage.ints[index(t)] = try Constructors.truncate(d)
                default: throw RuntimeError.typeError("could not convert \(v.typeName) to an array element")
                }
            }
        }
    }

    static let methodNames = ["all", "any", "argmax", "argmin", "astype", "copy", "cumsum", "dot", "fill", "flatten",
                              "max", "mean", "min", "prod", "reshape", "std", "sum", "tolist", "var"]

    func attribute(_ name: String) -> Value? {
        switch name {
        case "shape": return .tuple(shape.map { .int($0) })
        case "dtype": return .object(DTypeObject(dtype))
        case "size": return .int(count)
        case "ndim": return .int(shape.count)
        case "T":
            guard shape.count == 2 else { return .ndarray(self) }
            let base = copy()
            let (r, c) = (shape[0], shape[1])
            if dtype == .float64 {
                return .ndarray(NDArray(floats: (0..<(r * c)).map { base.double(($0 % r) * c + $0 / r) }, shape: [c, r]))
            }
            return .ndarray(NDArray(ints: (0..<(r * c)).map { base.integer(($0 % r) * c + $0 / r) }, shape: [c, r],
                                    isBool: dtype == .bool))
        default: return nil
        }
    }

    func callMethod(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "tolist": return toList()
        case "copy", "flatten":
            let c = copy()
            return .ndarray(name == "flatten" ? try c.reshaped([count]) : c)
        case "reshape":
            var dims: [Value] = args.positional
            if dims.count == 1, case .tuple(let t) = dims[0] { dims = t }
            if dims.count == 1, case .list(let l) = dims[0] { dims = l.items }
            return .ndarray(try reshaped(try dims.map { try StringMethods.integer($0) }))
        case "astype":
            try args.check("astype", min: 1, max: 1)
            return .ndarray(try NDArray.from(.ndarray(self), vm, dtype: try NumpyModule.dtype(args[0])))
        case "fill":
            try args.check("fill", min: 1, max: 1)
            try setItem(.slice(SliceObject(start: .none, stop: .none, step: .none)), args[0])
            return Value.none
        case "dot":
            try args.check("dot", min: 1, max: 1)
            return try NDArray.dot(self, try NDArray.from(args[0], vm))
        default:
            return try reduction(name, args)
        }
    }
}

/// `a.dtype`: prints as `float64`, repr `dtype('float64')`.
final class DTypeObject: NativeObject {
    let dtype: NDArray.DType
    static let type = TypeObject(name: "dtype", module: "numpy")

    init(_ dtype: NDArray.DType) { self.dtype = dtype }

    var pythonType: TypeObject { DTypeObject.type }
    var shippedForm: Value? { .str(dtype.rawValue) }
    var attributeNames: [String] { ["name", "kind"] }

    func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "name": return .str(dtype.rawValue)
        case "kind": return .str(dtype == .float64 ? "f" : dtype == .int64 ? "i" : "b")
        default: return nil
        }
    }

    func repr(_ interpreter: Interpreter?) -> String { "dtype('\(dtype.rawValue)')" }
    func str(_ interpreter: Interpreter?) -> String { dtype.rawValue }
}
