import PXLang

/// How the names of one function are stored, decided before compiling.
struct FunctionScopeInfo {
    /// Local variables in slot order: parameters first.
    var locals: [String]
    /// Locals captured by inner functions (stored in cells).
    var cells: Set<String>
    /// Variables captured from enclosing functions, in closure order.
    var free: [String]
    /// Names declared `global`.
    var globals: Set<String>
    /// For a class body: the names assigned in it, which live in the class namespace; nil for functions.
    var classNames: Set<String>? = nil
}

/// Identifies a function within a compilation unit: where it starts, and its name (a generator
/// expression may start where a lambda does).
struct FunctionKey: Hashable {
    let location: SourceLocation
    let name: String

    init(_ def: FunctionDef) {
        location = def.location
        name = def.name
    }

    init(_ def: ClassDef) {
        location = def.location
        name = def.name
    }
}

/// Resolves every function's locals, cells and free variables (Python's symbol-table pass).
///
/// Results are keyed by `FunctionKey`. The bodies of generator functions are lowered first
/// (`GeneratorLowering`), and comprehensions that run as functions (`ComprehensionFunction`) are analyzed
/// as the functions they become.
struct ScopeAnalysis {
    private(set) var functions: [FunctionKey: FunctionScopeInfo] = [:]
    /// The lowered bodies of generator functions.
    private(set) var generatorBodies: [FunctionKey: [Stmt]] = [:]

    /// Names assigned, declared and used directly in one scope, and the functions nested in it.
    struct Usage {
        var assigned: [String] = []
        var assignedSet: Set<String> = []
        var globals: Set<String> = []
        var nonlocals: Set<String> = []
        var used: Set<String> = []
        var children: [FunctionDef] = []
        var classes: [ClassDef] = []
        /// Names bound by assignment expressions (`name := value`) in this scope's own code and in the
        /// comprehensions in it, which bind in the nearest enclosing function or module.
        var assignmentTargets: Set<String> = []
        /// Whether the scope is a comprehension's function (`<listcomp>`, `<genexpr>`, …).
        var isComprehension = false

        mutating func assign(_ name: String) {
            if assignedSet.insert(name).inserted { assigned.append(name) }
        }
    }

    /// Analyzes a module body; module-level names are globals.
    mutating func analyzeModule(_ body: [Stmt]) {
        var usage = Usage()
        for stmt in body { ScopeAnalysis.collect(stmt, into: &usage) }
        var enclosing: [Usage] = []
        for child in usage.children { _ = analyzeFunction(child, enclosing: &enclosing) }
        for child in usage.classes { _ = analyzeClass(child, enclosing: &enclosing) }
    }

    /// Analyzes a function whose free variables are given from outside (a function shipped to an engine).
    mutating func analyzeDetached(_ def: FunctionDef, freeNames: [String]) {
        var enclosing = [Usage(assigned: freeNames, assignedSet: Set(freeNames))]
        _ = analyzeFunction(def, enclosing: &enclosing)
    }

    /// Analyzes `def` nested in `enclosing` function scopes (innermost last; a stack shared by the whole
    /// walk, so that nesting costs no copies).
    /// - Returns: the names `def` needs from its enclosing functions.
    mutating func analyzeFunction(_ def: FunctionDef, enclosing: inout [Usage]) -> [String] {
        var usage = Usage()
        usage.isComprehension = ComprehensionFunction.isComprehensionName(def.name)
        for parameter in def.parameters { usage.assign(parameter.name) }
        var body = def.body
        if def.isGenerator {
            body = GeneratorLowering.lower(body)
            generatorBodies[FunctionKey(def)] = body
        }
        for stmt in body { ScopeAnalysis.collect(stmt, into: &usage) }
        if usage.isComprehension { ScopeAnalysis.bindOutside(&usage, enclosing: enclosing) }
        // Zero-argument `super()` reads the `__class__` cell of the enclosing class body.
        if usage.used.contains("super") { usage.used.insert("__class__") }
        let localNames = usage.assigned.filter { !usage.globals.contains($0) && !usage.nonlocals.contains($0) }
        let localSet = Set(localNames)
        var innerNeeds: Set<String> = []
        var scopeForChildren = usage
        scopeForChildren.assigned = localNames
        scopeForChildren.assignedSet = localSet
        scopeForChildren.children = []
        enclosing.append(scopeForChildren)
        for child in usage.children {
            innerNeeds.formUnion(analyzeFunction(child, enclosing: &enclosing))
        }
        for child in usage.classes {
            innerNeeds.formUnion(analyzeClass(child, enclosing: &enclosing))
        }
        enclosing.removeLast()
        let cells = localSet.intersection(innerNeeds)
        var free: [String] = []
        let candidates = usage.used.union(innerNeeds).union(usage.nonlocals)
        for name in candidates.sorted() where !localSet.contains(name) && !usage.globals.contains(name) {
            if enclosing.contains(where: { $0.assignedSet.contains(name) && !$0.globals.contains(name) }) {
                free.append(name)
            }
        }
        functions[FunctionKey(def)] = FunctionScopeInfo(locals: localNames, cells: cells, free: free,
                                                    globals: usage.globals)
        return free
    }

