import PXNumeric

/// Conversions between language values and arrays: `np.array(...)` of nested sequences, numbers as numpy
/// scalars, arrays back to Python lists, and index expressions.
public enum ArrayConversion {
    /// numpy's `np.array(value, dtype)`: a new array from nested lists/tuples/ranges/arrays of numbers and
    /// bools (dtype found as numpy does: bool < int64 < float64, numpy scalars keep theirs), or from a scalar
    /// (a 0-d array). An array argument is copied.
    /// - Throws: numpy's `ValueError` for ragged nesting, `TypeError` for elements that are not numbers.
    public static func array(from value: Value, _ vm: Interpreter?, dtype requested: DType? = nil) throws -> NDArray {
        try numeric {
            if case .ndarray(let a) = value { return try a.cast(to: requested ?? a.dtype) }
            if case .list(let l) = value, let doubles = flatDoubles(l.items) {
                let a = NDArray(doubles: doubles)
                return try a.converted(to: requested ?? .float64)
            }
            var shape: [Int] = []
            var leaves: [ArrayScalar] = []
            try walk(value, depth: 0, shape: &shape, leaves: &leaves, vm)
            let dtype = requested ?? (leaves.isEmpty ? .float64 : leaves.dropFirst().reduce(leaves[0].dtype) {
                DType.promote($0, $1.dtype)
            })
            let result = try NDArray.empty(shape: shape, dtype: dtype)
            let size = dtype.itemSize
            for (i, s) in leaves.enumerated() {
                if dtype.isInteger && s.isFloat && s.doubleValue.isNaN {
                    throw RuntimeError.valueError("cannot convert float NaN to integer")
                }
                s.cast(to: dtype).store(to: result.pointer + i * size)
            }
            return result
        }
    }

    /// The elements of a list of floats, or nil when some element is not a float.
    private static func flatDoubles(_ items: [Value]) -> [Double]? {
        guard !items.isEmpty else { return nil }
        var result = [Double]()
        result.reserveCapacity(items.count)
        for item in items {
            guard case .float(let d) = item else { return nil }
            result.append(d)
        }
        return result
    }

    private static func walk(_ v: Value, depth: Int, shape: inout [Int], leaves: inout [ArrayScalar],
                             _ vm: Interpreter?) throws {
        func ragged() -> RuntimeError {
            RuntimeError.valueError("setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after \(depth) dimensions. The detected shape was "
                + "\(Shape.tuple(Array(shape.prefix(depth)))) + inhomogeneous part.")
        }
        switch v {
        case .ndarray(let a):
            if depth == shape.count {
                guard leaves.isEmpty else { throw ragged() }
                shape += a.shape
            } else if Array(shape[depth...]) != a.shape {
                throw ragged()
            }
            for i in 0..<a.count { leaves.append(a.scalar(flat: i)) }
        case .list, .tuple, .range:
            let items = try Operations.collect(v, vm)
            if depth == shape.count {
                guard leaves.isEmpty else { throw ragged() }
                shape.append(items.count)
            } else if shape[depth] != items.count {
                throw ragged()
            }
            for item in items { try walk(item, depth: depth + 1, shape: &shape, leaves: &leaves, vm) }
        default:
            if depth != shape.count { throw ragged() }
            leaves.append(try scalar(v))
        }
    }

    /// A Python number or numpy scalar as a numpy scalar (`float` → float64, `int` → int64, `bool` → bool).
    /// - Throws: `TypeError` for other values; `OverflowError` for ints beyond int64.
    public static func scalar(_ v: Value) throws -> ArrayScalar {
        switch v {
        case .float(let d): return ArrayScalar(d)
        case .int(let i): return ArrayScalar(Int64(i))
        case .bool(let b): return ArrayScalar(b)
        case .scalar(let s): return s
        case .ndarray(let a) where a.ndim == 0: return a.scalar(at: [])
        default:
            if ComplexValues.isComplex(v) { throw ComplexValues.unsupported("arrays built from complex values") }
            throw RuntimeError.typeError("float() argument must be a string or a real number, not '\(v.typeName)'")
        }
    }

    /// A value as one operand of an array operation: Python numbers are weak scalars (NEP 50), numpy scalars
    /// strong ones, sequences become arrays.
    /// - Returns: nil for values that take no part in array arithmetic (strings, None, …).
    public static func operand(_ v: Value, _ vm: Interpreter?) throws -> Operand? {
        switch v {
        case .ndarray(let a): return .array(a)
        case .float(let d): return .scalar(ArrayScalar(d), isWeak: true)
        case .int(let i): return .scalar(ArrayScalar(Int64(i)), isWeak: true)
        case .bool(let b): return .scalar(ArrayScalar(b), isWeak: true)
        case .scalar(let s): return .scalar(s, isWeak: false)
        case .list, .tuple, .range: return .array(try array(from: v, vm))
        default: return nil
        }
    }

