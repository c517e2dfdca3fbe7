import PXLang

/// Comprehensions that run as functions of their own, as in Python 3.
///
/// A generator expression is always a generator function `<genexpr>(.0)` called with an iterator over
/// its first iterable (evaluated where the expression stands), so it runs lazily and its variables are its
/// own. A list, set or dict comprehension runs in place (its variables in fresh slots of the enclosing
/// frame), unless a function inside it (a lambda, a generator expression) uses one of its variables:
/// then it too becomes a function, `<listcomp>(.0)`, whose variables are cells the inner functions capture
/// (`[lambda: i for i in range(3)]` gives three functions that all see the final `i`).
enum ComprehensionFunction {
    /// The name of the parameter holding the iterator over the first iterable.
    static let source = ".0"
    /// The local holding a comprehension's result.
    static let result = ".r"

    /// What a comprehension builds.
    enum Kind {
        case list, set, dict, generator

        var functionName: String {
            switch self {
            case .list: return "<listcomp>"
            case .set: return "<setcomp>"
            case .dict: return "<dictcomp>"
            case .generator: return "<genexpr>"
            }
        }
    }

    /// Whether `name` is the name of a comprehension's function (`<listcomp>`, `<genexpr>`, …).
    static func isComprehensionName(_ name: String) -> Bool {
        name == "<listcomp>" || name == "<setcomp>" || name == "<dictcomp>" || name == "<genexpr>"
    }

    /// The comprehension's kind, element(s) and clauses, or nil for other expressions.
    static func parts(of e: Expr) -> (Kind, [Expr], [Comprehension])? {
        switch e.kind {
        case .listComprehension(let x, let clauses): return (.list, [x], clauses)
        case .setComprehension(let x, let clauses): return (.set, [x], clauses)
        case .dictComprehension(let k, let v, let clauses): return (.dict, [k, v], clauses)
        case .generator(let x, let clauses): return (.generator, [x], clauses)
        default: return nil
        }
    }

    /// Whether the comprehension `e` runs as a function (always for a generator expression).
    static func runsAsFunction(_ e: Expr) -> Bool {
        guard let (kind, elements, clauses) = parts(of: e), !clauses.isEmpty else { return false }
        if kind == .generator { return true }
        return capturesVariables(elements, clauses)
    }

    /// Whether a function inside the comprehension (a lambda, a generator expression) uses one of its
    /// variables.
    static func capturesVariables(_ elements: [Expr], _ clauses: [Comprehension]) -> Bool {
        let bound = Set(clauses.flatMap { Compiler.targetNames($0.target) })
        var captured: Set<String> = []
        let inner = elements + clauses.flatMap(\.conditions) + clauses.dropFirst().map(\.iterable)
        for part in inner { namesInFunctions(part, inFunction: false, into: &captured) }
        return !bound.isDisjoint(with: captured)
    }

    /// The names used inside lambdas and generator expressions within `e` (a superset of what they
    /// capture).
    static func namesInFunctions(_ e: Expr, inFunction: Bool, into names: inout Set<String>) {
        switch e.kind {
        case .name(let n):
            if inFunction { names.insert(n) }
        case .lambda(let def):
            for child in e.scopeChildren { namesInFunctions(child, inFunction: inFunction, into: &names) }
            if case .return(let body?)? = def.body.first?.kind { namesInFunctions(body, inFunction: true, into: &names) }
        default:
            let nested = parts(of: e)
            let isFunction = inFunction || nested?.0 == .generator
            for child in e.scopeChildren { namesInFunctions(child, inFunction: inFunction, into: &names) }
            if let (_, elements, clauses) = nested {
                let inner = elements + clauses.flatMap { [$0.target] + $0.conditions } + clauses.dropFirst().map(\.iterable)
                for part in inner { namesInFunctions(part, inFunction: isFunction, into: &names) }
            }
        }
    }

    /// The function a comprehension runs as: its clauses as nested `for` and `if` statements over `.0`
    /// around the step that adds one element (or yields it).
    static func definition(of e: Expr) -> FunctionDef? {
        guard let (kind, elements, clauses) = parts(of: e), !clauses.isEmpty else { return nil }
        let at = e.location
        func name(_ n: String) -> Expr { Expr(.name(n), at: at) }
        var step: Stmt
        switch kind {
        case .generator:
            step = Stmt(.expression(Expr(.yield(elements[0]), at: elements[0].location)), at: elements[0].location)
        case .list, .set:
            let method = Expr(.attribute(name(result), kind == .list ? "append" : "add"), at: at)
            step = Stmt(.expression(Expr(.call(method, [.positional(elements[0])]), at: at)), at: elements[0].location)
        case .dict:
            let slot = Expr(.subscript(name(result), elements[0]), at: at)
            step = Stmt(.assign(targets: [slot], value: elements[1]), at: elements[0].location)
        }
        var sources = clauses.map(\.iterable)
        sources[0] = name(source)
        for (clause, iterable) in zip(clauses, sources).reversed() {
            for condition in clause.conditions.reversed() {
                step = Stmt(.if(test: condition, body: [step], otherwise: []), at: condition.location)
            }
            step = Stmt(.for(target: clause.target, iterable: iterable, body: [step], otherwise: []),
                        at: clause.target.location)
        }
        var body = [step]
        switch kind {
        case .generator:
            break
        case .list, .set, .dict:
            let empty: Expr.Kind = kind == .list ? .list([]) : kind == .dict ? .dict([]) : .set([])
            body.insert(Stmt(.assign(targets: [name(result)], value: Expr(empty, at: at)), at: at), at: 0)
            body.append(Stmt(.return(name(result)), at: at))
        }
        return FunctionDef(name: kind.functionName, parameters: [PXLang.Parameter(name: source, kind: .normal, defaultValue: nil)],
                           body: body, location: at)
    }
}