    /// A comprehension's assignment expressions bind in the nearest enclosing scope that is not a
    /// comprehension (PEP 572): a global where that is the module or declares the name `global`, else a
    /// variable of that function, which the comprehension reaches as a free variable.
    static func bindOutside(_ usage: inout Usage, enclosing: [Usage]) {
        guard !usage.assignmentTargets.isEmpty else { return }
        let home = enclosing.last { !$0.isComprehension }
        for name in usage.assignmentTargets {
            if let home, !home.globals.contains(name) {
                usage.nonlocals.insert(name)
            } else {
                usage.globals.insert(name)
            }
        }
    }

    /// Analyzes a class body nested in `enclosing` function scopes. Names assigned in the body live in the
    /// class namespace and are invisible to the methods; the body holds the `__class__` cell when a method
    /// needs it, and passes through the variables its methods capture from enclosing functions.
    /// - Returns: the names the class body needs from its enclosing functions.
    mutating func analyzeClass(_ def: ClassDef, enclosing: inout [Usage]) -> [String] {
        var usage = Usage()
        for stmt in def.body { ScopeAnalysis.collect(stmt, into: &usage) }
        let classNames = Set(usage.assigned.filter { !usage.globals.contains($0) && !usage.nonlocals.contains($0) })
        let classScope = Usage(assigned: ["__class__"], assignedSet: ["__class__"])
        var innerNeeds: Set<String> = []
        enclosing.append(classScope)
        for child in usage.children {
            innerNeeds.formUnion(analyzeFunction(child, enclosing: &enclosing))
        }
        for child in usage.classes {
            innerNeeds.formUnion(analyzeClass(child, enclosing: &enclosing))
        }
        enclosing.removeLast()
        let needsClassCell = innerNeeds.contains("__class__")
        innerNeeds.remove("__class__")
        var free: [String] = []
        let candidates = usage.used.subtracting(classNames).union(innerNeeds).union(usage.nonlocals)
        for name in candidates.sorted() where !usage.globals.contains(name) {
            if enclosing.contains(where: { $0.assignedSet.contains(name) && !$0.globals.contains(name) }) {
                free.append(name)
            }
        }
        let locals = [ScopeAnalysis.classNamespaceName] + (needsClassCell ? ["__class__"] : [])
        functions[FunctionKey(def)] = FunctionScopeInfo(locals: locals, cells: needsClassCell ? ["__class__"] : [],
                                                    free: free, globals: usage.globals, classNames: classNames)
        return free
    }

    /// The hidden parameter of a class body: the namespace dictionary being filled.
    static let classNamespaceName = ".namespace"

    // MARK: - Collection

    static func collect(_ stmt: Stmt, into usage: inout Usage) {
        switch stmt.kind {
        case .expression(let e): collect(e, into: &usage)
        case .assign(let targets, let value):
            for t in targets { collectTarget(t, into: &usage) }
            collect(value, into: &usage)
        case .augmentedAssign(let target, _, let value):
            collectTarget(target, into: &usage)
            collect(target, into: &usage)
            collect(value, into: &usage)
        case .functionDef(let def):
            usage.assign(def.name)
            for d in def.decorators { collect(d, into: &usage) }
            for p in def.parameters { if let d = p.defaultValue { collect(d, into: &usage) } }
            usage.children.append(def)
        case .classDef(let def):
            usage.assign(def.name)
            for d in def.decorators { collect(d, into: &usage) }
            for a in def.bases {
                switch a {
                case .positional(let e), .keyword(_, let e), .star(let e), .doubleStar(let e): collect(e, into: &usage)
                }
            }
            usage.classes.append(def)
        case .annotatedAssign(let target, let annotation, let value):
            if value != nil || ScopeAnalysis.isName(target) { collectTarget(target, into: &usage) }
            collect(annotation, into: &usage)
            if let value { collect(value, into: &usage) }
        case .return(let e): if let e { collect(e, into: &usage) }
        case .if(let test, let body, let otherwise), .while(let test, let body, let otherwise):
            collect(test, into: &usage)
            for s in body + otherwise { collect(s, into: &usage) }
        case .for(let target, let iterable, let body, let otherwise):
            collectTarget(target, into: &usage)
            collect(iterable, into: &usage)
            for s in body + otherwise { collect(s, into: &usage) }
        case .break, .continue, .pass: break
        case .global(let names): usage.globals.formUnion(names)
        case .nonlocal(let names): usage.nonlocals.formUnion(names)
        case .delete(let targets):
            for t in targets { collectTarget(t, into: &usage) }
        case .assert(let test, let message):
            collect(test, into: &usage)
            if let message { collect(message, into: &usage) }
        case .try(let body, let handlers, let otherwise, let finally):
            for s in body + otherwise + finally { collect(s, into: &usage) }
            for h in handlers {
                if let t = h.type { collect(t, into: &usage) }
                if let n = h.name { usage.assign(n) }
                for s in h.body { collect(s, into: &usage) }
            }
        case .raise(let e, let cause):
            if let e { collect(e, into: &usage) }
            if let cause { collect(cause, into: &usage) }
        case .with(let items, let body):
            for item in items {
                collect(item.context, into: &usage)
                if let t = item.target { collectTarget(t, into: &usage) }
            }
            for s in body { collect(s, into: &usage) }
        case .import(let aliases):
            for a in aliases {
                usage.assign(a.alias ?? String(a.name.split(separator: ".").first ?? Substring(a.name)))
            }
        case .importFrom(_, let names):
            for n in names where n.name != "*" { usage.assign(n.alias ?? n.name) }
        }
    }

