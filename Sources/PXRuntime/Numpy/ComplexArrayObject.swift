import PXLang
import PXNumeric

/// A complex128 array as a language value (`type(w)` is `numpy.ndarray`): numpy's printing, shape and view
/// methods, indexing, `.real`/`.imag` views of the same memory, `conj`, `astype`, and `+ - * /` with numpy's
/// promotion. Everything else raises a `TypeError` (see `ComplexValues`).
final class ComplexArrayObject: NativeObject {
    /// The elements (dtype complex128).
    let array: NDArray

    /// Methods that only move or copy elements: `ArrayMethods` runs them as for any dtype.
    static let layoutMethods: Set = ["copy", "flatten", "ravel", "view", "reshape", "transpose", "swapaxes", "squeeze",
                                     "diagonal", "fill", "__len__"]

    init(_ array: NDArray) {
        precondition(array.dtype.isComplex, "internal inconsistency: a ComplexArrayObject of a real array")
        self.array = array
    }

    var pythonType: TypeObject { BuiltinTypes.ndarray }
    var isTruthy: Bool { array.count != 1 || array.complexElement(flat: 0).isNonzero }
    /// Every attribute and method of numpy's ndarray that swiftpx has: those it does not implement for complex128
    /// raise `TypeError` when called.
    var attributeNames: [String] {
        Array(Set(ArrayMethods.attributeNames + ArrayMethods.methodNames
                  + ["real", "imag", "conj", "conjugate"])).sorted()
    }

    func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "real": return .ndarray(array.realView)
        case "imag": return .ndarray(array.imaginaryView)
        default:
            guard ArrayMethods.attributeNames.contains(name) else { return nil }
            return ArrayMethods.attribute(array, name).map(ComplexArrayObject.wrapped)
        }
    }

    func setAttribute(_ name: String, _ value: Value, _ interpreter: Interpreter) throws {
        try ArrayMethods.setAttribute(array, name, value)
    }

    func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "conj", "conjugate":
            try arguments.check(name, min: 0, max: 0)
            return ComplexValues.result(try numeric { try ComplexArithmetic.conjugate(array) })
        case "astype":
            let p = try NumpyArguments(Arguments(arguments.positional, keywords: arguments.keywords), "astype",
                                       ["dtype", "order", "casting", "subok", "copy"])
            guard let dtype = try p.dtype("dtype", allowingComplex: true) else { return .object(self) }
            if p["copy"].map({ !$0.isTruthy }) == true && dtype == array.dtype { return .object(self) }
            return ComplexValues.wrap(try numeric { try array.copyKeepingLayout(as: dtype) })
        case "item":
            guard arguments.positional.isEmpty, arguments.keywords.isEmpty else {
                throw ComplexValues.unsupported("ndarray.item with arguments")
            }
            guard array.count == 1 else {
                throw RuntimeError.valueError("can only convert an array of size 1 to a Python scalar")
            }
            return .object(ComplexScalarObject(array.complexElement(flat: 0), isPython: true))
        case "tolist":
            try arguments.check(name, min: 0, max: 0)
            return list()
        case "__getitem__":
            try arguments.check(name, min: 1, max: 1)
            return try item(arguments[0], interpreter)
        default:
            if ComplexArrayObject.layoutMethods.contains(name) {
                return try ArrayMethods.call(array, name, arguments, interpreter).map(ComplexArrayObject.wrapped)
            }
            if ArrayMethods.methodNames.contains(name) { throw ComplexValues.unsupported("ndarray.\(name)") }
            return nil
        }
    }

    /// An array result as the value it is: complex arrays wrapped.
    static func wrapped(_ v: Value) -> Value {
        if case .ndarray(let a) = v { return ComplexValues.wrap(a) }
        return v
    }

    func item(_ key: Value, _ interpreter: Interpreter) throws -> Value {
        let items = try ArrayConversion.indexItems(key, interpreter)
        let v: NDArray
        switch try numeric({ try array.read(items) }) {
        case .scalar(let s): return .scalar(s)
        case .array(let a): v = a
        }
        let isElement = items.count == array.ndim && items.allSatisfy { if case .integer = $0 { true } else { false } }
        if isElement { return .object(ComplexScalarObject(v.complexElement(at: []))) }
        return ComplexValues.wrap(v)
    }

    func setItem(_ key: Value, _ value: Value, _ interpreter: Interpreter) throws {
        try array.checkWritableForProgram()
        let items = try ArrayConversion.indexItems(key, interpreter)
        let source = try ComplexValues.array(value) ?? ArrayIndexing.array(value, for: array, interpreter)
        try numeric { try array.write(items, source) }
    }

    func makeIterator(_ interpreter: Interpreter) throws -> IteratorObject {
        guard array.ndim > 0 else { throw RuntimeError.typeError("iteration over a 0-d array") }
        var i = 0
        return IteratorObject { [self] in
            guard i < array.shape[0] else { return nil }
            defer { i += 1 }
            return try item(.int(i), interpreter)
        }
    }

    func length(_ interpreter: Interpreter) throws -> Int {
        guard array.ndim > 0 else { throw RuntimeError.typeError("len() of unsized object") }
        return array.shape[0]
    }

    func repr(_ interpreter: Interpreter?) -> String { ArrayPrinter.repr(array) }
    func str(_ interpreter: Interpreter?) -> String { ArrayPrinter.str(array) }

    func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool) throws -> Value? {
        try ComplexValues.binary(op, array, other, reflected: reflected)
    }

    /// `tolist()`: nested lists of Python complex numbers.
    func list() -> Value {
        if array.ndim == 0 { return .object(ComplexScalarObject(array.complexElement(at: []), isPython: true)) }
        var index: [Int] = []
        func build() -> Value {
            let axis = index.count
            var items: [Value] = []
            for i in 0..<array.shape[axis] {
                index.append(i)
                items.append(axis == array.ndim - 1
                    ? .object(ComplexScalarObject(array.complexElement(at: index), isPython: true)) : build())
                index.removeLast()
            }
            return .list(ListObject(items))
        }
        return build()
    }
}

