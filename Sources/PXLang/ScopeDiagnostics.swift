/// The checks CPython makes after parsing, in its symbol table and compiler, that decide whether a program runs at
/// all: `global` and `nonlocal` declared after a name is used or bound, `nonlocal` without a binding, a bare
/// `except:` before other handlers, and starred assignment targets.
///
/// Like CPython, each pass reports its first problem only: the symbol table's walk in source order, its analysis of
/// each scope (enclosing scopes first), then the compiler in source order (`Diagnostic.phase` ranks them).
struct ScopeDiagnostics {
    /// How a scope uses a name, as CPython's symbol table flags it.
    struct Uses: OptionSet {
        let rawValue: UInt8
        static let parameter = Uses(rawValue: 1)
        static let bound = Uses(rawValue: 2)
        static let read = Uses(rawValue: 4)
        static let annotated = Uses(rawValue: 8)
        static let global = Uses(rawValue: 16)
        static let nonlocal = Uses(rawValue: 32)
        static let imported = Uses(rawValue: 64)
    }

    /// One scope of the program: the module, a function (comprehensions and lambdas included) or a class body.
    final class Scope {
        enum Kind { case module, function, comprehension, classBody }
        let kind: Kind
        var uses: [String: Uses] = [:]
        /// Names in the order the scope first meets them (CPython analyzes them in that order).
        var order: [String] = []
        /// Where each name is first declared `global` or `nonlocal`.
        var declarations: [String: SourceLocation] = [:]
        var children: [Scope] = []

        init(_ kind: Kind) { self.kind = kind }

        func add(_ name: String, _ use: Uses) {
            if let old = uses[name] {
                uses[name] = old.union(use)
            } else {
                uses[name] = use
                order.append(name)
            }
        }
    }

    private var scopes: [Scope] = [Scope(.module)]
    private var walkProblem: Diagnostic?
    private var compilerProblem: Diagnostic?

    /// The problems of `program` that CPython finds after parsing it (at most one per pass).
    static func check(_ program: [Stmt]) -> [Diagnostic] {
        var checker = ScopeDiagnostics()
        checker.visit(program)
        let module = checker.scopes[0]
        let analysisProblem = ScopeDiagnostics.analyze(module, bound: nil)
        return [checker.walkProblem, analysisProblem, checker.compilerProblem].compactMap { $0 }
    }

    private var scope: Scope { scopes[scopes.count - 1] }

    private mutating func noteWalk(_ id: DiagnosticID, _ name: String = "", at location: SourceLocation) {
        if walkProblem == nil { walkProblem = Diagnostic(id, at: location, detail: name) }
    }

    private mutating func noteCompiler(_ id: DiagnosticID, at location: SourceLocation) {
        if compilerProblem == nil { compilerProblem = Diagnostic(id, at: location) }
    }

    private mutating func enter(_ kind: Scope.Kind) {
        let child = Scope(kind)
        scope.children.append(child)
        scopes.append(child)
    }

    // MARK: - Statements

    private mutating func visit(_ body: [Stmt]) {
        for stmt in body { visit(stmt) }
    }

