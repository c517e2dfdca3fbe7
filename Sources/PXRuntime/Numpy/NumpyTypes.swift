import PXLang
import PXNumeric

/// The numpy types the runtime shows: scalar types (`np.float64` is a subclass of `float`, as in numpy),
/// `dtype` objects, numpy's error classes, and the conversion of numeric errors into exceptions.
public enum NumpyTypes {
    /// `np.float64`: a subclass of `float`.
    public static let float64 = TypeObject(name: "float64", base: BuiltinTypes.float, module: "numpy",
                                           constructor: { args, vm in try scalar(.float64, args, vm) })
    /// `np.float32`.
    public static let float32 = TypeObject(name: "float32", module: "numpy",
                                           constructor: { args, vm in try scalar(.float32, args, vm) })
    /// `np.int64`.
    public static let int64 = TypeObject(name: "int64", module: "numpy",
                                         constructor: { args, vm in try scalar(.int64, args, vm) })
    /// `np.int32`.
    public static let int32 = TypeObject(name: "int32", module: "numpy",
                                         constructor: { args, vm in try scalar(.int32, args, vm) })
    /// `np.complex128` (its values are `ComplexScalarObject`s).
    public static let complex128 = TypeObject(name: "complex128", module: "numpy",
                                              constructor: { args, vm in try scalar(.complex128, args, vm) })
    /// `np.bool` (numpy 2's name; `np.bool_` is the same type).
    public static let bool = TypeObject(name: "bool", module: "numpy",
                                        constructor: { args, vm in try scalar(.bool, args, vm) })

    /// `numpy.exceptions.AxisError` (a `ValueError`).
    public static let axisError = TypeObject(name: "AxisError", base: BuiltinTypes.valueError, module: "numpy.exceptions",
                                             constructor: BuiltinTypes.valueError.constructor)
    /// numpy's `UFuncTypeError` (a `TypeError`).
    public static let ufuncTypeError = TypeObject(name: "UFuncTypeError", base: BuiltinTypes.typeError,
                                                  module: "numpy._core._exceptions",
                                                  constructor: BuiltinTypes.typeError.constructor)
    /// `numpy.linalg.LinAlgError` (a `ValueError`).
    public static let linAlgError = TypeObject(name: "LinAlgError", base: BuiltinTypes.valueError, module: "numpy.linalg",
                                               constructor: BuiltinTypes.valueError.constructor)

    /// The type of a numpy scalar of `dtype`.
    public static func scalarType(_ dtype: DType) -> TypeObject {
        switch dtype {
        case .float64: return float64
        case .float32: return float32
        case .int64: return int64
        case .int32: return int32
        case .bool: return bool
        case .complex128: return complex128
        }
    }

    /// `np.float64(x)`: a scalar from a number, a string, or (for a sequence) an array of that dtype.
    static func scalar(_ dtype: DType, _ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check(dtype.name, min: 0, max: 1)
        if dtype.isComplex { return try ComplexValues.scalar(args.positional.first, vm) }
        guard let v = args.positional.first else { return .scalar(ArrayScalar(Int64(0)).cast(to: dtype)) }
        switch v {
        case .list, .tuple, .range, .ndarray:
            return .ndarray(try ArrayConversion.array(from: v, vm, dtype: dtype))
        case .str(let s):
            if dtype.isFloat { return .scalar(ArrayScalar(try Constructors.parseFloat(s)).cast(to: dtype)) }
            guard case .int(let i) = try IntegerText.parse(s, base: 10, vm) else {
                throw RuntimeError.overflow("Python int too large to convert to C long")
            }
            return .scalar(ArrayScalar(Int64(i)).cast(to: dtype))
        default:
            return .scalar(try ArrayConversion.scalar(v).cast(to: dtype))
        }
    }

