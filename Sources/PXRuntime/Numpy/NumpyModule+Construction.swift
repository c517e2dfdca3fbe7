import PXNumeric

// MARK: - Construction: array, zeros, ones, full, empty, *_like, eye, identity, arange, linspace

extension NumpyModule {
    static func installConstruction(into r: Registry) {
        function(r, "array", "Create an array.", ["object", "dtype", "copy", "order", "subok", "ndmin"],
                 complex: true) { p, vm in
            let requested = try p.dtype("dtype", allowingComplex: true)
            var a: NDArray
            var given = ComplexValues.array(p["object"] ?? .none)
            if case .ndarray(let x)? = p["object"] { given = x }
            if let source = given {
                let keep = p["copy"].map { !$0.isTruthy } == true && (requested == nil || requested == source.dtype)
                a = keep ? source : try source.copyKeepingLayout(as: requested)
            } else {
                a = try ArrayConversion.array(from: p["object"] ?? .none, vm, dtype: requested)
            }
            let ndmin = try p.int("ndmin", default: 0)
            if a.ndim < ndmin { a = a.view(shape: [Int](repeating: 1, count: ndmin - a.ndim) + a.shape,
                                           strides: [Int](repeating: 0, count: ndmin - a.ndim) + a.strides, offset: a.offset) }
            return ComplexValues.wrap(a)
        }
        for name in ["asarray", "asanyarray", "ascontiguousarray"] {
            function(r, name, "Convert the input to an array.", ["a", "dtype", "order"], complex: true) { p, vm in
                let requested = try p.dtype("dtype", allowingComplex: true)
                let given = p["a"] ?? .none
                if case .object(let o) = given, o is ComplexArrayObject, name != "ascontiguousarray",
                   requested == nil || requested == .complex128 {
                    return given
                }
                var a = try ComplexValues.array(given) ?? ArrayConversion.asArray(given, vm)
                if let requested { a = try a.converted(to: requested) }
                if name == "ascontiguousarray" { a = try a.contiguous() }
                return ComplexValues.wrap(a)
            }
        }
        function(r, "copy", "Return an array copy of the given object.", ["a", "order", "subok"]) { p, vm in
            .ndarray(try p.array("a", vm).copyKeepingLayout())
        }
        for (name, fill) in [("zeros", 0), ("ones", 1), ("empty", 0)] {
            function(r, name, "Return a new array of given shape and type, filled with \(name == "empty" ? "zeros" : name).",
                     ["shape", "dtype", "order"]) { p, _ in
                let shape = try p.shape("shape")
                let dtype = try p.dtype("dtype", allowingComplex: true) ?? .float64
                return ComplexValues.wrap(try NDArray.full(shape: shape, value: ArrayScalar(Int64(fill)), dtype: dtype))
            }
            function(r, name + "_like", "Return an array of the same shape and type as a given array, filled with "
                + "\(name == "empty" ? "zeros" : name).", ["a", "dtype", "order", "subok", "shape"]) { p, vm in
                let a = try p.array("a", vm)
                let shape = try p.given("shape").map(NumpyArguments.shape) ?? a.shape
                return .ndarray(try NDArray.full(shape: shape, value: ArrayScalar(Int64(fill)), dtype: try p.dtype("dtype") ?? a.dtype))
            }
        }
        function(r, "full", "Return a new array of given shape and type, filled with fill_value.",
                 ["shape", "fill_value", "dtype", "order"], required: 2) { p, vm in
            try full(try p.shape("shape"), p["fill_value"] ?? .none, try p.dtype("dtype"), vm)
        }
        function(r, "full_like", "Return a full array with the same shape and type as a given array.",
                 ["a", "fill_value", "dtype", "order", "subok", "shape"], required: 2) { p, vm in
            let a = try p.array("a", vm)
            let shape = try p.given("shape").map(NumpyArguments.shape) ?? a.shape
            return try full(shape, p["fill_value"] ?? .none, try p.dtype("dtype") ?? a.dtype, vm)
        }
        function(r, "eye", "Return a 2-D array with ones on the diagonal and zeros elsewhere.",
                 ["N", "M", "k", "dtype", "order"]) { p, _ in
            let n = try p.int("N", default: 0)
            let m = try p.given("M").map(NumpyArguments.integer)
            return .ndarray(try NDArray.eye(n, m, k: try p.int("k", default: 0), dtype: try p.dtype("dtype") ?? .float64))
        }
        function(r, "identity", "Return the identity array.", ["n", "dtype"]) { p, _ in
            let n = try p.int("n", default: 0)
            return .ndarray(try NDArray.eye(n, dtype: try p.dtype("dtype") ?? .float64))
        }
        function(r, "arange", "Return evenly spaced values within a given interval.",
                 ["start", "stop", "step", "dtype"]) { p, _ in
            var start = try ArrayConversion.scalar(p["start"] ?? .int(0))
            var stop = ArrayScalar(Int64(0))
            if let s = p.given("stop") { stop = try ArrayConversion.scalar(s) } else {
                stop = start
                start = ArrayScalar(Int64(0))
            }
            let step = try p.given("step").map(ArrayConversion.scalar) ?? ArrayScalar(Int64(1))
            let inferred = [start, stop, step].dropFirst().reduce(start.dtype == .bool ? DType.int64 : start.dtype) {
                DType.promote($0, $1.dtype == .bool ? .int64 : $1.dtype)
            }
            let dtype = try p.dtype("dtype") ?? inferred
            return .ndarray(try NDArray.arange(start: start, stop: stop, step: step, dtype: dtype))
        }
        function(r, "linspace", "Return evenly spaced numbers over a specified interval.",
                 ["start", "stop", "num", "endpoint", "retstep", "dtype", "axis"], required: 2) { p, _ in
            let start = try p.double("start", default: 0), stop = try p.double("stop", default: 0)
            let num = try p.int("num", default: 50)
            let (values, step) = try NDArray.linspace(start: start, stop: stop, count: num,
                                                      endpoint: p.bool("endpoint", default: true),
                                                      dtype: try p.dtype("dtype") ?? .float64)
            if p.bool("retstep", default: false) { return .tuple([.ndarray(values), .scalar(ArrayScalar(step))]) }
            return .ndarray(values)
        }
    }

    /// `np.full(shape, value, dtype)`: the dtype is the value's when not given (an array value broadcasts).
    static func full(_ shape: [Int], _ fill: Value, _ dtype: DType?, _ vm: Interpreter) throws -> Value {
        if case .ndarray(let v) = fill {
            let result = try NDArray.empty(shape: shape, dtype: dtype ?? v.dtype)
            try result.assign(from: v)
            return .ndarray(result)
        }
        let value = try ArrayConversion.scalar(fill)
        return .ndarray(try NDArray.full(shape: shape, value: value, dtype: dtype ?? value.dtype))
    }
}
