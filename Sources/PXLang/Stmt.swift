/// A statement node with its source location.
public struct Stmt: Sendable, Codable, Equatable {
    /// What the statement is.
    public var kind: Kind
    /// Where it starts.
    public var location: SourceLocation

    /// Creates a statement.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The statement forms of the language.
    public indirect enum Kind: Sendable, Codable, Equatable {
        case expression(Expr)
        /// `a = b = value`: several targets receive the same value.
        case assign(targets: [Expr], value: Expr)
        case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
        case functionDef(FunctionDef)
        /// `class Name(bases): body`, with its decorators.
        case classDef(ClassDef)
        /// `target: annotation` or `target: annotation = value`.
        case annotatedAssign(target: Expr, annotation: Expr, value: Expr?)
        case `return`(Expr?)
        case `if`(test: Expr, body: [Stmt], otherwise: [Stmt])
        case `for`(target: Expr, iterable: Expr, body: [Stmt], otherwise: [Stmt])
        case `while`(test: Expr, body: [Stmt], otherwise: [Stmt])
        case `break`
        case `continue`
        case pass
        case global([String])
        case nonlocal([String])
        case delete([Expr])
        case assert(test: Expr, message: Expr?)
        case `try`(body: [Stmt], handlers: [ExceptHandler], otherwise: [Stmt], finally: [Stmt])
        case raise(exception: Expr?, cause: Expr?)
        case with(items: [WithItem], body: [Stmt])
        case `import`([ImportAlias])
        case importFrom(module: String, names: [ImportAlias])
    }
}

/// A function definition (`def` or `lambda`).
public struct FunctionDef: Sendable, Codable, Equatable {
    /// The function's name (`<lambda>` for lambdas).
    public var name: String
    /// The parameters, in order.
    public var parameters: [Parameter]
    /// The body; a lambda's body is one `return` statement.
    public var body: [Stmt]
    /// Where the definition starts.
    public var location: SourceLocation
    /// The docstring, when the body starts with a string literal.
    public var docstring: String?
    /// Whether this is a lambda expression.
    public var isLambda: Bool
    /// The `@decorator` expressions above a `def`, top first (they apply bottom-up).
    public var decorators: [Expr]

    /// Creates a definition.
    public init(name: String, parameters: [Parameter], body: [Stmt], location: SourceLocation,
                docstring: String? = nil, isLambda: Bool = false, decorators: [Expr] = []) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.location = location
        self.docstring = docstring
        self.isLambda = isLambda
        self.decorators = decorators
    }
}

/// A class definition.
public struct ClassDef: Sendable, Codable, Equatable {
    /// The class name.
    public var name: String
    /// The bases and keywords between the parentheses (`class C(A, B, metaclass=M)`).
    public var bases: [Argument]
    /// The class body, run once to fill the class namespace.
    public var body: [Stmt]
    /// The `@decorator` expressions above the class, top first (they apply bottom-up).
    public var decorators: [Expr]
    /// Where the definition starts (the `class` keyword).
    public var location: SourceLocation
    /// The docstring, when the body starts with a string literal.
    public var docstring: String?

    /// Creates a class definition.
    public init(name: String, bases: [Argument], body: [Stmt], decorators: [Expr] = [], location: SourceLocation,
                docstring: String? = nil) {
        self.name = name
        self.bases = bases
        self.body = body
        self.decorators = decorators
        self.location = location
        self.docstring = docstring
    }
}

/// One parameter of a function.
public struct Parameter: Sendable, Codable, Equatable {
    /// How the parameter binds arguments.
    public enum Kind: Sendable, Codable, Equatable {
        /// An ordinary parameter, positional or keyword.
        case normal
        /// `*args`.
        case variadic
        /// A parameter after `*` or `*args`: keyword only.
        case keywordOnly
        /// `**kwargs`.
        case variadicKeywords
    }

    /// The parameter name.
    public var name: String
    /// How it binds.
    public var kind: Kind
    /// The default value expression, evaluated when the function is defined.
    public var defaultValue: Expr?
    /// Whether a `.normal` parameter stands before `/`: it takes no keyword argument.
    public var isPositionalOnly: Bool

    /// Creates a parameter.
    public init(name: String, kind: Kind, defaultValue: Expr?, isPositionalOnly: Bool = false) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.isPositionalOnly = isPositionalOnly
    }
}

/// One `except` clause.
public struct ExceptHandler: Sendable, Codable, Equatable {
    /// The exception type expression; nil for a bare `except:`.
    public var type: Expr?
    /// The `as` name.
    public var name: String?
    /// The handler body.
    public var body: [Stmt]
    /// Where the clause starts.
    public var location: SourceLocation

    /// Creates a handler.
    public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.location = location
    }
}

/// One `expr as name` item of a `with` statement.
public struct WithItem: Sendable, Codable, Equatable {
    /// The context manager expression.
    public var context: Expr
    /// The optional target.
    public var target: Expr?

    /// Creates an item.
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

/// `name as alias` in an import.
public struct ImportAlias: Sendable, Codable, Equatable {
    /// The dotted module or imported name.
    public var name: String
    /// The `as` alias.
    public var alias: String?

    /// Creates an alias.
    public init(name: String, alias: String?) {
        self.name = name
        self.alias = alias
    }
}