    /// The dtype a value names: `float`, `int`, `bool`, `np.float64`, `'f8'`, `'float32'`, a `dtype` object;
    /// nil for `None`.
    /// - Parameter allowingComplex: whether complex128 may be named (only where swiftpx makes complex arrays:
    ///   `astype`, `np.array`, `np.asarray`, `np.dtype`, `np.result_type`).
    /// - Throws: `TypeError: data type 'x' not understood`; `TypeError` for complex128 elsewhere.
    public static func dtype(from v: Value, allowingComplex: Bool = false) throws -> DType? {
        let d = try namedDType(v)
        if d == .complex128 && !allowingComplex { throw ComplexValues.unsupported("this function's dtype=") }
        return d
    }

    private static func namedDType(_ v: Value) throws -> DType? {
        switch v {
        case .none: return nil
        case .type(let t):
            if t === BuiltinTypes.float { return .float64 }
            if t === BuiltinTypes.int { return .int64 }
            if t === BuiltinTypes.bool { return .bool }
            for d in DType.allCases where scalarType(d) === t { return d }
            throw RuntimeError.typeError("Cannot interpret '\(t.repr)' as a data type")
        case .str(let s):
            guard let d = DType(name: s) else { throw RuntimeError.typeError("data type '\(s)' not understood") }
            return d
        case .object(let o as DTypeObject): return o.dtype
        default: throw RuntimeError.typeError("Cannot interpret '\(ValueFormatter.repr(v))' as a data type")
        }
    }
}

/// `a.dtype`: prints as `float64`, repr `dtype('float64')`; equal to its name and its scalar type.
public final class DTypeObject: NativeObject {
    /// The dtype.
    public let dtype: DType
    static let type = TypeObject(name: "dtype", module: "numpy",
                                 constructor: { args, _ in
                                     try args.check("dtype", min: 1, max: 1)
                                     guard let d = try NumpyTypes.dtype(from: args[0], allowingComplex: true) else {
                                         return .object(DTypeObject(.float64))
                                     }
                                     return .object(DTypeObject(d))
                                 })

    /// The object for `dtype`.
    public init(_ dtype: DType) { self.dtype = dtype }

    public var pythonType: TypeObject { DTypeObject.type }
    /// numpy 2 makes each dtype an instance of its own class (`numpy.dtypes.Float64DType`).
    public var messageTypeName: String {
        "numpy.dtypes.\(dtype.name.prefix(1).uppercased())\(dtype.name.dropFirst())DType"
    }
    public var shippedForm: Value? { .str(dtype.name) }
    public var attributeNames: [String] { ["char", "itemsize", "kind", "name", "str", "type"] }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "name": return .str(dtype.name)
        case "kind": return .str(dtype.kind)
        case "char": return .str(dtype.character)
        case "str": return .str(dtype.typeString)
        case "itemsize": return .int(dtype.itemSize)
        case "type": return .type(NumpyTypes.scalarType(dtype))
        default: return nil
        }
    }

    public func repr(_ interpreter: Interpreter?) -> String { "dtype('\(dtype.name)')" }
    public func str(_ interpreter: Interpreter?) -> String { dtype.name }

    public func compare(_ op: ComparisonOperator, _ other: Value) throws -> Bool? {
        guard op == .equal else { return nil }
        guard let d = try? NumpyTypes.dtype(from: other, allowingComplex: true) else { return false }
        return d == dtype
    }
}

extension RuntimeError {
    /// The exception numpy raises for a numeric error.
    public init(_ error: NumericError) {
        let type: TypeObject
        switch error.kind {
        case .valueError: type = BuiltinTypes.valueError
        case .typeError: type = BuiltinTypes.typeError
        case .attributeError: type = BuiltinTypes.attributeError
        case .indexError: type = BuiltinTypes.indexError
        case .axisError: type = NumpyTypes.axisError
        case .memoryError: type = BuiltinTypes.memoryError
        case .osError: type = BuiltinTypes.osError
        case .overflowError: type = BuiltinTypes.overflowError
        case .zeroDivisionError: type = BuiltinTypes.zeroDivisionError
        case .linAlgError: type = NumpyTypes.linAlgError
        case .ufuncTypeError: type = NumpyTypes.ufuncTypeError
        }
        self.init(type, error.message)
    }
}

/// Runs array code, turning numeric errors into the exceptions numpy raises.
@inline(__always)
func numeric<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as NumericError {
        throw RuntimeError(error)
    }
}
