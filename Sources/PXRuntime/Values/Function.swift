import OrderedCollections
import PXLang

/// A function defined in the language with `def` or `lambda`.
public final class Function {
    /// The compiled body and its frame layout.
    let code: CompiledFunction
    /// Default values of the parameters that have them, by parameter index.
    @exclusivity(unchecked) var defaults: [Int: Value]
    /// Cells of the variables the function captured, in `code.freeNames` order.
    let closure: [Cell]
    /// The namespace the function's global names resolve in.
    public let globals: Namespace
    /// Set when the function is encoded for shipping, so it is encoded once.
    public var encodedCache: [UInt8]?
    /// Attributes set on the function (`f.calls = 0`, `__wrapped__` from `functools.wraps`), including
    /// `__name__`, `__qualname__` and `__doc__` once reassigned.
    public var attributes: OrderedDictionary<String, Value> = [:]

    /// `code.run`, `code.frameSize` and `code.directArity`, kept here so calls read them without going
    /// through `code`.
    let run: Eval
    let frameSize: Int
    let directArity: Int

    init(code: CompiledFunction, defaults: [Int: Value], closure: [Cell], globals: Namespace) {
        self.code = code
        self.run = code.run
        self.frameSize = code.frameSize
        self.directArity = code.directArity
        self.defaults = defaults
        self.closure = closure
        self.globals = globals
    }

    /// The function's name (`__name__`).
    public var name: String {
        if !attributes.isEmpty, case .str(let text)? = attributes["__name__"] { return text }
        return code.definition.name
    }
    /// The dotted path of the function from its module (`Point.move`), as `__qualname__` shows it.
    public var qualifiedName: String {
        if !attributes.isEmpty, case .str(let text)? = attributes["__qualname__"] { return text }
        return code.qualifiedName
    }
    /// The syntax tree of the definition (what travels to engines).
    public var definition: FunctionDef { code.definition }
    /// Names of captured variables, in closure order.
    public var freeNames: [String] { code.freeNames }
    /// The captured values, in `freeNames` order.
    public var capturedValues: [Value] { closure.map(\.value) }
    /// Default values by parameter index.
    public var defaultValues: [Int: Value] { defaults }
    /// The docstring (`__doc__`).
    public var doc: String? {
        if !attributes.isEmpty, let value = attributes["__doc__"] {
            if case .str(let text) = value { return text }
            return nil
        }
        return code.definition.docstring
    }
    /// The file the function was defined in (shown in tracebacks, also on engines).
    public var fileName: String { code.fileName }
    /// The classes defined in the language that the function refers to by global name, with those names: they
    /// travel with the function, so a shipped method can make instances of its own class.
    public var referencedClasses: [(String, TypeObject)] {
        code.namesRead.compactMap { name in
            if case .type(let t)? = globals[name], t.isUserDefined { return (name, t) }
            return nil
        }
    }
}

/// A method bound to its receiver, e.g. `xs.append` or `point.move` taken without calling it.
public final class BoundMethod {
    /// The receiver (`__self__`).
    public let receiver: Value
    /// The method name.
    public let name: String
    /// The function called with the receiver first (`__func__`): a method of a class defined in the language,
    /// or a built-in method descriptor. Nil for the methods of built-in values and native objects, which are
    /// called by name.
    public let function: Value?
    /// Whether the method is built in (its type is `builtin_function_or_method`).
    public var isBuiltin: Bool {
        switch function {
        case .function?: return false
        case .builtin?: return true
        default:
            if case .object = receiver { return false }
            return true
        }
    }

    /// Creates a method called by name on its receiver.
    public init(receiver: Value, name: String) {
        self.receiver = receiver
        self.name = name
        self.function = nil
    }

    /// Creates a method that calls `function` with `receiver` as its first argument.
    public init(receiver: Value, function: Value, name: String) {
        self.receiver = receiver
        self.name = name
        self.function = function
    }
}

/// A function implemented in Swift: a built-in, a module function or a registered function.
public final class BuiltinFunction {
    /// The function's name (`sqrt`).
    public let name: String
    /// The module it belongs to (`math`), nil for built-ins such as `len`.
    public let module: String?
    /// The doc string shown by `help()`.
    public let doc: String
    /// Keyword names accepted, for Tab completion inside calls.
    public let parameterNames: [String]
    /// The parameter and result types of a typed registered function, shown by `help()`; nil for untyped ones.
    public let signature: TypedSignature?
    /// The implementation.
    public let body: (Arguments, Interpreter) throws -> Value
    /// An optional fast path for calls with exactly one positional argument.
    public let unary: ((Value, Interpreter) throws -> Value)?
    /// An optional fast path for calls with exactly two positional arguments (`max(0, x)`, `isinstance(a, T)`).
    let binary: ((Value, Value, Interpreter) throws -> Value)?
    /// For a method of a built-in type taken from the type (`str.lower`, `object.__init__`), that type: the
    /// function takes the receiver as its first argument, and is bound when found through an instance.
    public let owner: TypeObject?

    /// Creates a built-in function.
    public convenience init(name: String, module: String? = nil, doc: String = "", parameterNames: [String] = [],
                            signature: TypedSignature? = nil, unary: ((Value, Interpreter) throws -> Value)? = nil,
                            owner: TypeObject? = nil, body: @escaping (Arguments, Interpreter) throws -> Value) {
        self.init(name: name, module: module, doc: doc, parameterNames: parameterNames, signature: signature,
                  unary: unary, binary: nil, owner: owner, body: body)
    }

    /// Creates a built-in function with a fast path for two positional arguments.
    init(name: String, module: String? = nil, doc: String = "", parameterNames: [String] = [],
         signature: TypedSignature? = nil, unary: ((Value, Interpreter) throws -> Value)? = nil,
         binary: ((Value, Value, Interpreter) throws -> Value)?, owner: TypeObject? = nil,
         body: @escaping (Arguments, Interpreter) throws -> Value) {
        self.name = name
        self.module = module
        self.doc = doc
        self.parameterNames = parameterNames
        self.signature = signature
        self.unary = unary
        self.binary = binary
        self.owner = owner
        self.body = body
    }

    /// The name engines use to find the same function: `math.sqrt`, `print`.
    public var qualifiedName: String { module.map { "\($0).\(name)" } ?? name }
}
