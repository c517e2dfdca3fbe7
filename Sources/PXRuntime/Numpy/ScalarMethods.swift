import PXBigInt
import PXNumeric

/// The attributes and methods of numpy scalars (`x.dtype`, `x.item()`, and for `np.float64` those of `float`).
enum ScalarMethods {
    static let numpyNames = ["astype", "dtype", "item", "itemsize", "ndim", "shape", "size", "tolist"]
        + ArrayMethods.methodNames.filter { !$0.hasPrefix("_") }

    /// The method and attribute names of a scalar.
    static func names(_ s: ArrayScalar) -> [String] {
        let python: [String]
        switch s.dtype {
        case .float64, .float32: python = NumberMethods.floatNames
        case .int64, .int32: python = NumberMethods.intNames
        case .bool, .complex128: python = []
        }
        return Array(Set(numpyNames + python)).sorted()
    }

    /// `x.name` for a numpy attribute, or nil.
    static func attribute(_ s: ArrayScalar, _ name: String) throws -> Value? {
        switch name {
        case "dtype": return .object(DTypeObject(s.dtype))
        case "shape": return .emptyTuple
        case "ndim": return .int(0)
        case "size": return .int(1)
        case "itemsize": return .int(s.dtype.itemSize)
        case "real": return .scalar(s)
        case "imag": return .scalar(ArrayScalar(Int64(0)).cast(to: s.dtype))
        default: return nil
        }
    }

    /// `x.name(args)`, or nil when not a method of the scalar.
    static func call(_ s: ArrayScalar, _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "item", "tolist":
            try args.check(name, min: 0, max: 0)
            return ArrayConversion.pythonValue(s)
        case "astype":
            try args.check("astype", min: 1, max: 1, keywords: ["copy", "casting"])
            guard let d = try NumpyTypes.dtype(from: args[0]) else { return .scalar(s) }
            return .scalar(s.cast(to: d))
        default:
            let python = ArrayConversion.pythonValue(s)
            switch python {
            case .float(let d) where NumberMethods.floatNames.contains(name): return try NumberMethods.float(d, name, args)
            case .int(let i) where NumberMethods.intNames.contains(name): return try NumberMethods.int(BigInt(i), name, args)
            default:
                // The array methods (`x.reshape(1)`, `x.sum()`) work on a numpy scalar as on a 0-d array.
                let a = try numeric { try NDArray.full(shape: [], value: s) }
                return try ArrayMethods.call(a, name, args, vm)
            }
        }
    }
}