    /// An array argument of a numpy function (`np.asarray`): arrays as they are, anything else converted.
    public static func asArray(_ v: Value, _ vm: Interpreter?) throws -> NDArray {
        if case .ndarray(let a) = v { return a }
        return try array(from: v, vm)
    }

    /// A numpy scalar as the Python number it behaves as (`float`, `int` or `bool`).
    public static func pythonValue(_ s: ArrayScalar) -> Value {
        switch s.dtype {
        case .float64, .float32: return .float(s.doubleValue)
        case .int64, .int32: return .int(Int(s.int64Value))
        case .bool: return .bool(s.boolValue)
        case .complex128: return .object(ComplexScalarObject(Complex128(s.doubleValue)))
        }
    }

    /// `a.tolist()`: nested lists of Python numbers (a 0-d array gives its number).
    public static func list(_ a: NDArray) -> Value {
        if a.ndim == 0 { return pythonValue(a.scalar(at: [])) }
        var index: [Int] = []
        func build() -> Value {
            let axis = index.count
            var items: [Value] = []
            items.reserveCapacity(a.shape[axis])
            for i in 0..<a.shape[axis] {
                index.append(i)
                items.append(axis == a.ndim - 1 ? pythonValue(a.scalar(at: index)) : build())
                index.removeLast()
            }
            return .list(ListObject(items))
        }
        return build()
    }

    /// `a[i]` along the first axis: a numpy scalar for 1-D arrays, a view of the row otherwise.
    public static func row(_ a: NDArray, _ i: Int) -> Value {
        if a.ndim == 1 { return .scalar(a.scalar(at: [i])) }
        let offset = a.offset + i * a.strides[0]
        return .ndarray(a.view(shape: Array(a.shape.dropFirst()), strides: Array(a.strides.dropFirst()), offset: offset))
    }

    /// A ufunc's result as numpy returns it: a 0-d result becomes a numpy scalar.
    public static func result(_ a: NDArray) -> Value {
        a.ndim == 0 ? .scalar(a.scalar(at: [])) : .ndarray(a)
    }

    // MARK: - Index expressions

    static let invalidIndex = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
        + "boolean arrays are valid indices"

    /// The items of `a[key]` (a tuple gives one item per entry).
    public static func indexItems(_ key: Value, _ vm: Interpreter?) throws -> [IndexItem] {
        if case .tuple(let parts) = key { return try parts.map { try indexItem($0, vm) } }
        return [try indexItem(key, vm)]
    }

    static func indexItem(_ v: Value, _ vm: Interpreter?) throws -> IndexItem {
        switch v {
        case .int(let i): return .integer(i)
        case .bool(let b): return .array(NDArray(bools: [b], shape: []))
        case .none: return .newAxis
        case .builtin(let b) where b === Builtins.ellipsis: return .ellipsis
        case .slice(let s):
            return .slice(start: try sliceBound(s.start), stop: try sliceBound(s.stop), step: try sliceBound(s.step))
        case .scalar(let s):
            switch s.dtype {
            case .int64, .int32: return .integer(Int(s.int64Value))
            case .bool: return .array(NDArray(bools: [s.boolValue], shape: []))
            default: throw RuntimeError.indexError(invalidIndex)
            }
        case .ndarray(let a):
            guard a.dtype == .bool || a.dtype.isInteger else {
                throw RuntimeError.indexError("arrays used as indices must be of integer (or boolean) type")
            }
            return .array(a)
        case .list(let l):
            if l.items.isEmpty { return .array(NDArray(ints: [])) }
            let a = try array(from: v, vm)
            guard a.dtype == .bool || a.dtype.isInteger else { throw RuntimeError.indexError(invalidIndex) }
            return .array(a)
        default:
            throw RuntimeError.indexError(invalidIndex)
        }
    }

    static func sliceBound(_ v: Value) throws -> Int? {
        switch v {
        case .none: return nil
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .scalar(let s) where s.dtype.isInteger: return Int(s.int64Value)
        default: throw RuntimeError.typeError("slice indices must be integers or None or have an __index__ method")
        }
    }
}

extension Value {
    /// Whether the value is an ndarray.
    var isArray: Bool {
        if case .ndarray = self { return true }
        return false
    }
}