    static func isName(_ e: Expr) -> Bool {
        if case .name = e.kind { return true }
        return false
    }

    static func collectTarget(_ target: Expr, into usage: inout Usage) {
        switch target.kind {
        case .name(let n): usage.assign(n)
        case .tuple(let items), .list(let items):
            for i in items { collectTarget(i, into: &usage) }
        case .starred(let inner): collectTarget(inner, into: &usage)
        default: collect(target, into: &usage)
        }
    }

    static func collect(_ expr: Expr, into usage: inout Usage) {
        switch expr.kind {
        case .name(let n): usage.used.insert(n)
        case .constant: break
        case .fstring(let parts): collect(parts, into: &usage)
        case .unary(_, let e), .starred(let e): collect(e, into: &usage)
        case .binary(_, let a, let b), .and(let a, let b), .or(let a, let b), .subscript(let a, let b):
            collect(a, into: &usage)
            collect(b, into: &usage)
        case .compare(let first, let rest):
            collect(first, into: &usage)
            for c in rest { collect(c.operand, into: &usage) }
        case .conditional(let test, let then, let otherwise):
            collect(test, into: &usage)
            collect(then, into: &usage)
            collect(otherwise, into: &usage)
        case .lambda(let def):
            for p in def.parameters { if let d = p.defaultValue { collect(d, into: &usage) } }
            usage.children.append(def)
        case .call(let callee, let arguments):
            collect(callee, into: &usage)
            for a in arguments {
                switch a {
                case .positional(let e), .keyword(_, let e), .star(let e), .doubleStar(let e): collect(e, into: &usage)
                }
            }
        case .attribute(let e, _): collect(e, into: &usage)
        case .slice(let l, let u, let s):
            for e in [l, u, s] { if let e { collect(e, into: &usage) } }
        case .list(let items), .tuple(let items), .set(let items):
            for i in items { collect(i, into: &usage) }
        case .dict(let entries):
            for entry in entries {
                switch entry {
                case .pair(let k, let v):
                    collect(k, into: &usage)
                    collect(v, into: &usage)
                case .unpack(let e): collect(e, into: &usage)
                }
            }
        case .listComprehension(let e, let clauses), .setComprehension(let e, let clauses),
             .generator(let e, let clauses):
            if let def = ComprehensionFunction.definition(of: expr), ComprehensionFunction.runsAsFunction(expr) {
                collect(clauses[0].iterable, into: &usage)
                usage.children.append(def)
                collectAssignmentTargets(of: expr, into: &usage)
                return
            }
            collect(e, into: &usage)
            collect(clauses, into: &usage)
        case .dictComprehension(let k, let v, let clauses):
            if let def = ComprehensionFunction.definition(of: expr), ComprehensionFunction.runsAsFunction(expr) {
                collect(clauses[0].iterable, into: &usage)
                usage.children.append(def)
                collectAssignmentTargets(of: expr, into: &usage)
                return
            }
            collect(k, into: &usage)
            collect(v, into: &usage)
            collect(clauses, into: &usage)
        case .yield(let e):
            if let e { collect(e, into: &usage) }
        case .yieldFrom(let e):
            collect(e, into: &usage)
        case .namedExpr(let name, let value):
            collect(value, into: &usage)
            usage.assign(name)
            usage.assignmentTargets.insert(name)
        }
    }

    /// The names a comprehension that runs as a function binds with assignment expressions: they are
    /// variables of the scope where it stands.
    static func collectAssignmentTargets(of comprehension: Expr, into usage: inout Usage) {
        for (name, _) in comprehension.scopeAssignmentTargets {
            usage.assign(name)
            usage.assignmentTargets.insert(name)
        }
    }

    static func collect(_ clauses: [Comprehension], into usage: inout Usage) {
        for c in clauses {
            collect(c.iterable, into: &usage)
            collect(c.target, into: &usage)
            for cond in c.conditions { collect(cond, into: &usage) }
        }
    }

    static func collect(_ parts: [FStringPart], into usage: inout Usage) {
        for part in parts {
            if case .field(let value, _, let spec, _) = part {
                collect(value, into: &usage)
                if let spec { collect(spec, into: &usage) }
            }
        }
    }
}
