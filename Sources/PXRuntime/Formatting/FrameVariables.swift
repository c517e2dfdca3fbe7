import PXLang

/// The variables IPython's Verbose tracebacks show under a frame's failing line: every expression of the
/// failing statement that can be evaluated safely (names, attributes of instances and modules, subscripts,
/// arithmetic and comparisons of built-in values, calls of a few pure built-ins) and whose value says something
/// (not a literal, not a function or class under its own name, not a built-in), as IPython finds them with
/// `stack_data` and `pure_eval`: in the order of a breadth-first walk of the frame's whole scope, equal
/// expressions once, written as in the source.
struct FrameVariables {
    typealias Position = SourceSpans.Position

    let spans: SourceSpans
    let names: (String) -> Value?
    let vm: Interpreter

    /// The `name = value` pairs for the frame whose scope is `scope` (a function's definition, or nil for the
    /// whole module `program`), failing at `line`.
    static func describe(program: [Stmt], scope: FunctionDef?, line: Int, source: [String], vm: Interpreter,
                         names: @escaping (String) -> Value?) -> [(name: String, value: String)] {
        let finder = FrameVariables(spans: SourceSpans(source), names: names, vm: vm)
        let body = scope?.body ?? program
        guard let piece = finder.executingPiece(body, line: line) else { return [] }
        var groups: [(key: String, text: String, value: Value, lines: [ClosedRange<Int>])] = []
        var index: [String: Int] = [:]
        func add(key: String, text: String?, value: Value, lines: ClosedRange<Int>) {
            if let i = index[key] {
                groups[i].lines.append(lines)
            } else if let text {
                index[key] = groups.count
                groups.append((key, text, value, [lines]))
            }
        }
        let roots: [Node] = scope.map { [.function($0)] } ?? program.map { .stmt($0) }
        for expr in walk(roots) {
            guard let value = finder.evaluate(expr), finder.isInteresting(expr, value) else { continue }
            let span = finder.span(expr)
            let text = span.map { finder.spans.text($0.0, $0.1) }
            let lines = span.map { $0.0.line...max($0.0.line, $0.1.line) } ?? expr.location.line...expr.location.line
            add(key: key(expr), text: text, value: value, lines: lines)
        }
        if let scope {
            for parameter in scope.parameters {
                guard let value = names(parameter.name) else { continue }
                add(key: key(Expr(.name(parameter.name), at: scope.location)), text: parameter.name, value: value,
                    lines: scope.location.line...scope.location.line)
            }
        }
        var result: [(name: String, value: String)] = []
        for group in groups where group.lines.contains(where: { $0.overlaps(piece) }) {
            result.append((group.text, ValueFormatter.repr(group.value, vm)))
        }
        return result
    }

    // MARK: - The failing statement

    /// The lines of the statement (or compound statement's header, or `except` clause) that holds `line`, as
    /// `stack_data` pieces: the last one starting at or before `line`, nested ones included.
    func executingPiece(_ body: [Stmt], line: Int) -> ClosedRange<Int>? {
        var best: (start: Int, expressions: [Expr])?
        var pending = Array(body.reversed())
        while let stmt = pending.popLast() {
            guard stmt.location.line <= line else { continue }
            if best.map({ stmt.location.line >= $0.start }) ?? true {
                best = (stmt.location.line, Self.headerExpressions(stmt))
            }
            if case .try(let tryBody, let handlers, let otherwise, let finally) = stmt.kind {
                for handler in handlers where handler.location.line <= line {
                    if best.map({ handler.location.line >= $0.start }) ?? true {
                        best = (handler.location.line, handler.type.map { [$0] } ?? [])
                    }
                    pending += handler.body.reversed()
                }
                pending += (tryBody + otherwise + finally).reversed()
            } else {
                pending += Self.blocks(stmt).flatMap { $0 }.reversed()
            }
        }
        guard let best else { return nil }
        let end = best.expressions.compactMap { outerSpan($0)?.1.line }.max() ?? best.start
        return best.start...max(line, end)
    }

    /// The statement lists inside a compound statement (not the bodies of definitions, which are other scopes).
    static func blocks(_ stmt: Stmt) -> [[Stmt]] {
        switch stmt.kind {
        case .if(_, let body, let otherwise), .while(_, let body, let otherwise), .for(_, _, let body, let otherwise):
            return [body, otherwise]
        case .try(let body, let handlers, let otherwise, let finally): return [body] + handlers.map(\.body) + [otherwise, finally]
        case .with(_, let body): return [body]
        default: return []
        }
    }

