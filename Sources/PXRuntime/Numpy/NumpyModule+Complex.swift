import PXNumeric

// MARK: - Complex numbers: real, imag, conj, angle, iscomplex, isreal

extension NumpyModule {
    static func installComplex(into r: Registry) {
        function(r, "real", "Return the real part of the complex argument.", ["val"], complex: true) { p, vm in
            let v = p["val"] ?? .none
            if let z = ComplexValues.array(v) { return ComplexValues.part(v, z.realView) }
            switch v {
            case .float, .int, .bool, .scalar, .ndarray: return v
            default: return .ndarray(try p.array("val", vm))
            }
        }
        function(r, "imag", "Return the imaginary part of the complex argument.", ["val"], complex: true) { p, vm in
            let v = p["val"] ?? .none
            if let z = ComplexValues.array(v) { return ComplexValues.part(v, z.imaginaryView) }
            switch v {
            case .float: return .float(0)
            case .int, .bool: return .int(0)
            case .scalar(let s): return .scalar(ArrayScalar(Int64(0)).cast(to: s.dtype))
            default:
                let a = try p.array("val", vm)
                return .ndarray(try NDArray.zeros(shape: a.shape, dtype: a.dtype))
            }
        }
        function(r, "conjugate", "Return the complex conjugate, element-wise.", ["x", "out", "where", "dtype"],
                 aliases: ["conj"], complex: true) { p, vm in
            if p.given("out") != nil || p.given("where") != nil || p.given("dtype") != nil {
                throw ComplexValues.unsupported("np.conjugate with out=, where= or dtype=")
            }
            if let z = ComplexValues.array(p["x"] ?? .none) {
                return ComplexValues.result(try ComplexArithmetic.conjugate(z))
            }
            return ArrayConversion.result(try p.array("x", vm).copy())
        }
        function(r, "angle", "Return the angle of the complex argument.", ["z", "deg"], complex: true) { p, vm in
            let y: Operand, x: Operand
            if let z = ComplexValues.array(p["z"] ?? .none) {
                (y, x) = (.array(z.imaginaryView), .array(z.realView))
            } else {
                (y, x) = (.scalar(ArrayScalar(Int64(0)), isWeak: true), .array(try p.array("z", vm)))
            }
            var a = try NDArray.binary(.arctan2, y, x)
            if p.bool("deg", default: false) {
                a = try NDArray.binary(.multiply, .array(a), .scalar(ArrayScalar(180 / Double.pi), isWeak: true))
            }
            return ArrayConversion.result(a)
        }
        for name in ["iscomplex", "isreal"] {
            let doc = name == "iscomplex" ? "Returns a bool array, where True if input element is complex."
                : "Returns a bool array, where True if input element is real."
            function(r, name, doc, ["x"], complex: true) { p, vm in
                switch p["x"] ?? .none {
                // numpy's isreal of a Python number is `imag(x) == 0`: a Python bool.
                case .float, .int, .bool: if name == "isreal" { return .bool(true) }
                default: break
                }
                let a = try ComplexValues.array(p["x"] ?? .none) ?? p.array("x", vm)
                let flags = try NDArray.empty(shape: a.shape, dtype: .bool)
                let out = flags.pointer.assumingMemoryBound(to: UInt8.self)
                for i in 0..<a.count {
                    let hasImaginary = a.complexElement(flat: i).imaginary != 0
                    out[i] = hasImaginary == (name == "iscomplex") ? 1 : 0
                }
                return ArrayConversion.result(flags)
            }
        }
        for name in ["iscomplexobj", "isrealobj"] {
            function(r, name, "Check the dtype of the input for a complex type.", ["x"], complex: true) { p, vm in
                let v = p["x"] ?? .none
                let isComplex = ComplexValues.isComplex(v)
                if !isComplex { _ = try p.array("x", vm) }
                return .bool(isComplex == (name == "iscomplexobj"))
            }
        }
    }
}
