/// A numpy-like n-dimensional array of float64, int64 or bool, stored contiguously so it travels to engines
/// as one raw buffer. Slices are views that share storage with their parent, as in numpy.
public final class NDArray {
    /// The element type.
    public enum DType: String, Sendable {
        case float64, int64, bool
    }

    /// Shared element storage.
    public final class Storage {
        /// Float elements (float64 arrays).
        public var floats: [Double]
        /// Integer elements (int64 and bool arrays).
        public var ints: [Int]

        init(floats: [Double] = [], ints: [Int] = []) {
            self.floats = floats
            self.ints = ints
        }
    }

    /// The element type.
    public let dtype: DType
    let storage: Storage
    let offset: Int
    let stride: Int
    /// The dimensions.
    public let shape: [Int]
    /// Number of elements.
    public let count: Int

    init(dtype: DType, storage: Storage, offset: Int = 0, stride: Int = 1, shape: [Int]) {
        self.dtype = dtype
        self.storage = storage
        self.offset = offset
        self.stride = stride
        self.shape = shape
        self.count = shape.reduce(1, *)
    }

    /// A new float64 array.
    public convenience init(floats: [Double], shape: [Int]? = nil) {
        self.init(dtype: .float64, storage: Storage(floats: floats), shape: shape ?? [floats.count])
    }

    /// A new int64 (or bool) array.
    public convenience init(ints: [Int], shape: [Int]? = nil, isBool: Bool = false) {
        self.init(dtype: isBool ? .bool : .int64, storage: Storage(ints: ints), shape: shape ?? [ints.count])
    }

    /// Whether this array is a view into another array's storage.
    public var isView: Bool {
        offset != 0 || stride != 1 || count != (dtype == .float64 ? storage.floats.count : storage.ints.count)
    }

    /// Whether the elements are stored contiguously from the start of the storage.
    public var isContiguous: Bool { !isView }

    @inline(__always) func index(_ i: Int) -> Int { offset + i * stride }

    /// Element `i` (in row-major order) as a float.
    @inline(__always) public func double(_ i: Int) -> Double {
        dtype == .float64 ? storage.floats[index(i)] : Double(storage.ints[index(i)])
    }

    /// Element `i` as an integer (int64 and bool arrays).
    @inline(__always) public func integer(_ i: Int) -> Int { storage.ints[index(i)] }

    /// Element `i` as a language value.
    public func element(_ i: Int) -> Value {
        switch dtype {
        case .float64: return .float(storage.floats[index(i)])
        case .int64: return .int(storage.ints[index(i)])
        case .bool: return .bool(storage.ints[index(i)] != 0)
        }
    }

    /// All elements as floats, contiguous.
    public var floatValues: [Double] {
        if dtype == .float64 && !isView { return storage.floats }
        return (0..<count).map { double($0) }
    }

    /// All elements as integers, contiguous (int64 and bool arrays).
    public var intValues: [Int] {
        if dtype != .float64 && !isView { return storage.ints }
        if dtype == .float64 { return (0..<count).map { Int(storage.floats[index($0)]) } }
        return (0..<count).map { storage.ints[index($0)] }
    }

    /// A contiguous copy.
    public func copy() -> NDArray {
        dtype == .float64 ? NDArray(floats: floatValues, shape: shape)
                          : NDArray(ints: intValues, shape: shape, isBool: dtype == .bool)
    }

    var truthOfSingle: Bool {
        dtype == .float64 ? double(0) != 0 : integer(0) != 0
    }

    /// Applies a function to every element, keeping the dtype (bools become ints).
    /// - Throws: `OverflowError` when the integer function returns nil.
    public func mapped(float: (Double) -> Double, int: (Int) -> Int?) throws -> NDArray {
        if dtype == .float64 { return NDArray(floats: floatValues.map(float), shape: shape) }
        var result: [Int] = []
        result.reserveCapacity(count)
        for v in intValues {
            guard let r = int(v) else { throw RuntimeError.overflow() }
            result.append(r)
        }
        return NDArray(ints: result, shape: shape)
    }