    /// The expressions of a statement itself (a compound statement's header).
    static func headerExpressions(_ stmt: Stmt) -> [Expr] {
        children(.stmt(stmt)).compactMap { if case .expr(let e) = $0 { e } else { nil } }
    }

    // MARK: - Walking the scope as Python's ast.walk does

    /// A node of the walk: Python's `ast` has nodes the language's tree folds into others.
    enum Node {
        case stmt(Stmt)
        case expr(Expr)
        case function(FunctionDef)
        case arguments(FunctionDef)
        case keyword(Expr)
        case handler(ExceptHandler)
        case withItem(WithItem)
        case comprehension(Comprehension)
        case formatted(Expr, [FStringPart]?)
        case joined([FStringPart])
    }

    /// The expressions under `roots`, breadth first, each node's children in the order of its `ast` fields.
    static func walk(_ roots: [Node]) -> [Expr] {
        var queue = roots
        var i = 0
        var out: [Expr] = []
        while i < queue.count, queue.count < 100_000 {
            let node = queue[i]
            i += 1
            if case .expr(let e) = node { out.append(e) }
            queue += children(node)
        }
        return out
    }

    static func children(_ node: Node) -> [Node] {
        let e = { (x: Expr) in Node.expr(x) }
        switch node {
        case .function(let d):
            return [.arguments(d)] + d.body.map { .stmt($0) } + d.decorators.map(e)
        case .arguments(let d):
            return d.parameters.filter { $0.kind == .keywordOnly }.compactMap { $0.defaultValue.map(e) }
                + d.parameters.filter { $0.kind == .normal }.compactMap { $0.defaultValue.map(e) }
        case .keyword(let x): return [e(x)]
        case .handler(let h): return (h.type.map { [e($0)] } ?? []) + h.body.map { .stmt($0) }
        case .withItem(let w): return [e(w.context)] + (w.target.map { [e($0)] } ?? [])
        case .comprehension(let c): return [e(c.target), e(c.iterable)] + c.conditions.map(e)
        case .formatted(let value, let spec): return [e(value)] + (spec.map { [.joined($0)] } ?? [])
        case .joined(let parts):
            return parts.compactMap { part in
                if case .field(let value, _, let spec, _) = part { return .formatted(value, spec) }
                return nil
            }
        case .stmt(let s):
            switch s.kind {
            case .expression(let x): return [e(x)]
            case .assign(let targets, let value): return targets.map(e) + [e(value)]
            case .augmentedAssign(let target, _, let value): return [e(target), e(value)]
            case .functionDef(let d): return children(.function(d))
            case .classDef(let c):
                return c.bases.compactMap { if case .positional(let x) = $0 { e(x) } else if case .star(let x) = $0 { e(x) } else { nil } }
                    + c.bases.compactMap { if case .keyword(_, let x) = $0 { .keyword(x) } else if case .doubleStar(let x) = $0 { .keyword(x) } else { nil } }
                    + c.body.map { .stmt($0) } + c.decorators.map(e)
            case .annotatedAssign(let target, let annotation, let value): return [e(target), e(annotation)] + (value.map { [e($0)] } ?? [])
            case .return(let x): return x.map { [e($0)] } ?? []
            case .if(let test, let body, let otherwise), .while(let test, let body, let otherwise):
                return [e(test)] + (body + otherwise).map { .stmt($0) }
            case .for(let target, let iterable, let body, let otherwise):
                return [e(target), e(iterable)] + (body + otherwise).map { .stmt($0) }
            case .delete(let targets): return targets.map(e)
            case .assert(let test, let message): return [e(test)] + (message.map { [e($0)] } ?? [])
            case .try(let body, let handlers, let otherwise, let finally):
                return body.map { .stmt($0) } + handlers.map { .handler($0) } + (otherwise + finally).map { .stmt($0) }
            case .raise(let exception, let cause): return [exception, cause].compactMap { $0.map(e) }
            case .with(let items, let body): return items.map { .withItem($0) } + body.map { .stmt($0) }
            default: return []
            }
        case .expr(let x):
            switch x.kind {
            case .unary(_, let a), .starred(let a), .yieldFrom(let a), .namedExpr(_, let a): return [e(a)]
            case .yield(let a): return a.map { [e($0)] } ?? []
            case .binary(_, let a, let b): return [e(a), e(b)]
            case .and, .or: return boolOperands(x).map(e)
            case .compare(let a, let steps): return [e(a)] + steps.map { e($0.operand) }
            case .conditional(let test, let then, let otherwise): return [e(test), e(then), e(otherwise)]
            case .lambda(let d):
                if case .return(let body)? = d.body.first?.kind, let body { return [.arguments(d), e(body)] }
                return [.arguments(d)]
            case .call(let f, let arguments):
                return [e(f)] + arguments.compactMap { a -> Node? in
                    switch a {
                    case .positional(let v): return e(v)
                    case .star(let v): return e(Expr(.starred(v), at: v.location))
                    default: return nil
                    }
                } + arguments.compactMap { a -> Node? in
                    switch a {
                    case .keyword(_, let v), .doubleStar(let v): return .keyword(v)
                    default: return nil
                    }
                }
            case .attribute(let a, _): return [e(a)]
            case .subscript(let a, let b): return [e(a), e(b)]
            case .slice(let lower, let upper, let step): return [lower, upper, step].compactMap { $0.map(e) }
            case .list(let items), .tuple(let items), .set(let items): return items.map(e)
            case .dict(let entries):
                let keys = entries.compactMap { entry -> Node? in if case .pair(let k, _) = entry { e(k) } else { nil } }
                let values = entries.map { entry -> Node in
                    switch entry {
                    case .pair(_, let v), .unpack(let v): return e(v)
                    }
                }
                return keys + values
            case .listComprehension(let element, let clauses), .setComprehension(let element, let clauses),
                 .generator(let element, let clauses):
                return [e(element)] + clauses.map { .comprehension($0) }
            case .dictComprehension(let key, let value, let clauses):
                return [e(key), e(value)] + clauses.map { .comprehension($0) }
            case .fstring(let parts): return children(.joined(parts))
            case .name, .constant: return []
            }
        }
    }