    private mutating func visit(_ stmt: Stmt) {
        switch stmt.kind {
        case .expression(let e): visit(e)
        case .assign(let targets, let value):
            for target in targets { bind(target, checkingStars: true) }
            visit(value)
        case .augmentedAssign(let target, _, let value):
            bind(target, checkingStars: false)
            visit(value)
        case .annotatedAssign(let target, let annotation, let value):
            if case .name(let name) = target.kind {
                if scope.kind != .module, let uses = scope.uses[name], !uses.isDisjoint(with: [.global, .nonlocal]) {
                    let id: DiagnosticID = uses.contains(.global) ? .globalOfAnnotated : .nonlocalOfAnnotated
                    noteWalk(id, name, at: stmt.location)
                }
                scope.add(name, [.annotated, .bound])
            } else {
                visit(target)
            }
            visit(annotation)
            if let value { visit(value) }
        case .functionDef(let def):
            for decorator in def.decorators { visit(decorator) }
            scope.add(def.name, .bound)
            visitFunction(def)
        case .classDef(let def):
            for decorator in def.decorators { visit(decorator) }
            for base in def.bases { visit(base) }
            scope.add(def.name, .bound)
            enter(.classBody)
            visit(def.body)
            scopes.removeLast()
        case .return(let e): if let e { visit(e) }
        case .if(let test, let body, let otherwise), .while(let test, let body, let otherwise):
            visit(test)
            visit(body)
            visit(otherwise)
        case .for(let target, let iterable, let body, let otherwise):
            bind(target, checkingStars: true)
            visit(iterable)
            visit(body)
            visit(otherwise)
        case .break, .continue, .pass: break
        case .global(let names): declare(names, .global, at: stmt.location)
        case .nonlocal(let names): declare(names, .nonlocal, at: stmt.location)
        case .delete(let targets): for target in targets { bind(target, checkingStars: false) }
        case .assert(let test, let message):
            visit(test)
            if let message { visit(message) }
        case .try(let body, let handlers, let otherwise, let finally):
            visit(body)
            for (index, handler) in handlers.enumerated() {
                if handler.type == nil, index < handlers.count - 1 {
                    noteCompiler(.defaultExceptNotLast, at: handler.location)
                }
                if let type = handler.type { visit(type) }
                if let name = handler.name { scope.add(name, .bound) }
                visit(handler.body)
            }
            visit(otherwise)
            visit(finally)
        case .raise(let e, let cause):
            if let e { visit(e) }
            if let cause { visit(cause) }
        case .with(let items, let body):
            for item in items {
                visit(item.context)
                if let target = item.target { bind(target, checkingStars: true) }
            }
            visit(body)
        case .import(let aliases):
            for a in aliases { scope.add(a.alias ?? String(a.name.prefix { $0 != "." }), .imported) }
        case .importFrom(_, let names):
            for n in names where n.name != "*" { scope.add(n.alias ?? n.name, .imported) }
        }
    }

    /// `global` or `nonlocal` names: an error if the scope already uses the name (CPython's messages, in its order
    /// of precedence: parameter, use, annotation, binding).
    private mutating func declare(_ names: [String], _ kind: Uses, at location: SourceLocation) {
        let isGlobal = kind == .global
        for name in names {
            let uses = scope.uses[name] ?? []
            if uses.contains(.parameter) {
                noteWalk(isGlobal ? .globalOfParameter : .nonlocalOfParameter, name, at: location)
            } else if uses.contains(.read) {
                noteWalk(isGlobal ? .globalAfterUse : .nonlocalAfterUse, name, at: location)
            } else if uses.contains(.annotated) {
                noteWalk(isGlobal ? .globalOfAnnotated : .nonlocalOfAnnotated, name, at: location)
            } else if uses.contains(.bound) {
                noteWalk(isGlobal ? .globalAfterAssignment : .nonlocalAfterAssignment, name, at: location)
            }
            scope.add(name, kind)
            if scope.declarations[name] == nil { scope.declarations[name] = location }
        }
    }

    private mutating func visitFunction(_ def: FunctionDef) {
        for parameter in def.parameters { if let d = parameter.defaultValue { visit(d) } }
        enter(.function)
        for parameter in def.parameters { scope.add(parameter.name, .parameter) }
        visit(def.body)
        scopes.removeLast()
    }

    // MARK: - Targets

    /// A target of an assignment, `for`, `with` or `del`: names are bound, the rest is read. With `checkingStars`,
    /// the compiler's rules for starred targets apply.
    private mutating func bind(_ target: Expr, checkingStars: Bool) {
        switch target.kind {
        case .name(let name): bindName(name)
        case .tuple(let items), .list(let items):
            if checkingStars, items.filter(\.isStarred).count > 1 {
                noteCompiler(.multipleStarredTargets, at: target.location)
            }
            for item in items {
                if case .starred(let inner) = item.kind {
                    bind(inner, checkingStars: checkingStars)
                } else {
                    bind(item, checkingStars: checkingStars)
                }
            }
        case .starred(let inner):
            if checkingStars { noteCompiler(.starredTargetAlone, at: target.location) }
            bind(inner, checkingStars: checkingStars)
        default:
            visit(target)
        }
    }

    /// A name bound by an assignment; an assignment expression in a comprehension binds it in the nearest scope
    /// that is not a comprehension.
    private mutating func bindName(_ name: String, skippingComprehensions: Bool = false) {
        guard skippingComprehensions else { return scope.add(name, .bound) }
        let home = scopes.last { $0.kind != .comprehension } ?? scopes[0]
        home.add(name, .bound)
    }

