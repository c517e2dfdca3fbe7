/// An expression node with its source location.
public struct Expr: Sendable, Codable, Equatable {
    /// What the expression is.
    public var kind: Kind
    /// Where it starts.
    public var location: SourceLocation
    /// How deeply the tree below this node nests (1 for a name or a constant), computed when the node is
    /// created: the parser refuses trees deeper than `Parser.maximumDepth`, so that every later recursive walk
    /// (compiling, running, encoding, freeing) stays within the native stack.
    public let depth: Int
    /// The text it covers, set by the parser for the expressions a traceback marks (operations, calls,
    /// subscripts, attribute accesses, names); nil for others and for expressions the compiler makes.
    public var span: SourceSpan?

    /// Creates an expression.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
        self.depth = kind.depth
    }

    /// Expressions are equal when their forms and locations are (the span follows from them).
    public static func == (a: Expr, b: Expr) -> Bool { a.kind == b.kind && a.location == b.location }

    /// The expression forms of the language.
    public indirect enum Kind: Sendable, Codable, Equatable {
        case name(String)
        case constant(Constant)
        case fstring([FStringPart])
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        case and(Expr, Expr)
        case or(Expr, Expr)
        case compare(Expr, [Comparison])
        case conditional(test: Expr, then: Expr, otherwise: Expr)
        case lambda(FunctionDef)
        case call(Expr, [Argument])
        case attribute(Expr, String)
        case `subscript`(Expr, Expr)
        case slice(lower: Expr?, upper: Expr?, step: Expr?)
        case list([Expr])
        case tuple([Expr])
        case set([Expr])
        case dict([DictEntry])
        case starred(Expr)
        case listComprehension(Expr, [Comprehension])
        case setComprehension(Expr, [Comprehension])
        case dictComprehension(key: Expr, value: Expr, [Comprehension])
        case generator(Expr, [Comprehension])
        /// `yield value` (`value` nil for a bare `yield`).
        case yield(Expr?)
        /// `yield from iterable`.
        case yieldFrom(Expr)
        /// `name := value`, an assignment expression (PEP 572); in a comprehension it binds `name` in the
        /// enclosing function or module.
        case namedExpr(String, Expr)
    }
}

/// A literal value.
public enum Constant: Sendable, Codable, Equatable {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer literal beyond 64 bits: its digits and their radix (the runtime makes the number).
    case bigInteger(digits: String, radix: Int)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case ellipsis
}

/// One part of an f-string: literal text or a replacement field.
public enum FStringPart: Sendable, Codable, Equatable {
    case literal(String)
    /// `{value!conversion:spec}`; `spec` is itself a list of parts (it may hold nested fields).
    /// `selfDocumenting` holds the `expr=` text for `f"{x=}"`.
    case field(value: Expr, conversion: Character?, spec: [FStringPart]?, selfDocumenting: String?)
}

extension Character: @retroactive Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let first = text.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "empty"))
        }
        self = first
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(self))
    }
}

/// A comparison step in a chain such as `a < b <= c`.
public struct Comparison: Sendable, Codable, Equatable {
    /// The operator.
    public var op: ComparisonOperator
    /// The right-hand operand.
    public var operand: Expr

    /// Creates a step.
    public init(op: ComparisonOperator, operand: Expr) {
        self.op = op
        self.operand = operand
    }
}

/// A `key: value` pair or a `**mapping` in a dict display.
public enum DictEntry: Sendable, Codable, Equatable {
    case pair(Expr, Expr)
    case unpack(Expr)
}

/// A call argument.
public enum Argument: Sendable, Codable, Equatable {
    case positional(Expr)
    case keyword(String, Expr)
    case star(Expr)
    case doubleStar(Expr)
}

/// One `for … in … if …` clause of a comprehension.
public struct Comprehension: Sendable, Codable, Equatable {
    /// The loop target.
    public var target: Expr
    /// The iterable.
    public var iterable: Expr
    /// The `if` conditions.
    public var conditions: [Expr]

    /// Creates a clause.
    public init(target: Expr, iterable: Expr, conditions: [Expr]) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
    }
}

/// Prefix operators.
public enum UnaryOperator: String, Sendable, Codable {
    case negate = "-", plus = "+", not = "not", invert = "~"
}

/// Infix arithmetic and bitwise operators.
public enum BinaryOperator: String, Sendable, Codable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//", modulo = "%"
    case power = "**", matrixMultiply = "@", leftShift = "<<", rightShift = ">>", bitAnd = "&", bitOr = "|"
    case bitXor = "^"
}

/// Comparison operators.
public enum ComparisonOperator: String, Sendable, Codable {
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "==", notEqual = "!="
    case `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

extension Expr {
    /// Where the expression starts in the source, at its leftmost operand (the parser records a binary
    /// operation at its operator, an attribute at its name, a subscript at its bracket): where CPython points
    /// its errors about the whole expression.
    public var start: SourceLocation {
        var node = self
        while true {
            switch node.kind {
            case .binary(_, let left, _), .compare(let left, _), .and(let left, _), .or(let left, _),
                 .call(let left, _), .attribute(let left, _), .subscript(let left, _), .conditional(_, let left, _):
                node = left
            default:
                return node.location
            }
        }
    }
}
