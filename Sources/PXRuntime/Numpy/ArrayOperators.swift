import PXBigInt
import PXLang
import PXNumeric

/// The language's operators on arrays and numpy scalars, with numpy's broadcasting, promotion and errors.
enum ArrayOperators {
    /// The ufunc of a language operator.
    static func operation(_ op: BinaryOperator) -> BinaryOperation? {
        switch op {
        case .add: return .add
        case .subtract: return .subtract
        case .multiply: return .multiply
        case .divide: return .divide
        case .floorDivide: return .floorDivide
        case .modulo: return .remainder
        case .power: return .power
        case .leftShift: return .leftShift
        case .rightShift: return .rightShift
        case .bitAnd: return .bitwiseAnd
        case .bitOr: return .bitwiseOr
        case .bitXor: return .bitwiseXor
        case .matrixMultiply: return nil
        }
    }

    /// The ufunc of a comparison operator.
    static func operation(_ op: ComparisonOperator) -> BinaryOperation? {
        switch op {
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        case .equal: return .equal
        case .notEqual: return .notEqual
        default: return nil
        }
    }

    /// `a op b` where `a` or `b` is an array or a numpy scalar; nil when the other operand takes no part in
    /// array arithmetic (the caller then raises Python's `TypeError`).
    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ vm: Interpreter?, out: NDArray? = nil) throws -> Value? {
        if case .bigint(let big) = a { return try binary(op, try standIn(big, against: b, .arithmetic(op), vm), b, vm, out: out) }
        if case .bigint(let big) = b { return try binary(op, a, try standIn(big, against: a, .arithmetic(op), vm), vm, out: out) }
        guard let x = try ArrayConversion.operand(a, vm), let y = try ArrayConversion.operand(b, vm) else { return nil }
        return try numeric {
            if op == .matrixMultiply {
                guard case .array(let p) = x, case .array(let q) = y else {
                    throw RuntimeError.valueError("matmul: Input operand \(x.isArray ? 1 : 0) does not have enough "
                        + "dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
                }
                let product = try NDArray.matmul(p, q)
                if let out {
                    try out.assign(from: product)
                    return .ndarray(out)
                }
                return ArrayConversion.result(product)
            }
            guard let operation = operation(op) else { return nil }
            let result = try NDArray.binary(operation, x, y, out: out)
            if out != nil { return .ndarray(result) }
            return ArrayConversion.result(result)
        }
    }

    /// `a op b` written into an operand that is a temporary — an array nothing else refers to, such as the result
    /// of `a * a` in `a * a + 1` — instead of new memory, as numpy elides temporaries. The operands are the
    /// caller's only copies: each is taken out of its variable while its references are counted and put back
    /// unless it received the result.
    /// - Returns: the result, or nil when neither operand can take it (the caller then computes as usual).
    static func reusingTemporary(_ op: BinaryOperator, _ x: inout Value, _ y: inout Value, _ vm: Interpreter?) throws -> Value? {
        guard op != .matrixMultiply, let operation = operation(op) else { return nil }
        for first in [true, false] {
            guard case .ndarray(var candidate) = first ? x : y else { continue }
            if first { x = .none } else { y = .none }
            defer {
                if first { x = .ndarray(candidate) } else { y = .ndarray(candidate) }
            }
            // A 0-d result is a numpy scalar, never the array, so 0-d temporaries are left alone.
            guard candidate.ndim > 0, isKnownUniquelyReferenced(&candidate), candidate.ownsMemoryAlone,
                  candidate.isCContiguous else { continue }
            guard let p = try ArrayConversion.operand(first ? .ndarray(candidate) : x, vm),
                  let q = try ArrayConversion.operand(first ? y : .ndarray(candidate), vm) else { return nil }
            // Only when the result has the temporary's dtype and shape (no cast, no broadcast into it).
            guard NDArray.resultFits(operation, p, q, into: candidate) else { continue }
            let result = try numeric { try NDArray.binary(operation, p, q, out: candidate) }
            return .ndarray(result)
        }
        return nil
    }

    /// `a op b` for a comparison, where `a` or `b` is an array or a numpy scalar: a bool array, or `np.bool`.
    static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value, _ vm: Interpreter?) throws -> Value? {
        guard let operation = operation(op) else { return nil }
        if case .bigint(let big) = a { return try compare(op, try standIn(big, against: b, .comparison, vm), b, vm) }
        if case .bigint(let big) = b { return try compare(op, a, try standIn(big, against: a, .comparison, vm), vm) }
        guard let x = try ArrayConversion.operand(a, vm), let y = try ArrayConversion.operand(b, vm) else {
            if let z = try ComplexValues.compare(op, a, b, vm) { return z }
            // numpy: == and != against unrelated objects are elementwise False/True; ordering is a TypeError.
            guard op == .equal || op == .notEqual else { return nil }
            let array = [a, b].compactMap { v -> NDArray? in if case .ndarray(let n) = v { return n } else { return nil } }.first
            guard let array else { return .scalar(ArrayScalar(op == .notEqual)) }
            return try numeric { .ndarray(try NDArray.full(shape: array.shape, value: ArrayScalar(op == .notEqual))) }
        }
        return try numeric { ArrayConversion.result(try NDArray.binary(operation, x, y)) }
    }

    /// `-a`, `+a`, `~a`, `abs(a)` for an array or numpy scalar.
    static func unary(_ op: UnaryOperation, _ v: Value) throws -> Value {
        try numeric {
            switch v {
            case .ndarray(let a): return ArrayConversion.result(try a.unary(op))
            case .scalar(let s):
                let a = try NDArray.full(shape: [], value: s)
                return ArrayConversion.result(try a.unary(op))
            default: return v
            }
        }
    }

    /// `a op= b` on an array: computed into `a` itself, so every name and view of it sees the change.
    static func inPlace(_ op: BinaryOperator, _ a: NDArray, _ b: Value, _ vm: Interpreter?) throws -> Value? {
        try binary(op, .ndarray(a), b, vm, out: a)
    }

    /// `item in a`: whether some element (or row) equals the item.
    static func contains(_ a: NDArray, _ item: Value, _ vm: Interpreter?) throws -> Bool {
        guard let equal = try compare(.equal, .ndarray(a), item, vm) else { return false }
        switch equal {
        case .ndarray(let flags): return try numeric { try flags.countNonzero() > 0 }
        case .scalar(let s): return s.boolValue
        default: return equal.isTruthy
        }
    }
}

