import PXNumeric

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `numpy` module (import it as `np`), registered by area: types and constants, construction,
/// element-wise math, reductions, shapes, sorting and searching, products, random streams (each area in its
/// own `NumpyModule+Area.swift` file).
enum NumpyModule {
    static func install(into r: Registry) {
        r.declareModule("numpy", doc: "numpy's n-dimensional arrays: float64, float32, int64, int32 and bool (and "
            + "complex128 for printing, parts, + - * /, == != and eig), strided views, broadcasting, numpy 2's "
            + "promotion and printing, BLAS products.")
        installTypes(into: r)
        installConstruction(into: r)
        installMath(into: r)
        installReductions(into: r)
        installShapes(into: r)
        installSorting(into: r)
        installProducts(into: r)
        installRandom(into: r)
        installLinalg(into: r)
        installStatistics(into: r)
        installSets(into: r)
        installNanFunctions(into: r)
        installSetOperations(into: r)
        installInterpolation(into: r)
        installCovariance(into: r)
        installComplex(into: r)
    }

    /// Registers `numpy.NAME` with parameters bound by name; numeric errors become numpy's exceptions.
    /// - Parameters:
    ///   - aliases: other names of the same function object (`abs` for `absolute`: its `__name__` stays
    ///     `absolute`, as in numpy).
    ///   - complex: whether `body` handles complex128 arguments; otherwise they raise a `TypeError` first.
    static func function(_ r: Registry, _ name: String, _ doc: String, _ parameters: [String], required: Int = 1,
                         aliases: [String] = [], complex: Bool = false,
                         _ body: @escaping (NumpyArguments, Interpreter) throws -> Value) {
        let parts = ("numpy." + name).split(separator: ".").map(String.init)
        let short = parts[parts.count - 1]
        let function = BuiltinFunction(name: short, module: parts.dropLast().joined(separator: "."), doc: doc,
                                       parameterNames: parameters) { args, vm in
            if !complex { try ComplexValues.reject(args, function: short) }
            let bound = try NumpyArguments(args, short, parameters, required: required)
            return try numeric { try body(bound, vm) }
        }
        for n in [name] + aliases { r.register("numpy." + n, value: .builtin(function)) }
    }

    // MARK: - Types and constants

    static func installTypes(into r: Registry) {
        r.register("numpy.ndarray", value: .type(BuiltinTypes.ndarray))
        r.register("numpy.dtype", value: .type(DTypeObject.type))
        for dtype in DType.allCases { r.register("numpy." + dtype.name, value: .type(NumpyTypes.scalarType(dtype))) }
        r.register("numpy.bool_", value: .type(NumpyTypes.bool))
        r.register("numpy.int_", value: .type(NumpyTypes.int64))
        r.register("numpy.intp", value: .type(NumpyTypes.int64))
        r.register("numpy.double", value: .type(NumpyTypes.float64))
        r.register("numpy.single", value: .type(NumpyTypes.float32))
        r.register("numpy.True_", value: .scalar(ArrayScalar(true)))
        r.register("numpy.False_", value: .scalar(ArrayScalar(false)))
        r.register("numpy.newaxis", value: .none)
        r.register("numpy.pi", value: .float(Double.pi))
        r.register("numpy.e", value: .float(M_E))
        r.register("numpy.euler_gamma", value: .float(0.5772156649015329))
        r.register("numpy.inf", value: .float(.infinity))
        r.register("numpy.nan", value: .float(.nan))
        r.declareModule("numpy.exceptions", doc: "numpy's exception classes.")
        r.register("numpy.exceptions.AxisError", value: .type(NumpyTypes.axisError))
        r.register("numpy.AxisError", value: .type(NumpyTypes.axisError))
        function(r, "shares_memory", "Determine if two arrays share memory.", ["a", "b", "max_work"], required: 2) { p, vm in
            .bool(try p.array("a", vm).sharesMemory(with: try p.array("b", vm)))
        }
        function(r, "may_share_memory", "Determine if two arrays might share memory.", ["a", "b", "max_work"],
                 required: 2) { p, vm in
            .bool(try p.array("a", vm).mayShareMemory(with: try p.array("b", vm)))
        }
        function(r, "shape", "Return the shape of an array.", ["a"]) { p, vm in
            .tuple(try p.array("a", vm).shape.map { .int($0) })
        }
        function(r, "ndim", "Return the number of dimensions of an array.", ["a"]) { p, vm in .int(try p.array("a", vm).ndim) }
        function(r, "size", "Return the number of elements along a given axis.", ["a", "axis"]) { p, vm in
            let a = try p.array("a", vm)
            guard let axis = try p.axis() else { return .int(a.count) }
            return .int(a.shape[try Shape.normalize(axis: axis, ndim: a.ndim)])
        }
        // swiftpx prints no floating-point warnings, so the error state only needs to be settable.
        r.register("numpy.errstate", value: .type(ErrorState.type))
        for name in ["seterr", "geterr"] {
            r.register("numpy." + name, doc: "Floating-point error handling (swiftpx prints no warnings).") { _, _ in
                ErrorState.defaults
            }
        }
        function(r, "result_type", "Returns the type that results from applying the promotion rules.", ["a", "b"],
                 required: 2) { p, _ in
            let x = try NumpyTypes.dtype(from: p["a"] ?? .none, allowingComplex: true) ?? .float64
            let y = try NumpyTypes.dtype(from: p["b"] ?? .none, allowingComplex: true) ?? .float64
            return .object(DTypeObject(DType.promote(x, y)))
        }
    }
}

/// `with np.errstate(divide="ignore"):` — accepted and without effect, since swiftpx prints no numpy warnings.
final class ErrorState: NativeObject {
    static let type = TypeObject(name: "errstate", module: "numpy", constructor: { _, _ in .object(ErrorState()) })

    /// numpy's default settings, as `np.geterr()` returns them.
    static var defaults: Value {
        let d = DictObject()
        for (k, v) in [("divide", "warn"), ("over", "warn"), ("under", "ignore"), ("invalid", "warn")] { d.set(k, .str(v)) }
        return .dict(d)
    }

    var pythonType: TypeObject { ErrorState.type }
    func enter(_ interpreter: Interpreter) throws -> Value { .object(self) }
    func exit(_ interpreter: Interpreter) throws {}
}
