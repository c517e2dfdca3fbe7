import PXNumeric

// MARK: - Shapes: reshape, transpose, squeeze, joining, splitting, tile, repeat, flip, roll

extension NumpyModule {
    static func installShapes(into r: Registry) {
        function(r, "reshape", "Gives a new shape to an array without changing its data.", ["a", "shape", "newshape", "order"]) { p, vm in
            guard let shape = p["shape"] ?? p["newshape"] else { throw RuntimeError.typeError("reshape() missing required argument 'shape' (pos 2)") }
            return .ndarray(try p.array("a", vm).reshaped(try NumpyArguments.shape(shape)))
        }
        function(r, "ravel", "Return a contiguous flattened array.", ["a", "order"]) { p, vm in
            .ndarray(try p.array("a", vm).raveled())
        }
        function(r, "transpose", "Returns an array with axes transposed.", ["a", "axes"]) { p, vm in
            .ndarray(try p.array("a", vm).transposed(try p.given("axes").map(NumpyArguments.shape)))
        }
        function(r, "swapaxes", "Interchange two axes of an array.", ["a", "axis1", "axis2"], required: 3) { p, vm in
            .ndarray(try p.array("a", vm).swappingAxes(try p.int("axis1", default: 0), try p.int("axis2", default: 0)))
        }
        function(r, "moveaxis", "Move axes of an array to new positions.", ["a", "source", "destination"], required: 3) { p, vm in
            .ndarray(try p.array("a", vm).movingAxis(try p.int("source", default: 0), to: try p.int("destination", default: 0)))
        }
        function(r, "squeeze", "Remove axes of length one from a.", ["a", "axis"]) { p, vm in
            .ndarray(try p.array("a", vm).squeezed(try p.axes()))
        }
        function(r, "expand_dims", "Expand the shape of an array.", ["a", "axis"], required: 2) { p, vm in
            .ndarray(try p.array("a", vm).expandingDims(try p.axes() ?? []))
        }
        function(r, "broadcast_to", "Broadcast an array to a new shape.", ["array", "shape", "subok"], required: 2) { p, vm in
            .ndarray(try p.array("array", vm).broadcast(to: try p.shape("shape")))
        }
        for (name, rank) in [("atleast_1d", 1), ("atleast_2d", 2), ("atleast_3d", 3)] {
            r.register("numpy." + name, doc: "View inputs as arrays with at least \(rank) dimension(s).") { args, vm in
                let arrays = try args.positional.map { try ArrayConversion.asArray($0, vm).atLeast(rank) }
                return arrays.count == 1 ? .ndarray(arrays[0]) : .tuple(arrays.map { .ndarray($0) })
            }
        }
        function(r, "concatenate", "Join a sequence of arrays along an existing axis.", ["arrays", "axis", "out", "dtype", "casting"]) { p, vm in
            let arrays = try sequence(p["arrays"], vm)
            // `axis=None` flattens; a left-out axis is 0.
            let axis: Int? = p["axis"] != nil && p.given("axis") == nil ? nil : try p.int("axis", default: 0)
            let result = try NDArray.concatenate(arrays, axis: axis, dtype: try p.dtype("dtype"))
            return try finish(result, p)
        }
        function(r, "stack", "Join a sequence of arrays along a new axis.", ["arrays", "axis", "out", "dtype"]) { p, vm in
            try finish(try NDArray.stack(try sequence(p["arrays"], vm), axis: try p.int("axis", default: 0)), p)
        }
        for (name, join) in [("vstack", NDArray.vstack), ("row_stack", NDArray.vstack), ("hstack", NDArray.hstack),
                             ("column_stack", NDArray.columnStack), ("dstack", NDArray.dstack)] as [(String, ([NDArray]) throws(NumericError) -> NDArray)] {
            function(r, name, "Stack arrays in sequence (\(name)).", ["tup", "dtype", "casting"]) { p, vm in
                let arrays = try sequence(p["tup"], vm)
                guard !arrays.isEmpty else { throw RuntimeError.valueError("need at least one array to concatenate") }
                let joined = try join(arrays)
                if let dtype = try p.dtype("dtype") { return .ndarray(try joined.converted(to: dtype)) }
                return .ndarray(joined)
            }
        }
        for (name, equal) in [("split", true), ("array_split", false)] {
            function(r, name, "Split an array into multiple sub-arrays.", ["ary", "indices_or_sections", "axis"], required: 2) { p, vm in
                try split(try p.array("ary", vm), p["indices_or_sections"] ?? .none, axis: try p.int("axis", default: 0), equal: equal)
            }
        }
        for (name, axis) in [("hsplit", 1), ("vsplit", 0), ("dsplit", 2)] {
            function(r, name, "Split an array into multiple sub-arrays (\(name)).", ["ary", "indices_or_sections"], required: 2) { p, vm in
                let a = try p.array("ary", vm)
                return try split(a, p["indices_or_sections"] ?? .none, axis: name == "hsplit" && a.ndim == 1 ? 0 : axis, equal: true)
            }
        }
        function(r, "diag", "Extract a diagonal or construct a diagonal array.", ["v", "k"]) { p, vm in
            let v = try p.array("v", vm)
            let k = try p.int("k", default: 0)
            switch v.ndim {
            case 1:
                let n = v.count + Swift.abs(k)
                let result = try NDArray.zeros(shape: [n, n], dtype: v.dtype)
                try result.diagonal(offset: k).assign(from: v)
                return .ndarray(result)
            case 2: return .ndarray(try v.diagonal(offset: k))
            default: throw RuntimeError.valueError("Input must be 1- or 2-d.")
            }
        }
        function(r, "diagonal", "Return specified diagonals.", ["a", "offset", "axis1", "axis2"]) { p, vm in
            .ndarray(try diagonal(try p.array("a", vm), p))
        }
        function(r, "trace", "Return the sum along diagonals of the array.", ["a", "offset", "axis1", "axis2", "dtype", "out"]) { p, vm in
            let d = try diagonal(try p.array("a", vm), p)
            return ArrayConversion.result(try d.reduce(.sum, axes: [d.ndim - 1], dtype: try p.dtype("dtype")))
        }
        function(r, "tile", "Construct an array by repeating A the number of times given by reps.", ["A", "reps"], required: 2) { p, vm in
            .ndarray(try p.array("A", vm).tiled(try p.shape("reps")))
        }
        function(r, "repeat", "Repeat each element of an array after themselves.", ["a", "repeats", "axis"], required: 2) { p, vm in
            try repeatElements(try p.array("a", vm), p["repeats"] ?? .none, axis: try p.axis(), vm)
        }
        function(r, "flip", "Reverse the order of elements in an array along the given axis.", ["m", "axis"]) { p, vm in
            // numpy indexes with one slice per axis: a 0-d array gives its scalar.
            ArrayConversion.result(try p.array("m", vm).flipped(try p.axes()))
        }
        function(r, "fliplr", "Reverse the order of elements along axis 1 (left/right).", ["m"]) { p, vm in
            let m = try p.array("m", vm)
            guard m.ndim >= 2 else { throw RuntimeError.valueError("Input must be >= 2-d.") }
            return .ndarray(try m.flipped([1]))
        }
        function(r, "flipud", "Reverse the order of elements along axis 0 (up/down).", ["m"]) { p, vm in
            let m = try p.array("m", vm)
            guard m.ndim >= 1 else { throw RuntimeError.valueError("Input must be >= 1-d.") }
            return .ndarray(try m.flipped([0]))
        }
        function(r, "roll", "Roll array elements along a given axis.", ["a", "shift", "axis"], required: 2) { p, vm in
            var a = try p.array("a", vm)
            let shifts = try p.axes("shift") ?? [0]
            guard let axes = try p.axes() else {
                guard shifts.count == 1 else { throw RuntimeError.valueError("'shift' and 'axis' should be scalars or 1D sequences") }
                return .ndarray(try a.rolled(shifts[0], axis: nil))
            }
            // Several shifts and axes roll one after the other (one shift may serve every axis, and the reverse).
            let count = max(shifts.count, axes.count)
            guard shifts.count == axes.count || shifts.count == 1 || axes.count == 1 else {
                throw RuntimeError.valueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
                    + "between arg 0 with shape (\(shifts.count),) and arg 1 with shape (\(axes.count),).")
            }
            for i in 0..<count {
                a = try a.rolled(shifts[shifts.count == 1 ? 0 : i], axis: axes[axes.count == 1 ? 0 : i])
            }
            return .ndarray(a)
        }
    }

    /// A sequence of arrays (`np.concatenate([a, b])`).
    static func sequence(_ v: Value?, _ vm: Interpreter) throws -> [NDArray] {
        guard let v else { return [] }
        if case .ndarray(let a) = v {
            guard a.ndim > 0 else { throw RuntimeError.valueError("zero-dimensional arrays cannot be concatenated") }
            return (0..<a.shape[0]).compactMap { if case .ndarray(let row) = ArrayConversion.row(a, $0) { return row } else {
                return a.view(shape: [], strides: [], offset: a.offset + $0 * a.strides[0]) } }
        }
        return try Operations.collect(v, vm).map { try ArrayConversion.asArray($0, vm) }
    }

    /// `np.split`/`np.array_split`: a list of views.
    static func split(_ a: NDArray, _ how: Value, axis: Int, equal: Bool) throws -> Value {
        // numpy reads `ary.shape[axis]` first, in Python.
        guard axis >= -a.ndim && axis < a.ndim else { throw RuntimeError.indexError("tuple index out of range") }
        let parts: [NDArray]
        switch how {
        case .list, .tuple, .ndarray:
            let indices = try Operations.collect(how, nil).map(NumpyArguments.integer)
            parts = try a.split(sections: nil, indices: indices, axis: axis)
        default:
            parts = try a.split(sections: try NumpyArguments.integer(how), axis: axis, equal: equal)
        }
        return .list(ListObject(parts.map { .ndarray($0) }))
    }

    /// `np.diagonal(a, offset, axis1, axis2)` and the method: a view along the diagonal.
    static func diagonal(_ a: NDArray, _ p: NumpyArguments) throws -> NDArray {
        // numpy reads the three as C ints.
        func cInt(_ name: String, _ fallback: Int) throws -> Int {
            let v = try p.int(name, default: fallback)
            if v > Int(Int32.max) { throw RuntimeError.overflow("signed integer is greater than maximum") }
            if v < Int(Int32.min) { throw RuntimeError.overflow("signed integer is less than minimum") }
            return v
        }
        let offset = try cInt("offset", 0), axis1 = try cInt("axis1", 0), axis2 = try cInt("axis2", 1)
        return try numeric { try a.diagonal(offset: offset, axis1: axis1, axis2: axis2) }
    }

    /// `np.repeat(a, repeats, axis)`.
    static func repeatElements(_ a: NDArray, _ repeats: Value, axis: Int?, _ vm: Interpreter) throws -> Value {
        let counts: [Int]
        switch repeats {
        case .list, .tuple, .ndarray: counts = try Operations.collect(repeats, vm).map(NumpyArguments.integer)
        default: counts = [try NumpyArguments.integer(repeats)]
        }
        return .ndarray(try a.repeated(counts, axis: axis))
    }
}