extension ArrayOperators {
    /// How an operator uses a Python int operand.
    enum BigIntUse {
        case arithmetic(BinaryOperator)
        case comparison
    }

    /// The Python number that stands in for a Python int beyond int64 beside an array or numpy scalar, as numpy 2
    /// (NEP 50) treats it: a float beside float values (and in `/`), ±infinity in a comparison with integers
    /// (every int64 lies between); otherwise numpy cannot hold it as a C long.
    /// - Throws: `OverflowError: Python int too large to convert to C long`, or `int too large to convert to
    ///   float` when a float cannot hold it.
    static func standIn(_ big: BigInt, against other: Value, _ use: BigIntUse, _ vm: Interpreter?) throws -> Value {
        let dtype: DType
        switch other {
        case .ndarray(let a): dtype = a.dtype
        case .scalar(let s): dtype = s.dtype
        default: dtype = try ArrayConversion.array(from: other, vm).dtype
        }
        let isDivision = if case .arithmetic(.divide) = use { true } else { false }
        let isComparison = if case .comparison = use { true } else { false }
        if dtype.isFloat || isDivision { return .float(try big.asDouble()) }
        if dtype.isInteger && isComparison { return .float(big.isNegative ? -.infinity : .infinity) }
        throw RuntimeError.overflow("Python int too large to convert to C long")
    }
}

extension Operand {
    var isArray: Bool {
        if case .array = self { return true }
        return false
    }
}

extension ArrayOperators {
    /// Python's `sum(a)` over a 1-D array: `0 + a[0] + a[1] + …` one element at a time (not numpy's pairwise
    /// sum), in the array's dtype (bool and int32 as int64), as numpy scalars add.
    static func sequentialSum(_ a: NDArray) throws -> Value {
        try numeric {
            let accType: DType = a.dtype == .bool || a.dtype == .int32 ? .int64 : a.dtype
            let values = try a.converted(to: accType).contiguous()
            if a.count == 0 { return .int(0) }
            switch accType {
            case .float64:
                var total = 0.0
                try values.withUnsafeElements(as: Double.self) { for x in $0 { total += x } }
                return .scalar(ArrayScalar(total))
            case .float32:
                var total: Float = 0
                try values.withUnsafeElements(as: Float.self) { for x in $0 { total += x } }
                return .scalar(ArrayScalar(total))
            default:
                var total: Int64 = 0
                try values.withUnsafeElements(as: Int64.self) { for x in $0 { total &+= x } }
                return .scalar(ArrayScalar(total))
            }
        }
    }
}
