import PXNumeric

/// `a[key]` and `a[key] = value` for arrays: the key becomes numpy index items, the value an array of the
/// target's dtype.
enum ArrayIndexing {
    /// `a[key]`: a numpy scalar, a view or a copy.
    static func read(_ a: NDArray, _ key: Value, _ vm: Interpreter?) throws -> Value {
        // The common `a[i]` without building index items.
        if case .int(let i) = key, a.ndim >= 1 {
            let n = a.shape[0]
            guard i >= -n && i < n else { throw RuntimeError.indexError("index \(i) is out of bounds for axis 0 with size \(n)") }
            return ArrayConversion.row(a, i < 0 ? i + n : i)
        }
        let items = try ArrayConversion.indexItems(key, vm)
        return try numeric {
            switch try a.read(items) {
            case .scalar(let s): return .scalar(s)
            case .array(let v): return .ndarray(v)
            }
        }
    }

    /// `a[key] = value`.
    static func write(_ a: NDArray, _ key: Value, _ value: Value, _ vm: Interpreter?) throws {
        try a.checkWritableForProgram()
        let items = try ArrayConversion.indexItems(key, vm)
        let source = try array(value, for: a, vm)
        try numeric { try a.write(items, source) }
    }

    /// The value to store, as an array (Python numbers checked the way numpy checks them).
    static func array(_ value: Value, for target: NDArray, _ vm: Interpreter?) throws -> NDArray {
        switch value {
        case .ndarray(let v): return v
        case .float(let d) where target.dtype.isInteger:
            if d.isNaN { throw RuntimeError.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw RuntimeError.overflow("cannot convert float infinity to integer") }
            return try numeric { try NDArray.full(shape: [], value: ArrayScalar(d)) }
        case .int(let i) where target.dtype == .int32 && (i < Int(Int32.min) || i > Int(Int32.max)):
            throw RuntimeError.overflow("Python integer \(i) out of bounds for int32")
        case .int, .float, .bool, .scalar:
            return try numeric { try NDArray.full(shape: [], value: try ArrayConversion.scalar(value)) }
        case .str(let s):
            // numpy parses a string stored into a number array.
            let number: ArrayScalar = target.dtype.isFloat ? ArrayScalar(try Constructors.parseFloat(s))
                : target.dtype == .bool ? ArrayScalar(!s.isEmpty) : ArrayScalar(Int64(try Constructors.parseInt(s, base: 10)))
            return try numeric { try NDArray.full(shape: [], value: number) }
        default:
            return try ArrayConversion.array(from: value, vm)
        }
    }
}
