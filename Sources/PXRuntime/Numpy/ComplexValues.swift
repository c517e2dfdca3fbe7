import PXNumeric

/// Where complex128 values meet the rest of the runtime.
///
/// A complex128 array is a `ComplexArrayObject` value (its type is `numpy.ndarray`), never `.ndarray`: the
/// array code that knows only real dtypes never receives one. Complex values reach only the operations that
/// handle them (`+ - * /`, `==`, `!=`, `abs`, `np.conj`, `np.real`, `np.imag`, `np.angle`, `np.iscomplex`,
/// `np.isreal`, `astype`, indexing, printing); every other numpy function raises a `TypeError` — numpy's own
/// text where numpy has no complex loop either.
enum ComplexValues {
    /// The ufuncs numpy defines on no complex type (numpy's message names the ufunc: `fix` is `trunc`).
    static let ufuncsWithoutComplexLoop: [String: String] = [
        "fabs": "fabs", "cbrt": "cbrt", "deg2rad": "deg2rad", "radians": "radians", "rad2deg": "rad2deg",
        "degrees": "degrees", "floor": "floor", "ceil": "ceil", "trunc": "trunc", "fix": "trunc", "signbit": "signbit",
        "invert": "invert", "bitwise_not": "invert", "floor_divide": "floor_divide", "remainder": "remainder",
        "mod": "remainder", "fmod": "fmod", "arctan2": "arctan2", "hypot": "hypot", "copysign": "copysign",
        "bitwise_and": "bitwise_and", "bitwise_or": "bitwise_or", "bitwise_xor": "bitwise_xor",
        "left_shift": "left_shift", "right_shift": "right_shift", "divmod": "divmod",
    ]

    /// What swiftpx supports on complex128 values, for the messages of everything else.
    static let supported = "+ - * /, ==, !=, abs, np.conj, np.real, np.imag, np.angle, np.iscomplex, np.isreal, "
        + "astype, indexing"

    /// `TypeError` for a use of complex128 values that swiftpx does not implement.
    static func unsupported(_ what: String) -> RuntimeError {
        RuntimeError.typeError("swiftpx supports complex128 values only in \(supported); not in \(what)")
    }

    /// numpy's `TypeError` for a ufunc without a complex loop.
    static func noLoop(_ ufunc: String) -> RuntimeError {
        RuntimeError.typeError("ufunc '\(ufunc)' not supported for the input types, and the inputs could not be safely "
            + "coerced to any supported types according to the casting rule ''safe''")
    }

    /// Whether `v` is a complex array or complex scalar.
    static func isComplex(_ v: Value) -> Bool {
        if case .object(let o) = v { return o is ComplexArrayObject || o is ComplexScalarObject }
        return false
    }

    /// Throws unless no argument of numpy function `name` is complex.
    static func reject(_ args: Arguments, function name: String) throws {
        guard args.positional.contains(where: isComplex) || args.keywords.contains(where: { isComplex($0.value) })
        else { return }
        if let ufunc = ufuncsWithoutComplexLoop[name] { throw noLoop(ufunc) }
        throw unsupported("np.\(name)")
    }

    /// The complex array a complex value holds (a 0-d array for a scalar), or nil.
    static func array(_ v: Value) -> NDArray? {
        guard case .object(let o) = v else { return nil }
        if let a = o as? ComplexArrayObject { return a.array }
        if let s = o as? ComplexScalarObject {
            return try? NDArray.complex([s.value], shape: [])
        }
        return nil
    }

    /// Any operand of complex arithmetic as an array: complex values, arrays, numbers, numpy scalars, sequences.
    /// - Returns: nil for values that take no part in array arithmetic.
    static func operand(_ v: Value, _ vm: Interpreter?) throws -> NDArray? {
        if let a = array(v) { return a }
        switch try ArrayConversion.operand(v, vm) {
        case .array(let a)?: return a
        case .scalar(let s, _)?: return try numeric { try NDArray.full(shape: [], value: s) }
        case nil: return nil
        }
    }

    /// An array as a language value: complex arrays become `ComplexArrayObject`s.
    static func wrap(_ a: NDArray) -> Value {
        a.dtype.isComplex ? .object(ComplexArrayObject(a)) : .ndarray(a)
    }

    /// A ufunc's result as numpy returns it: a 0-d result becomes a scalar.
    static func result(_ a: NDArray) -> Value {
        guard a.dtype.isComplex else { return ArrayConversion.result(a) }
        if a.ndim == 0 { return .object(ComplexScalarObject(a.complexElement(at: []))) }
        return .object(ComplexArrayObject(a))
    }

    /// A part (`.real`, `.imag`) of complex value `v`: a numpy scalar for a scalar, the view for an array.
    static func part(_ v: Value, _ view: NDArray) -> Value {
        if case .object(let o) = v, o is ComplexScalarObject { return ArrayConversion.result(view) }
        return .ndarray(view)
    }

    /// `np.complex128(x)`: from nothing (0j), a number, a numpy scalar, a complex value; an array for sequences.
    static func scalar(_ v: Value?, _ vm: Interpreter) throws -> Value {
        guard let v else { return .object(ComplexScalarObject(Complex128(0))) }
        if case .object(let o) = v, let s = o as? ComplexScalarObject { return .object(ComplexScalarObject(s.value)) }
        if let a = array(v) { return wrap(try numeric { try a.copy() }) }
        switch v {
        case .list, .tuple, .range, .ndarray:
            return wrap(try numeric { try ArrayConversion.array(from: v, vm).cast(to: .complex128) })
        case .str(let s):
            return .object(ComplexScalarObject(Complex128(try Constructors.parseFloat(s))))
        default:
            return .object(ComplexScalarObject(Complex128(try ArrayConversion.scalar(v).doubleValue)))
        }
    }
}