    /// The operands of a chain of one boolean operator (`a and b and c`), as Python's `BoolOp` holds them.
    static func boolOperands(_ x: Expr) -> [Expr] {
        switch x.kind {
        case .and(let a, let b):
            if case .and = a.kind { return boolOperands(a) + [b] }
            return [a, b]
        case .or(let a, let b):
            if case .or = a.kind { return boolOperands(a) + [b] }
            return [a, b]
        default: return [x]
        }
    }

    /// A text naming the structure of an expression (spacing and location left out), that groups equal ones.
    static func key(_ x: Expr) -> String {
        switch x.kind {
        case .name(let n): return n
        case .constant(let c): return "\(c)"
        case .attribute(let a, let n): return "(\(key(a))).\(n)"
        case .subscript(let a, let b): return "(\(key(a)))[\(key(b))]"
        case .binary(let op, let a, let b): return "(\(key(a)) \(op.rawValue) \(key(b)))"
        case .unary(let op, let a): return "(\(op.rawValue) \(key(a)))"
        case .and, .or: return "(" + boolOperands(x).map(key).joined(separator: x.isAnd ? " and " : " or ") + ")"
        case .compare(let a, let steps): return "(" + key(a) + steps.map { " \($0.op.rawValue) \(key($0.operand))" }.joined() + ")"
        case .call(let f, let arguments):
            return "\(key(f))(" + arguments.map { a -> String in
                switch a {
                case .positional(let v): return key(v)
                case .keyword(let n, let v): return "\(n)=\(key(v))"
                case .star(let v): return "*" + key(v)
                case .doubleStar(let v): return "**" + key(v)
                }
            }.joined(separator: ", ") + ")"
        case .list(let items): return "[" + items.map(key).joined(separator: ", ") + "]"
        case .tuple(let items): return "(" + items.map(key).joined(separator: ", ") + ",)"
        case .set(let items): return "{" + items.map(key).joined(separator: ", ") + "}"
        case .slice(let a, let b, let c): return [a, b, c].map { $0.map(key) ?? "" }.joined(separator: ":")
        default: return "\(x.kind)"
        }
    }
}

extension Expr {
    var isAnd: Bool { if case .and = kind { true } else { false } }
}
