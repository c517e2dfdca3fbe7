import PXLang
import PXNumeric

/// The operators and ufuncs swiftpx implements on complex128 values.
extension ComplexValues {
    /// `a op b` (`b op a` when `reflected`) for a complex `a`; nil when `b` takes no part in array arithmetic.
    /// - Throws: numpy's `TypeError` for operators without a complex loop (`//`, `%`, bitwise, shifts).
    static func binary(_ op: BinaryOperator, _ a: NDArray, _ b: Value, reflected: Bool) throws -> Value? {
        let operation: ComplexArithmetic.Operation
        switch op {
        case .add: operation = .add
        case .subtract: operation = .subtract
        case .multiply: operation = .multiply
        case .divide: operation = .divide
        case .floorDivide: throw noLoop("floor_divide")
        case .modulo: throw noLoop("remainder")
        case .bitAnd: throw noLoop("bitwise_and")
        case .bitOr: throw noLoop("bitwise_or")
        case .bitXor: throw noLoop("bitwise_xor")
        case .leftShift: throw noLoop("left_shift")
        case .rightShift: throw noLoop("right_shift")
        case .power, .matrixMultiply: throw unsupported("the \(op.rawValue) operator")
        }
        guard let other = try operand(b, nil) else { return nil }
        let (x, y) = reflected ? (other, a) : (a, other)
        return result(try numeric { try ComplexArithmetic.binary(operation, x, y) })
    }

    /// `a op b` where `a` or `b` is complex: `==` and `!=` element-wise; orderings are not implemented.
    /// - Returns: nil when neither operand is complex.
    static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value? {
        guard isComplex(a) || isComplex(b) else { return nil }
        let operation: ComplexArithmetic.Operation
        switch op {
        case .equal: operation = .equal
        case .notEqual: operation = .notEqual
        case .less, .lessEqual, .greater, .greaterEqual: throw unsupported("the \(op.rawValue) operator")
        case .in, .notIn, .is, .isNot: return nil
        }
        guard let x = try operand(a, vm), let y = try operand(b, vm) else { return .bool(op == .notEqual) }
        return result(try numeric { try ComplexArithmetic.binary(operation, x, y) })
    }

    /// `-z`, `+z`, `~z` of a complex value (`~` raises numpy's `TypeError`); nil for other values.
    static func unary(_ op: UnaryOperation, _ v: Value) throws -> Value? {
        guard let a = array(v) else { return nil }
        switch op {
        case .negative: return result(try numeric { try ComplexArithmetic.negative(a) })
        case .positive: return result(try numeric { try a.copy() })
        default: throw noLoop(op.ufuncName)
        }
    }

    /// `abs(z)`, `np.abs(z)` of a complex value: float64.
    static func absolute(_ v: Value) throws -> Value? {
        guard let a = array(v) else { return nil }
        return ArrayConversion.result(try numeric { try ComplexArithmetic.absolute(a) })
    }

    /// The ufuncs of `NumpyModule+Math` that take complex values: nil when no argument is complex.
    static func ufunc(_ name: String, _ p: NumpyArguments, _ vm: Interpreter) throws -> Value? {
        let x = p["x"] ?? p["x1"] ?? .none, y = p["x2"]
        guard isComplex(x) || y.map(isComplex) == true else { return nil }
        if p.given("out") != nil || p.given("where") != nil || p.given("dtype") != nil {
            throw unsupported("np.\(name) with out=, where= or dtype=")
        }
        switch name {
        case "absolute", "abs": return try absolute(x)
        case "negative": return try unary(.negative, x)
        case "positive": return try unary(.positive, x)
        case "add", "subtract", "multiply", "divide", "true_divide":
            let op: BinaryOperator = name == "add" ? .add : name == "subtract" ? .subtract : name == "multiply" ? .multiply
                : .divide
            guard let a = try operand(x, vm), let b = y else { return nil }
            return try binary(op, a, b, reflected: false)
        case "equal", "not_equal":
            return try compare(name == "equal" ? .equal : .notEqual, x, y ?? .none, vm)
        default:
            return nil
        }
    }

    /// The ufuncs `ufunc(_:_:_:)` handles.
    static let ufuncNames: Set = ["absolute", "abs", "negative", "positive", "add", "subtract", "multiply", "divide",
                                  "true_divide", "equal", "not_equal"]
}
