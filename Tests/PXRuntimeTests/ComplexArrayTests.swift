import Testing

/// complex128 where swiftpx does not follow numpy: each use it does not implement raises a `TypeError` that
/// says what is supported (numpy's own text where numpy has no complex loop either), and nothing crashes.
/// What it does implement is compared with numpy in the corpora (NumpyOracle 178, 199–201; NumpyEdgeCases 116).
@Suite("complex128 arrays")
struct ComplexArrayTests {
    static let prelude = """
        import numpy as np
        z = np.linalg.eigvals(np.array([[0.0, -1.0], [1.0, 0.0]]))
        def attempt(f):
            try:
                print(repr(f()))
            except Exception as e:
                print(type(e).__name__ + ": " + str(e))

        """

    static let supported = "swiftpx supports complex128 values only in + - * /, ==, !=, abs, np.conj, np.real, np.imag, "
        + "np.angle, np.iscomplex, np.isreal, astype, indexing; not in "

    @Test("what swiftpx does not implement on complex128 raises a TypeError naming it", arguments: [
        ("np.sum(z)", "np.sum"),
        ("z.mean()", "ndarray.mean"),
        ("np.sqrt(z)", "np.sqrt"),
        ("np.sort(z)", "np.sort"),
        ("z < z", "the < operator"),
        ("z[0] >= 1", "the >= operator"),
        ("z ** 2", "the ** operator"),
        ("z @ z", "the @ operator"),
        ("np.arange(3, dtype='complex128')", "this function's dtype="),
        ("np.add(z, 1, out=z)", "np.add with out=, where= or dtype="),
        ("np.concatenate([z, z])", "arrays built from complex values"),
    ])
    func unsupported(expression: String, what: String) {
        let output = evaluate(ComplexArrayTests.prelude + "attempt(lambda: \(expression))\n")
        #expect(output == "TypeError: " + ComplexArrayTests.supported + what + "\n")
    }

    @Test("ufuncs numpy has no complex loop for raise numpy's TypeError", arguments: [
        ("np.floor(z)", "floor"), ("z // 2", "floor_divide"), ("z % 2", "remainder"), ("~z", "invert"),
        ("np.fix(z)", "trunc"), ("z & z", "bitwise_and"), ("np.hypot(z, 1.0)", "hypot"),
    ])
    func noComplexLoop(expression: String, ufunc: String) {
        let output = evaluate(ComplexArrayTests.prelude + "attempt(lambda: \(expression))\n")
        #expect(output == "TypeError: ufunc '\(ufunc)' not supported for the input types, and the inputs could not be "
            + "safely coerced to any supported types according to the casting rule ''safe''\n")
    }

    @Test("the arrays numpy makes from complex values are complex arrays, never real arrays of half the data")
    func noRealLeaks() {
        let output = evaluate(ComplexArrayTests.prelude + """
            print(z.real.base.dtype, type(z.real.base).__name__, -z, +z)
            w = np.zeros(2, dtype="complex128")
            w.imag[:] = [1.0, 2.0]
            print(repr(np.asarray(w)), np.asarray(w) is w, repr(np.array([1.0, 2.0]).astype("D")))
            print(np.isreal(2.0), repr(np.isreal(np.float64(2.0))), repr(np.iscomplex(2.0)))

            """)
        #expect(output == "complex128 ndarray [-0.-1.j -0.+1.j] [0.+1.j 0.-1.j]\n"
            + "array([0.+1.j, 0.+2.j]) True array([1.+0.j, 2.+0.j])\n"
            + "True np.True_ np.False_\n")
    }
}
