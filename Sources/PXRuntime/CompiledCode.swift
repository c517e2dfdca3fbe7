import PXLang

/// A compiled expression: evaluates against a frame of local slots.
typealias Eval = (UnsafeMutablePointer<Value>) throws -> Value
/// A compiled condition: an expression evaluated for its truth value.
typealias Condition = (UnsafeMutablePointer<Value>) throws -> Bool
/// A compiled statement.
typealias Exec = (UnsafeMutablePointer<Value>) throws -> Flow

/// How a statement finished.
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returnValue(Value)
}

/// A compiled function body and the layout of its frame.
final class CompiledFunction {
    let definition: FunctionDef
    let fileName: String
    /// Total slots: parameters, other locals, free variables and temporaries.
    @exclusivity(unchecked) var frameSize = 0
    /// Number of ordinary (positional-or-keyword) parameters; they occupy slots 0..<count.
    let normalCount: Int
    /// Slot of `*args`, if any.
    let variadicSlot: Int?
    /// Keyword-only parameters and their slots.
    let keywordOnly: [(name: String, slot: Int)]
    /// Slot of `**kwargs`, if any.
    let variadicKeywordsSlot: Int?
    /// Slots of locals (including parameters) that live in cells.
    @exclusivity(unchecked) var cellSlots: [Int] = []
    /// Names of captured variables, and their slots.
    let freeNames: [String]
    @exclusivity(unchecked) var freeSlots: [Int] = []
    /// Whether calls must set up cells (captured or captured-from variables).
    @exclusivity(unchecked) var needsCells = false
    /// True when arguments can be stored straight into slots 0..<normalCount.
    @exclusivity(unchecked) var isSimple = false
    /// The body, filled in after compiling (the body may refer to the function itself).
    @exclusivity(unchecked) var body: Exec = { _ in .normal }
    /// For lambdas and single-`return` bodies: the returned expression.
    @exclusivity(unchecked) var returnExpression: EvalBox?
    /// The line of the first statement of the body.
    var firstLine: Int { definition.body.first?.location.line ?? definition.location.line }

    init(definition: FunctionDef, fileName: String, info: FunctionScopeInfo) {
        self.definition = definition
        self.fileName = fileName
        var normal = 0
        var variadic: Int?
        var keywordOnly: [(String, Int)] = []
        var variadicKeywords: Int?
        for (i, p) in definition.parameters.enumerated() {
            switch p.kind {
            case .normal: normal += 1
            case .variadic: variadic = i
            case .keywordOnly: keywordOnly.append((p.name, i))
            case .variadicKeywords: variadicKeywords = i
            }
        }
        self.normalCount = normal
        self.variadicSlot = variadic
        self.keywordOnly = keywordOnly
        self.variadicKeywordsSlot = variadicKeywords
        self.freeNames = info.free
    }

    /// Parameter names in slot order.
    var parameterNames: [String] { definition.parameters.map(\.name) }
}

/// A compiled module body (one shell input, a file, or code run on an engine).
struct CompiledModule {
    let frameSize: Int
    let body: Exec
}
