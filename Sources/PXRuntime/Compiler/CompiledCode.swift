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
    /// A generator's body suspended at a `yield` of the value (see `GeneratorFrame`).
    case yielded(Value)
}

/// A compiled function body and the layout of its frame.
final class CompiledFunction {
    let definition: FunctionDef
    let fileName: String
    /// The dotted path of the function from its module (`Point.move`, `outer.<locals>.inner`).
    let qualifiedName: String
    /// Total slots: parameters, other locals, free variables and temporaries.
    let frameSize: Int
    /// Number of ordinary (positional-or-keyword) parameters; they occupy slots 0..<count.
    let normalCount: Int
    /// Slot of `*args`, if any.
    let variadicSlot: Int?
    /// Keyword-only parameters and their slots.
    let keywordOnly: [(name: String, slot: Int)]
    /// Slot of `**kwargs`, if any.
    let variadicKeywordsSlot: Int?
    /// Slots of locals (including parameters) that live in cells.
    let cellSlots: [Int]
    /// Names of captured variables, and their slots.
    let freeNames: [String]
    let freeSlots: [Int]
    /// Whether calls must set up cells (captured or captured-from variables).
    let needsCells: Bool
    /// True when arguments can be stored straight into slots 0..<normalCount.
    let isSimple: Bool
    /// The body, returning the function's result. It runs in a frame already set up, and records statement
    /// lines in `Interpreter.currentLine`. (A `let`, so calls need not retain it.)
    let run: Eval
    /// `normalCount` when a call with that many positional arguments may store them straight into slots
    /// 0..<normalCount and run the body (simple parameters, no cells); -1 otherwise.
    let directArity: Int
    /// The names of the frame's variables (parameters, locals, captured ones) and their slots, for the values a
    /// Verbose traceback shows.
    var localSlots: [(name: String, slot: Int)] = []
    /// The first line of the scope a traceback shows lines of for this function's frames: its definition, or
    /// for a comprehension's function the function around it (nil: the whole module), as IPython shows them.
    var scopeStart: Int?

    init(definition: FunctionDef, fileName: String, qualifiedName: String? = nil, freeNames: [String],
         layout: (frameSize: Int, cellSlots: [Int], freeSlots: [Int]), run: @escaping Eval) {
        self.definition = definition
        self.fileName = fileName
        self.qualifiedName = qualifiedName ?? definition.name
        self.scopeStart = definition.location.line
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
        self.freeNames = freeNames
        self.frameSize = layout.frameSize
        self.cellSlots = layout.cellSlots
        self.freeSlots = layout.freeSlots
        self.needsCells = !layout.cellSlots.isEmpty || !layout.freeSlots.isEmpty
        self.isSimple = definition.parameters.allSatisfy { $0.kind == .normal }
        self.directArity = isSimple && !needsCells ? normal : -1
        self.run = run
    }

    /// Parameter names in slot order.
    var parameterNames: [String] { definition.parameters.map(\.name) }

    /// Every name the body (nested definitions included) reads: the candidates for the globals it uses.
    lazy var namesRead: [String] = {
        var usage = ScopeAnalysis.Usage()
        var pending = [definition.body]
        while let body = pending.popLast() {
            for stmt in body { ScopeAnalysis.collect(stmt, into: &usage) }
            pending += usage.children.map(\.body) + usage.classes.map(\.body)
            usage.children = []
            usage.classes = []
        }
        for p in definition.parameters { if let d = p.defaultValue { ScopeAnalysis.collect(d, into: &usage) } }
        return usage.used.sorted()
    }()
}

/// A compiled module body (one shell input, a file, or code run on an engine).
struct CompiledModule {
    let frameSize: Int
    let body: Exec
}
