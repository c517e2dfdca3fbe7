import PXNumeric

// MARK: - Sorting and searching: sort, argsort, where, nonzero, diff

extension NumpyModule {
    static func installSorting(into r: Registry) {
        function(r, "sort", "Return a sorted copy of an array.", ["a", "axis", "kind", "order", "stable"]) { p, vm in
            let a = try p.array("a", vm)
            let axis: Int? = p["axis"] != nil && p.given("axis") == nil ? nil : try p.int("axis", default: -1)
            return .ndarray(try a.sorted(axis: axis))
        }
        function(r, "argsort", "Returns the indices that would sort an array.", ["a", "axis", "kind", "order", "stable"]) { p, vm in
            let a = try p.array("a", vm)
            let axis: Int? = p["axis"] != nil && p.given("axis") == nil ? nil : try p.int("axis", default: -1)
            return .ndarray(try a.argsorted(axis: axis))
        }
        function(r, "where", "Return elements chosen from x or y depending on condition.", ["condition", "x", "y"]) { p, vm in
            let condition = try p.array("condition", vm)
            guard let xv = p["x"], let yv = p["y"] else {
                if p["x"] != nil || p["y"] != nil {
                    throw RuntimeError.valueError("either both or neither of x and y should be given")
                }
                return try nonzero(condition)
            }
            guard let x = try ArrayConversion.operand(xv, vm), let y = try ArrayConversion.operand(yv, vm) else {
                throw RuntimeError.typeError("where() needs numbers or arrays")
            }
            return .ndarray(try NDArray.select(condition, x, y))
        }
        function(r, "nonzero", "Return the indices of the elements that are non-zero.", ["a"]) { p, vm in
            try nonzero(try p.array("a", vm))
        }
        function(r, "flatnonzero", "Return indices that are non-zero in the flattened version of a.", ["a"]) { p, vm in
            .ndarray(try p.array("a", vm).raveled().nonzero()[0])
        }
        function(r, "argwhere", "Find the indices of array elements that are non-zero, grouped by element.", ["a"]) { p, vm in
            let a = try p.array("a", vm)
            guard a.ndim > 0 else {
                // numpy: one row without columns when the scalar is nonzero.
                return .ndarray(try NDArray.zeros(shape: [a.scalar(at: []).boolValue ? 1 : 0, 0], dtype: .int64))
            }
            return .ndarray(try NDArray.stack(try a.nonzero(), axis: 1))
        }
        function(r, "unravel_index", "Converts flat indices into a tuple of coordinate arrays.",
                 ["indices", "shape", "order"], required: 2) { p, vm in
            let shape = try p.shape("shape")
            let indices = try p.array("indices", vm)
            let total = shape.reduce(1, *)
            let flat = try indices.int64s()
            var columns = [[Int64]](repeating: [], count: shape.count)
            for f in flat {
                guard f >= 0 && f < total else {
                    throw RuntimeError.valueError("index \(f) is out of bounds for array with size \(total)")
                }
                var rest = f
                for axis in stride(from: shape.count - 1, through: 0, by: -1) {
                    columns[axis].append(rest % Int64(shape[axis]))
                    rest /= Int64(shape[axis])
                }
            }
            return .tuple(columns.map { ArrayConversion.result(NDArray(int64s: $0, shape: indices.shape)) })
        }
        function(r, "ravel_multi_index", "Converts a tuple of index arrays into an array of flat indices.",
                 ["multi_index", "dims", "mode", "order"], required: 2) { p, vm in
            let dims = try p.shape("dims")
            let parts = try Operations.collect(p["multi_index"] ?? .none, vm).map { try ArrayConversion.asArray($0, vm) }
            guard parts.count == dims.count else {
                throw RuntimeError.valueError("parameter multi_index must be a sequence of length \(dims.count)")
            }
            let shape = try Shape.broadcast(parts.map(\.shape))
            var flat = [Int64](repeating: 0, count: Shape.count(shape) ?? 0)
            for (axis, part) in parts.enumerated() {
                let values = try part.broadcast(to: shape).int64s()
                for i in flat.indices {
                    guard values[i] >= 0 && values[i] < Int64(dims[axis]) else {
                        throw RuntimeError.valueError("invalid entry in coordinates array")
                    }
                    flat[i] = flat[i] * Int64(dims[axis]) + values[i]
                }
            }
            return ArrayConversion.result(NDArray(int64s: flat, shape: shape))
        }
        function(r, "diff", "Calculate the n-th discrete difference along the given axis.",
                 ["a", "n", "axis", "prepend", "append"]) { p, vm in
            var a = try p.array("a", vm)
            let n = try p.int("n", default: 1)
            guard n >= 0 else { throw RuntimeError.valueError("order must be non-negative but got \(n)") }
            guard a.ndim > 0 else { throw RuntimeError.valueError("diff requires input that is at least one dimensional") }
            let axis = try Shape.normalize(axis: try p.int("axis", default: -1), ndim: a.ndim)
            for (key, front) in [("prepend", true), ("append", false)] {
                guard let extra = p.given(key) else { continue }
                var piece = try ArrayConversion.asArray(extra, vm)
                if piece.ndim == 0 {
                    var shape = a.shape
                    shape[axis] = 1
                    piece = try piece.broadcast(to: shape)
                }
                a = try NDArray.concatenate(front ? [piece, a] : [a, piece], axis: axis)
            }
            for _ in 0..<n { a = try difference(a, axis: axis) }
            return .ndarray(a)
        }
    }

    /// `np.nonzero(a)`, `a.nonzero()`, `np.where(a)`: one index array per axis.
    static func nonzero(_ a: NDArray) throws -> Value {
        guard a.ndim > 0 else {
            throw RuntimeError.valueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() "
                + "instead." + (a.dtype == .bool ? " If the context of this error is of the form `arr[nonzero(cond)]`, "
                    + "just use `arr[cond]`." : ""))
        }
        return .tuple(try a.nonzero().map { .ndarray($0) })
    }

    /// One discrete difference along an axis (`!=` for bool arrays, as numpy).
    static func difference(_ a: NDArray, axis: Int) throws -> NDArray {
        let length = a.shape[axis]
        var upper = [IndexItem](repeating: .slice(start: nil, stop: nil, step: nil), count: a.ndim)
        var lower = upper
        upper[axis] = .slice(start: 1, stop: nil, step: nil)
        lower[axis] = .slice(start: nil, stop: max(length - 1, 0), step: nil)
        guard case .array(let x) = try a.read(upper), case .array(let y) = try a.read(lower) else { return a }
        return try NDArray.binary(a.dtype == .bool ? .notEqual : .subtract, .array(x), .array(y))
    }
}
