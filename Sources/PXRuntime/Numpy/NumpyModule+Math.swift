import PXNumeric

// MARK: - Element-wise math: ufuncs, round, clip

extension NumpyModule {
    static let unaryFunctions: [(String, UnaryOperation, String)] = [
        ("negative", .negative, "Numerical negative, element-wise."),
        ("positive", .positive, "Numerical positive, element-wise."),
        ("absolute", .absolute, "Calculate the absolute value element-wise."),
        ("fabs", .absolute, "Compute the absolute values element-wise."),
        ("sign", .sign, "Returns an element-wise indication of the sign of a number."),
        ("square", .square, "Return the element-wise square of the input."),
        ("reciprocal", .reciprocal, "Return the reciprocal of the argument, element-wise."),
        ("sqrt", .sqrt, "Return the non-negative square-root of an array, element-wise."),
        ("cbrt", .cbrt, "Return the cube-root of an array, element-wise."),
        ("exp", .exp, "Calculate the exponential of all elements in the input array."),
        ("exp2", .exp2, "Calculate 2**p for all p in the input array."),
        ("expm1", .expm1, "Calculate exp(x) - 1 for all elements in the array."),
        ("log", .log, "Natural logarithm, element-wise."),
        ("log2", .log2, "Base-2 logarithm of x."),
        ("log10", .log10, "Return the base 10 logarithm of the input array, element-wise."),
        ("log1p", .log1p, "Return the natural logarithm of one plus the input array, element-wise."),
        ("sin", .sin, "Trigonometric sine, element-wise."),
        ("cos", .cos, "Cosine element-wise."),
        ("tan", .tan, "Compute tangent element-wise."),
        ("arcsin", .arcsin, "Inverse sine, element-wise."),
        ("arccos", .arccos, "Trigonometric inverse cosine, element-wise."),
        ("arctan", .arctan, "Trigonometric inverse tangent, element-wise."),
        ("sinh", .sinh, "Hyperbolic sine, element-wise."),
        ("cosh", .cosh, "Hyperbolic cosine, element-wise."),
        ("tanh", .tanh, "Compute hyperbolic tangent element-wise."),
        ("arcsinh", .arcsinh, "Inverse hyperbolic sine element-wise."),
        ("arccosh", .arccosh, "Inverse hyperbolic cosine, element-wise."),
        ("arctanh", .arctanh, "Inverse hyperbolic tangent element-wise."),
        ("deg2rad", .deg2rad, "Convert angles from degrees to radians."),
        ("radians", .deg2rad, "Convert angles from degrees to radians."),
        ("rad2deg", .rad2deg, "Convert angles from radians to degrees."),
        ("degrees", .rad2deg, "Convert angles from radians to degrees."),
        ("floor", .floor, "Return the floor of the input, element-wise."),
        ("ceil", .ceil, "Return the ceiling of the input, element-wise."),
        ("trunc", .trunc, "Return the truncated value of the input, element-wise."),
        ("fix", .trunc, "Round to nearest integer towards zero."),
        ("rint", .rint, "Round elements of the array to the nearest integer."),
        ("isnan", .isnan, "Test element-wise for NaN and return result as a boolean array."),
        ("isinf", .isinf, "Test element-wise for positive or negative infinity."),
        ("isfinite", .isfinite, "Test element-wise for finiteness (not infinity and not Not a Number)."),
        ("signbit", .signbit, "Returns element-wise True where signbit is set (less than zero)."),
        ("invert", .invert, "Compute bit-wise inversion, or bit-wise NOT, element-wise."),
        ("logical_not", .logicalNot, "Compute the truth value of NOT x element-wise."),
    ]

    static let binaryFunctions: [(String, BinaryOperation, String)] = [
        ("add", .add, "Add arguments element-wise."),
        ("subtract", .subtract, "Subtract arguments, element-wise."),
        ("multiply", .multiply, "Multiply arguments element-wise."),
        ("divide", .divide, "Divide arguments element-wise."),
        ("floor_divide", .floorDivide, "Return the largest integer smaller or equal to the division of the inputs."),
        ("remainder", .remainder, "Returns the element-wise remainder of division."),
        ("fmod", .fmod, "Returns the element-wise remainder of division (the sign of the dividend)."),
        ("power", .power, "First array elements raised to powers from second array, element-wise."),
        ("maximum", .maximum, "Element-wise maximum of array elements (NaNs propagate)."),
        ("minimum", .minimum, "Element-wise minimum of array elements (NaNs propagate)."),
        ("fmax", .fmax, "Element-wise maximum of array elements (NaNs ignored)."),
        ("fmin", .fmin, "Element-wise minimum of array elements (NaNs ignored)."),
        ("arctan2", .arctan2, "Element-wise arc tangent of x1/x2 choosing the quadrant correctly."),
        ("hypot", .hypot, "Given the legs of a right triangle, return its hypotenuse."),
        ("copysign", .copysign, "Change the sign of x1 to that of x2, element-wise."),
        ("bitwise_and", .bitwiseAnd, "Compute the bit-wise AND of two arrays element-wise."),
        ("bitwise_or", .bitwiseOr, "Compute the bit-wise OR of two arrays element-wise."),
        ("bitwise_xor", .bitwiseXor, "Compute the bit-wise XOR of two arrays element-wise."),
        ("left_shift", .leftShift, "Shift the bits of an integer to the left."),
        ("right_shift", .rightShift, "Shift the bits of an integer to the right."),
        ("logical_and", .logicalAnd, "Compute the truth value of x1 AND x2 element-wise."),
        ("logical_or", .logicalOr, "Compute the truth value of x1 OR x2 element-wise."),
        ("logical_xor", .logicalXor, "Compute the truth value of x1 XOR x2, element-wise."),
        ("equal", .equal, "Return (x1 == x2) element-wise."),
        ("not_equal", .notEqual, "Return (x1 != x2) element-wise."),
        ("less", .less, "Return the truth value of (x1 < x2) element-wise."),
        ("less_equal", .lessEqual, "Return the truth value of (x1 <= x2) element-wise."),
        ("greater", .greater, "Return the truth value of (x1 > x2) element-wise."),
        ("greater_equal", .greaterEqual, "Return the truth value of (x1 >= x2) element-wise."),
    ]