    /// Applies a float function to every element, giving a float64 array.
    public func map(_ f: (Double) -> Double) -> NDArray {
        NDArray(floats: (0..<count).map { f(double($0)) }, shape: shape)
    }

    /// A view with another shape over the same elements (contiguous arrays only).
    func reshaped(_ newShape: [Int]) throws -> NDArray {
        var dims = newShape
        if let unknown = dims.firstIndex(of: -1) {
            let known = dims.enumerated().filter { $0.offset != unknown }.map(\.element).reduce(1, *)
            guard known > 0, count % known == 0 else {
                throw RuntimeError.valueError("cannot reshape array of size \(count) into shape \(shapeText(newShape))")
            }
            dims[unknown] = count / known
        }
        guard dims.reduce(1, *) == count, dims.allSatisfy({ $0 >= 0 }) else {
            throw RuntimeError.valueError("cannot reshape array of size \(count) into shape \(shapeText(newShape))")
        }
        let base = isView ? copy() : self
        return NDArray(dtype: dtype, storage: base.storage, offset: 0, stride: 1, shape: dims)
    }

    func shapeText(_ dims: [Int]) -> String {
        dims.count == 1 ? "(\(dims[0]),)" : "(" + dims.map(String.init).joined(separator: ", ") + ")"
    }

    /// Builds an array from a language value (a list, nested lists, a tuple, a range, an array, a scalar).
    public static func from(_ value: Value, _ vm: Interpreter?, dtype requested: DType? = nil) throws -> NDArray {
        if case .ndarray(let a) = value {
            guard let requested, requested != a.dtype else { return a.copy() }
            return requested == .float64 ? NDArray(floats: a.floatValues, shape: a.shape)
                                         : NDArray(ints: a.intValues, shape: a.shape, isBool: requested == .bool)
        }
        var shape: [Int] = []
        var flat: [Value] = []
        func walk(_ v: Value, depth: Int) throws {
            switch v {
            case .list, .tuple, .range, .ndarray:
                let items = try Operations.collect(v, vm)
                if depth == shape.count {
                    shape.append(items.count)
                } else if shape[depth] != items.count {
                    throw RuntimeError.valueError("setting an array element with a sequence. The requested array has "
                        + "an inhomogeneous shape after \(depth) dimensions.")
                }
                for item in items { try walk(item, depth: depth + 1) }
            default:
                if depth != shape.count && !shape.isEmpty {
                    throw RuntimeError.valueError("setting an array element with a sequence.")
                }
                flat.append(v)
            }
        }
        try walk(value, depth: 0)
        var isFloat = requested == .float64
        var isBool = requested == .bool || (requested == nil && !flat.isEmpty)
        for v in flat {
            switch v {
            case .float: isFloat = true; isBool = false
            case .int: isBool = false
            case .bool: break
            default: throw RuntimeError.typeError("could not convert \(v.typeName) to a number array element")
            }
        }
        if requested == .int64 { isFloat = false; isBool = false }
        if flat.isEmpty && requested == nil { isFloat = true }
        if isFloat {
            return NDArray(floats: try flat.map { try MathModule.real($0) }, shape: shape)
        }
        let ints = flat.map { v -> Int in
            switch v {
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .float(let d): return Int(d)
            default: return 0
            }
        }
        return NDArray(ints: ints, shape: shape, isBool: isBool && requested != .int64)
    }

    /// Nested lists of the elements (`tolist()`).
    public func toList() -> Value {
        func build(_ dim: Int, _ start: Int) -> Value {
            if dim == shape.count - 1 || shape.isEmpty {
                return .list(ListObject((0..<(shape.last ?? 1)).map { element(start + $0) }))
            }
            let inner = shape[(dim + 1)...].reduce(1, *)
            return .list(ListObject((0..<shape[dim]).map { build(dim + 1, start + $0 * inner) }))
        }
        if shape.isEmpty { return element(0) }
        return build(0, 0)
    }
}
