import PXNumeric

// MARK: - unique, searchsorted, isclose, allclose, array_equal, meshgrid, logspace

extension NumpyModule {
    static func installSets(into r: Registry) {
        function(r, "unique", "Find the unique elements of an array.",
                 ["ar", "return_index", "return_inverse", "return_counts", "axis", "equal_nan"]) { p, vm in
            let a = try p.array("ar", vm)
            let result = try a.unique(axis: try p.axis(), equalNaN: p.bool("equal_nan", default: true))
            var parts: [Value] = [.ndarray(result.values)]
            if p.bool("return_index", default: false) { parts.append(.ndarray(result.index)) }
            if p.bool("return_inverse", default: false) { parts.append(.ndarray(result.inverse)) }
            if p.bool("return_counts", default: false) { parts.append(.ndarray(result.counts)) }
            return parts.count == 1 ? parts[0] : .tuple(parts)
        }
        function(r, "searchsorted", "Find indices where elements should be inserted to maintain order.",
                 ["a", "v", "side", "sorter"], required: 2) { p, vm in
            try searchSorted(try p.array("a", vm), p, vm)
        }
        function(r, "isclose", "Returns a boolean array where two arrays are element-wise equal within a tolerance.",
                 ["a", "b", "rtol", "atol", "equal_nan"], required: 2) { p, vm in
            ArrayConversion.result(try isClose(p, vm))
        }
        function(r, "allclose", "Returns True if two arrays are element-wise equal within a tolerance.",
                 ["a", "b", "rtol", "atol", "equal_nan"], required: 2) { p, vm in
            .bool(try isClose(p, vm).bools().allSatisfy { $0 })
        }
        function(r, "array_equal", "True if two arrays have the same shape and elements, False otherwise.",
                 ["a1", "a2", "equal_nan"], required: 2) { p, vm in
            guard let a = try? p.array("a1", vm), let b = try? p.array("a2", vm) else { return .bool(false) }
            return .bool(try NDArray.arrayEqual(a, b, equalNaN: p.bool("equal_nan", default: false)))
        }
        r.register("numpy.meshgrid", doc: "Return a tuple of coordinate matrices from coordinate vectors.",
                   parameters: ["copy", "sparse", "indexing"]) { args, vm in
            try numeric { try meshgrid(args, vm) }
        }
        function(r, "logspace", "Return numbers spaced evenly on a log scale.",
                 ["start", "stop", "num", "endpoint", "base", "dtype", "axis"], required: 2) { p, _ in
            let (exponents, _) = try NDArray.linspace(start: try p.double("start", default: 0), stop: try p.double("stop", default: 0),
                                                      count: try p.int("num", default: 50),
                                                      endpoint: p.bool("endpoint", default: true))
            let base = try ArrayConversion.scalar(p.given("base") ?? .float(10))
            var result = try NDArray.binary(.power, .scalar(base.cast(to: .float64), isWeak: false), .array(exponents))
            if let dtype = try p.dtype("dtype") { result = try result.cast(to: dtype) }
            return .ndarray(result)
        }
    }

    /// `searchsorted(a, v, side, sorter)`: an int64 scalar for a scalar `v`.
    static func searchSorted(_ a: NDArray, _ p: NumpyArguments, _ vm: Interpreter) throws -> Value {
        let side = try p.given("side").map { try StringMethods.string($0, "side must be a string") } ?? "left"
        guard side == "left" || side == "right" else {
            throw RuntimeError.valueError("search side must be 'left' or 'right' (got '\(side)')")
        }
        let v = try ArrayConversion.asArray(p["v"] ?? .none, vm)
        let sorter = try p.given("sorter").map { try ArrayConversion.asArray($0, vm) }
        return ArrayConversion.result(try numeric { try a.searchSorted(v, right: side == "right", sorter: sorter) })
    }

    /// `isclose(a, b, rtol, atol, equal_nan)` as a bool array (0-d for scalars).
    static func isClose(_ p: NumpyArguments, _ vm: Interpreter) throws -> NDArray {
        guard let a = try ArrayConversion.operand(p["a"] ?? .none, vm), let b = try ArrayConversion.operand(p["b"] ?? .none, vm) else {
            throw RuntimeError.typeError("isclose() arguments must be numbers or arrays")
        }
        return try numeric {
            try NDArray.isClose(a, b, rtol: try p.double("rtol", default: 1e-5), atol: try p.double("atol", default: 1e-8),
                                equalNaN: p.bool("equal_nan", default: false))
        }
    }

    /// `meshgrid(*xi, copy=True, sparse=False, indexing='xy')`: a tuple of arrays.
    static func meshgrid(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        for (name, _) in args.keywords where !["copy", "sparse", "indexing"].contains(name) {
            throw RuntimeError.typeError("meshgrid() got an unexpected keyword argument '\(name)'")
        }
        let indexing = try args.keyword("indexing").map { try StringMethods.string($0, "indexing must be a string") } ?? "xy"
        guard indexing == "xy" || indexing == "ij" else {
            throw RuntimeError.valueError("Valid values for `indexing` are 'xy' and 'ij'.")
        }
        let sparse = args.keyword("sparse")?.isTruthy ?? false
        let n = args.positional.count
        var outputs: [NDArray] = []
        for (i, x) in args.positional.enumerated() {
            let array = try ArrayConversion.asArray(x, vm)
            var shape = [Int](repeating: 1, count: n)
            shape[i] = array.count
            if indexing == "xy" && n > 1 && i < 2 { shape.swapAt(0, 1) }
            outputs.append(try numeric { try array.raveled().reshaped(shape) })
        }
        if !sparse {
            let full = try numeric { try Shape.broadcast(outputs.map(\.shape)) }
            outputs = try outputs.map { output in try numeric { try output.broadcast(to: full) } }
        }
        return .tuple(try outputs.map { output in .ndarray(try numeric { try output.copy() }) })
    }
}