    /// Other names of the same ufuncs.
    static let ufuncAliases = ["absolute": ["abs"], "divide": ["true_divide"], "remainder": ["mod"],
                               "invert": ["bitwise_not"]]

    static func installMath(into r: Registry) {
        for (name, op, doc) in unaryFunctions {
            function(r, name, doc, ["x", "out", "where", "dtype"], aliases: ufuncAliases[name] ?? [],
                     complex: ComplexValues.ufuncNames.contains(name)) { p, vm in
                if let z = try ComplexValues.ufunc(name, p, vm) { return z }
                let x = try p.array("x", vm)
                let out = try p.out()
                let result = try x.unary(op, out: out)
                return out != nil ? .ndarray(result) : ArrayConversion.result(result)
            }
        }
        for (name, op, doc) in binaryFunctions {
            function(r, name, doc, ["x1", "x2", "out", "where", "dtype"], required: 2,
                     aliases: ufuncAliases[name] ?? [], complex: ComplexValues.ufuncNames.contains(name)) { p, vm in
                if let z = try ComplexValues.ufunc(name, p, vm) { return z }
                guard let x = try ArrayConversion.operand(p["x1"] ?? .none, vm),
                      let y = try ArrayConversion.operand(p["x2"] ?? .none, vm) else {
                    throw RuntimeError.typeError("ufunc '\(op.ufuncName)' did not contain a loop with signature matching types")
                }
                let out = try p.out()
                let result = try NDArray.binary(op, x, y, out: out)
                return out != nil ? .ndarray(result) : ArrayConversion.result(result)
            }
        }
        function(r, "divmod", "Return element-wise quotient and remainder simultaneously.", ["x1", "x2", "out"],
                 required: 2) { p, vm in
            guard let x = try ArrayConversion.operand(p["x1"] ?? .none, vm),
                  let y = try ArrayConversion.operand(p["x2"] ?? .none, vm) else {
                throw RuntimeError.typeError("ufunc 'divmod' did not contain a loop with signature matching types")
            }
            return .tuple([ArrayConversion.result(try NDArray.binary(.floorDivide, x, y)),
                           ArrayConversion.result(try NDArray.binary(.remainder, x, y))])
        }
        for name in ["round", "around"] {
            function(r, name, "Evenly round to the given number of decimals.", ["a", "decimals", "out"]) { p, vm in
                let a = try p.array("a", vm)
                return ArrayConversion.result(try round(a, decimals: try p.int("decimals", default: 0), out: try p.out()))
            }
        }
        function(r, "clip", "Clip (limit) the values in an array.", ["a", "a_min", "a_max", "out", "min", "max"]) { p, vm in
            try clip(p["a"] ?? .none, p.given("a_min") ?? p.given("min"), p.given("a_max") ?? p.given("max"), out: try p.out(), vm)
        }
    }

    /// numpy's `round(a, decimals)`: `rint(a * 10**d) / 10**d` (or `rint(a / 10**-d) * 10**-d`); integers are
    /// unchanged for `decimals >= 0`.
    static func round(_ a: NDArray, decimals: Int, out: NDArray? = nil) throws -> NDArray {
        if !a.dtype.isFloat && decimals >= 0 {
            guard let out else { return try a.copy() }
            try out.assign(from: a)
            return out
        }
        let factor = ArrayScalar(Double(pow10(Swift.abs(decimals))))
        let scaled = try NDArray.binary(decimals >= 0 ? .multiply : .divide, .array(a),
                                        .scalar(factor, isWeak: true))
        let rounded = try scaled.unary(.rint, out: a.dtype.isFloat ? scaled : nil)
        let back = try NDArray.binary(decimals >= 0 ? .divide : .multiply, .array(rounded), .scalar(factor, isWeak: true))
        let result = a.dtype.isFloat ? back : try back.cast(to: a.dtype)
        guard let out else { return result }
        try out.assign(from: result)
        return out
    }

    static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<min(n, 400) { r *= 10 }
        return r
    }

    /// numpy's `clip(a, min, max)`: `minimum(maximum(a, min), max)`, either bound may be None.
    static func clip(_ a: Value, _ low: Value?, _ high: Value?, out: NDArray?, _ vm: Interpreter) throws -> Value {
        guard low != nil || high != nil else {
            throw RuntimeError.valueError("One of max or min must be given")
        }
        guard var x = try ArrayConversion.operand(a, vm) else { throw RuntimeError.typeError("clip() needs an array") }
        var result: NDArray?
        if let low, let bound = try ArrayConversion.operand(low, vm) {
            result = try NDArray.binary(.maximum, x, bound)
            x = .array(result!)
        }
        if let high, let bound = try ArrayConversion.operand(high, vm) {
            result = try NDArray.binary(.minimum, x, bound)
        }
        guard let final = result else { return a }
        if let out {
            try out.assign(from: final)
            return .ndarray(out)
        }
        return ArrayConversion.result(final)
    }
}
