import PXNumeric

// MARK: - numpy.linalg

extension NumpyModule {
    /// `numpy.linalg`: norm, solve, inv, det, slogdet, eig, eigvals, eigh, eigvalsh, svd, lstsq, qr, cholesky, over LAPACK as
    /// numpy calls it, with numpy's named results and error texts.
    static func installLinalg(into r: Registry) {
        r.declareModule("numpy.linalg", doc: "Core linear algebra tools, over LAPACK.")
        r.register("numpy.linalg.LinAlgError", value: .type(NumpyTypes.linAlgError))
        installLinalgDerived(into: r)
        linalg(r, "norm", "Matrix or vector norm.", ["x", "ord", "axis", "keepdims"]) { p, vm in
            let x = try p.array("x", vm)
            let axes = try p.axes()
            let order = try normOrder(p.given("ord"), x: x, axes: axes)
            return ArrayConversion.result(try numeric {
                try LinearAlgebra.norm(x, order: order, axes: axes, keepdims: p.bool("keepdims", default: false))
            })
        }
        linalg(r, "solve", "Solve a linear matrix equation, or system of linear scalar equations.", ["a", "b"],
               required: 2) { p, vm in
            .ndarray(try numeric { try LinearAlgebra.solve(try p.array("a", vm), try p.array("b", vm)) })
        }
        linalg(r, "inv", "Compute the inverse of a matrix.", ["a"]) { p, vm in
            .ndarray(try numeric { try LinearAlgebra.inverse(try p.array("a", vm)) })
        }
        linalg(r, "det", "Compute the determinant of an array.", ["a"]) { p, vm in
            ArrayConversion.result(try numeric { try LinearAlgebra.determinant(try p.array("a", vm)) })
        }
        linalg(r, "slogdet", "Compute the sign and (natural) logarithm of the determinant of an array.", ["a"]) { p, vm in
            let (sign, logAbs) = try numeric { try LinearAlgebra.signAndLogDeterminant(try p.array("a", vm)) }
            return .object(LinalgResult("SlogdetResult", [("sign", ArrayConversion.result(sign)),
                                                          ("logabsdet", ArrayConversion.result(logAbs))]))
        }
        linalg(r, "eig", "Compute the eigenvalues and right eigenvectors of a square array.", ["a"]) { p, vm in
            let (w, v) = try numeric { try LinearAlgebra.eig(try p.array("a", vm)) }
            return .object(LinalgResult("EigResult", [("eigenvalues", ComplexValues.wrap(w)),
                                                      ("eigenvectors", v.map(ComplexValues.wrap) ?? .none)]))
        }
        linalg(r, "eigvals", "Compute the eigenvalues of a general matrix.", ["a"]) { p, vm in
            ComplexValues.wrap(try numeric { try LinearAlgebra.eig(try p.array("a", vm), vectors: false).values })
        }
        linalg(r, "eigh", "Return the eigenvalues and eigenvectors of a complex Hermitian or a real symmetric matrix.",
               ["a", "UPLO"]) { p, vm in
            let (w, v) = try numeric { try LinearAlgebra.eigh(try p.array("a", vm), upper: try upper(p)) }
            return .object(LinalgResult("EighResult", [("eigenvalues", .ndarray(w)), ("eigenvectors", v.map { .ndarray($0) } ?? .none)]))
        }
        linalg(r, "eigvalsh", "Compute the eigenvalues of a complex Hermitian or real symmetric matrix.",
               ["a", "UPLO"]) { p, vm in
            .ndarray(try numeric { try LinearAlgebra.eigh(try p.array("a", vm), upper: try upper(p), vectors: false).values })
        }
        linalg(r, "svd", "Singular Value Decomposition.", ["a", "full_matrices", "compute_uv", "hermitian"]) { p, vm in
            let computeUV = p.bool("compute_uv", default: true)
            let (u, s, vh) = try numeric {
                try LinearAlgebra.svd(try p.array("a", vm), fullMatrices: p.bool("full_matrices", default: true),
                                      computeUV: computeUV)
            }
            guard let u, let vh else { return .ndarray(s) }
            return .object(LinalgResult("SVDResult", [("U", .ndarray(u)), ("S", .ndarray(s)), ("Vh", .ndarray(vh))]))
        }
        linalg(r, "qr", "Compute the qr factorization of a matrix.", ["a", "mode"]) { p, vm in
            let modeName = try p.given("mode").map { try StringMethods.string($0, "mode must be a string") } ?? "reduced"
            guard let mode = LinearAlgebra.QRMode(rawValue: modeName) else {
                throw RuntimeError.valueError("Unrecognized mode '\(modeName)'")
            }
            let (q, r) = try numeric { try LinearAlgebra.qr(try p.array("a", vm), mode: mode) }
            guard let q else { return .ndarray(r) }
            return .object(LinalgResult("QRResult", [("Q", .ndarray(q)), ("R", .ndarray(r))]))
        }
        linalg(r, "cholesky", "Cholesky decomposition.", ["a", "upper"]) { p, vm in
            .ndarray(try numeric { try LinearAlgebra.cholesky(try p.array("a", vm), upper: p.bool("upper", default: false)) })
        }
        linalg(r, "lstsq", "Return the least-squares solution to a linear matrix equation.", ["a", "b", "rcond"],
               required: 2) { p, vm in
            let rcond = try p.given("rcond").map { try ArrayConversion.scalar($0).doubleValue }
            let result = try numeric { try LinearAlgebra.leastSquares(try p.array("a", vm), try p.array("b", vm), rcond: rcond) }
            return .tuple([.ndarray(result.x), .ndarray(result.residuals), .scalar(ArrayScalar(Int32(result.rank))),
                           .ndarray(result.singularValues)])
        }
    }

    /// Registers `numpy.linalg.NAME`.
    static func linalg(_ r: Registry, _ name: String, _ doc: String, _ parameters: [String], required: Int = 1,
                       _ body: @escaping (NumpyArguments, Interpreter) throws -> Value) {
        function(r, "linalg." + name, doc, parameters, required: required, body)
    }

    /// `UPLO='L'` or `'U'`.
    static func upper(_ p: NumpyArguments) throws -> Bool {
        guard let v = p.given("UPLO") else { return false }
        guard case .str(let s) = v, s == "L" || s == "U" else {
            throw RuntimeError.valueError("UPLO argument must be 'L' or 'U'")
        }
        return s == "U"
    }

    /// `ord=` of `norm`: None, a number, `'fro'`/`'f'` or `'nuc'`.
    static func normOrder(_ v: Value?, x: NDArray, axes: [Int]?) throws -> LinearAlgebra.NormOrder? {
        guard let v else { return nil }
        if case .str(let s) = v {
            let isVector = (axes?.count ?? x.ndim) == 1
            if isVector { throw RuntimeError.valueError("Invalid norm order '\(s)' for vectors") }
            switch s {
            case "fro", "f": return .frobenius
            case "nuc": return .nuclear
            default: throw RuntimeError.valueError("Invalid norm order for matrices.")
            }
        }
        return .number(try ArrayConversion.scalar(v).doubleValue)
    }
}
