import PXNumeric

// MARK: - Products: dot, matmul, inner, outer, vdot

extension NumpyModule {
    static func installProducts(into r: Registry) {
        function(r, "dot", "Dot product of two arrays.", ["a", "b", "out"], required: 2) { p, vm in
            try finish(try NDArray.dot(try p.array("a", vm), try p.array("b", vm)), p)
        }
        function(r, "matmul", "Matrix product of two arrays.", ["x1", "x2", "out"], required: 2) { p, vm in
            try finish(try NDArray.matmul(try p.array("x1", vm), try p.array("x2", vm)), p)
        }
        function(r, "inner", "Inner product of two arrays.", ["a", "b"], required: 2) { p, vm in
            ArrayConversion.result(try NDArray.inner(try p.array("a", vm), try p.array("b", vm)))
        }
        function(r, "outer", "Compute the outer product of two vectors.", ["a", "b", "out"], required: 2) { p, vm in
            try finish(try NDArray.outer(try p.array("a", vm), try p.array("b", vm)), p)
        }
        function(r, "vdot", "Return the dot product of two vectors (flattened).", ["a", "b"], required: 2) { p, vm in
            let a = try p.array("a", vm).raveled(), b = try p.array("b", vm).raveled()
            guard a.count == b.count else { throw RuntimeError.valueError("cannot reshape array of size \(b.count) into shape (\(a.count),)") }
            return ArrayConversion.result(try NDArray.dot(a, b))
        }
    }
}