/// A numpy `complex128` scalar (`np.complex128(1+2j)`, what indexing a complex array gives), or the Python
/// `complex` that `item()` and `tolist()` give (`(1+2j)`; the language has no complex literals or type of its own).
final class ComplexScalarObject: NativeObject {
    /// The number.
    let value: Complex128
    /// Whether this is a Python `complex` rather than a numpy scalar.
    let isPython: Bool

    /// Python's `complex` type, as `type(z.item())` shows it.
    static let pythonComplex = TypeObject(name: "complex")

    init(_ value: Complex128, isPython: Bool = false) {
        self.value = value
        self.isPython = isPython
    }

    var pythonType: TypeObject { isPython ? ComplexScalarObject.pythonComplex : NumpyTypes.complex128 }
    var isTruthy: Bool { value.isNonzero }
    var attributeNames: [String] { ["conj", "conjugate", "dtype", "imag", "item", "ndim", "real", "shape", "size"] }

    func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "real": return isPython ? .float(value.real) : .scalar(ArrayScalar(value.real))
        case "imag": return isPython ? .float(value.imaginary) : .scalar(ArrayScalar(value.imaginary))
        case "dtype": return .object(DTypeObject(.complex128))
        case "shape": return .tuple([])
        case "ndim": return .int(0)
        case "size": return .int(1)
        default: return nil
        }
    }

    func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "conj", "conjugate":
            try arguments.check(name, min: 0, max: 0)
            return .object(ComplexScalarObject(Complex128(value.real, -value.imaginary), isPython: isPython))
        case "item":
            try arguments.check(name, min: 0, max: 0)
            return .object(ComplexScalarObject(value, isPython: true))
        default: return nil
        }
    }

    func repr(_ interpreter: Interpreter?) -> String { isPython ? value.text : value.reprText }
    func str(_ interpreter: Interpreter?) -> String { value.text }

    func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool) throws -> Value? {
        try ComplexValues.binary(op, try numeric { try NDArray.complex([value], shape: []) }, other, reflected: reflected)
    }
}