    // MARK: - Expressions

    private mutating func visit(_ argument: Argument) {
        switch argument {
        case .positional(let e), .keyword(_, let e), .star(let e), .doubleStar(let e): visit(e)
        }
    }

    private mutating func visit(_ expr: Expr) {
        switch expr.kind {
        case .name(let name): scope.add(name, .read)
        case .constant: break
        case .fstring(let parts): visit(parts)
        case .unary(_, let e), .starred(let e), .yieldFrom(let e): visit(e)
        case .binary(_, let a, let b), .and(let a, let b), .or(let a, let b), .subscript(let a, let b):
            visit(a)
            visit(b)
        case .compare(let first, let rest):
            visit(first)
            for c in rest { visit(c.operand) }
        case .conditional(let test, let then, let otherwise):
            visit(test)
            visit(then)
            visit(otherwise)
        case .lambda(let def): visitFunction(def)
        case .call(let callee, let arguments):
            visit(callee)
            for a in arguments { visit(a) }
        case .attribute(let e, _): visit(e)
        case .slice(let l, let u, let s):
            for e in [l, u, s] { if let e { visit(e) } }
        case .list(let items), .tuple(let items), .set(let items):
            for i in items { visit(i) }
        case .dict(let entries):
            for entry in entries {
                switch entry {
                case .pair(let k, let v):
                    visit(k)
                    visit(v)
                case .unpack(let e): visit(e)
                }
            }
        case .listComprehension(let e, let clauses), .setComprehension(let e, let clauses),
             .generator(let e, let clauses):
            visitComprehension(clauses) { $0.visit(e) }
        case .dictComprehension(let k, let v, let clauses):
            visitComprehension(clauses) {
                $0.visit(k)
                $0.visit(v)
            }
        case .yield(let e): if let e { visit(e) }
        case .namedExpr(let name, let value):
            visit(value)
            bindName(name, skippingComprehensions: true)
        }
    }

    private mutating func visit(_ parts: [FStringPart]) {
        for case .field(let value, _, let spec, _) in parts {
            visit(value)
            if let spec { visit(spec) }
        }
    }

    /// A comprehension: its first iterable is read where it stands, the rest runs in a scope of its own.
    private mutating func visitComprehension(_ clauses: [Comprehension], element: (inout ScopeDiagnostics) -> Void) {
        guard let first = clauses.first else { return element(&self) }
        visit(first.iterable)
        enter(.comprehension)
        for (index, clause) in clauses.enumerated() {
            if index > 0 { visit(clause.iterable) }
            bind(clause.target, checkingStars: true)
            for condition in clause.conditions { visit(condition) }
        }
        element(&self)
        scopes.removeLast()
    }

    // MARK: - Analysis

    /// CPython's analysis of `scope` and the scopes in it: a name both `global` and `nonlocal`, and `nonlocal`
    /// names that no enclosing function binds (`bound` is nil for the module, which has no enclosing function).
    static func analyze(_ scope: Scope, bound: Set<String>?) -> Diagnostic? {
        var globals: Set<String> = []
        var locals: Set<String> = []
        for name in scope.order {
            guard let uses = scope.uses[name] else { continue }
            let declared = scope.declarations[name] ?? .start
            if uses.contains(.global) {
                if uses.contains(.nonlocal) { return Diagnostic(.nonlocalAndGlobal, at: declared, detail: name) }
                globals.insert(name)
            } else if uses.contains(.nonlocal) {
                guard let bound else { return Diagnostic(.nonlocalAtModuleLevel, at: declared) }
                if !bound.contains(name) { return Diagnostic(.nonlocalWithoutBinding, at: declared, detail: name) }
            } else if !uses.isDisjoint(with: [.parameter, .bound, .imported]) {
                locals.insert(name)
            }
        }
        var inner = bound ?? []
        if scope.kind == .function || scope.kind == .comprehension { inner.formUnion(locals) }
        inner.subtract(globals)
        for child in scope.children {
            if let problem = analyze(child, bound: inner) { return problem }
        }
        return nil
    }
}

extension Expr {
    /// Whether the expression is `*something`.
    var isStarred: Bool {
        if case .starred = kind { return true }
        return false
    }
}
