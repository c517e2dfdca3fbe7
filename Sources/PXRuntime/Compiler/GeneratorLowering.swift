import PXLang

/// Rewrites the body of a generator function so that a generator suspends only between statements:
/// afterwards `yield` and `yield from` appear only as a statement of their own or as the whole right side
/// of an assignment (`x = yield v`), which `Compiler+Generators.swift` compiles in resumable form.
///
/// A `yield` deeper in an expression moves out into an assignment to a temporary that runs first; the
/// operands Python evaluates before it move into temporaries too, so they keep their order and are not
/// evaluated again. `and`, `or` and conditional expressions become `if` statements; a `while` whose test
/// yields tests it at the top of its body. Temporaries are locals named `.y0`, `.y1`, … (names no program
/// can write). Statements without `yield` are left as they are.
struct GeneratorLowering {
    private var counter = 0

    /// The lowered body.
    static func lower(_ body: [Stmt]) -> [Stmt] {
        var lowering = GeneratorLowering()
        return lowering.block(body)
    }

    private mutating func temporary(at location: SourceLocation) -> Expr {
        defer { counter += 1 }
        return Expr(.name(".y\(counter)"), at: location)
    }

    private mutating func block(_ statements: [Stmt]) -> [Stmt] {
        statements.flatMap { statement($0) }
    }

    // MARK: - Statements

    private mutating func statement(_ stmt: Stmt) -> [Stmt] {
        guard stmt.containsYield else { return [stmt] }
        let at = stmt.location
        func make(_ kind: Stmt.Kind) -> Stmt { Stmt(kind, at: at) }
        switch stmt.kind {
        case .expression(let e):
            let (pre, value) = suspension(e)
            return pre + [make(.expression(value))]
        case .assign(let targets, let value):
            var (pre, lowered) = suspension(value)
            guard targets.contains(where: { $0.containsYield }) else {
                return pre + [make(.assign(targets: targets, value: lowered))]
            }
            let held = temporary(at: at)
            pre.append(make(.assign(targets: [held], value: lowered)))
            var newTargets: [Expr] = []
            for t in targets {
                let (p, t2) = target(t)
                pre += p
                newTargets.append(t2)
            }
            return pre + [make(.assign(targets: newTargets, value: held))]
        case .augmentedAssign(let target, let op, let value):
            return augmentedAssignment(target, op, value, at: at)
        case .return(let e?):
            let (pre, value) = expression(e)
            return pre + [make(.return(value))]
        case .if(let test, let body, let otherwise):
            let (pre, condition) = expression(test)
            return pre + [make(.if(test: condition, body: block(body), otherwise: block(otherwise)))]
        case .while(let test, let body, let otherwise):
            guard test.containsYield else {
                return [make(.while(test: test, body: block(body), otherwise: block(otherwise)))]
            }
            return whileLoop(test, body, otherwise, at: at)
        case .for(let target, let iterable, let body, let otherwise):
            let (pre, source) = expression(iterable)
            return pre + [make(.for(target: target, iterable: source, body: block(body), otherwise: block(otherwise)))]
        case .delete(let targets):
            var pre: [Stmt] = []
            var newTargets: [Expr] = []
            for t in targets {
                let (p, t2) = target(t)
                pre += p
                newTargets.append(t2)
            }
            return pre + [make(.delete(newTargets))]
        case .assert(let test, let message):
            let (pre, condition) = expression(test)
            guard let message, message.containsYield else { return pre + [make(.assert(test: condition, message: message))] }
            let (messagePre, text) = expression(message)
            let fail = make(.assert(test: Expr(.constant(.bool(false)), at: at), message: text))
            return pre + [make(.if(test: Expr(.unary(.not, condition), at: at), body: messagePre + [fail], otherwise: []))]
        case .try(let body, let handlers, let otherwise, let finally):
            let newHandlers = handlers.map { h in
                ExceptHandler(type: h.type, name: h.name, body: block(h.body), location: h.location)
            }
            return [make(.try(body: block(body), handlers: newHandlers, otherwise: block(otherwise),
                              finally: block(finally)))]
        case .raise(let e, let cause):
            let parts = [e, cause].compactMap { $0 }
            let (pre, values) = ordered(parts)
            var next = values.makeIterator()
            let newException = e.map { next.next() ?? $0 }
            return pre + [make(.raise(exception: newException, cause: cause.map { next.next() ?? $0 }))]
        case .with(let items, let body):
            return withStatement(items[...], body, at: at)
        case .functionDef(var def):
            // Decorators are evaluated first, then default values.
            let defaults = def.parameters.compactMap(\.defaultValue)
            let (pre, values) = ordered(def.decorators + defaults)
            var next = values.makeIterator()
            def.decorators = def.decorators.map { next.next() ?? $0 }
            for i in def.parameters.indices where def.parameters[i].defaultValue != nil {
                def.parameters[i].defaultValue = next.next()
            }
            return pre + [make(.functionDef(def))]
        case .classDef(var c):
            // Decorators are evaluated first, then the bases.
            let (pre, values) = ordered(c.decorators + c.bases.map(\.value))
            var next = values.makeIterator()
            c.decorators = c.decorators.map { next.next() ?? $0 }
            c.bases = c.bases.map { base in
                let value = next.next() ?? base.value
                switch base {
                case .positional: return .positional(value)
                case .keyword(let name, _): return .keyword(name, value)
                case .star: return .star(value)
                case .doubleStar: return .doubleStar(value)
                }
            }
            return pre + [make(.classDef(c))]
        case .annotatedAssign(let target, _, let value?):
            // The annotation of a local is not evaluated.
            return statement(make(.assign(targets: [target], value: value)))
        default:
            return [stmt]
        }
    }

    /// `target op= value`: the target's parts and its current value are read before the value.
    private mutating func augmentedAssignment(_ target: Expr, _ op: BinaryOperator, _ value: Expr,
                                              at: SourceLocation) -> [Stmt] {
        var pre: [Stmt] = []
        var place = target
        switch target.kind {
        case .attribute(let object, let name):
            let (p, o) = hoisted(object)
            pre += p
            place = Expr(.attribute(o, name), at: target.location)
        case .subscript(let container, let key):
            let (p, parts) = ordered([container, key], hoistingAll: true)
            pre += p
            place = Expr(.subscript(parts[0], parts[1]), at: target.location)
        default:
            break
        }
        let current = temporary(at: at)
        pre.append(Stmt(.assign(targets: [current], value: place), at: at))
        let (valuePre, operand) = expression(value)
        pre += valuePre
        pre.append(Stmt(.augmentedAssign(target: current, op: op, value: operand), at: at))
        pre.append(Stmt(.assign(targets: [place], value: current), at: at))
        return pre
    }

    /// `while test:` where the test yields becomes `while True:` testing at the top of its body; a flag
    /// tells whether the test failed, for the `else` block (which must stay outside the loop, where its
    /// `break` and `continue` belong to the enclosing loop).
    private mutating func whileLoop(_ test: Expr, _ body: [Stmt], _ otherwise: [Stmt], at: SourceLocation) -> [Stmt] {
        let (pre, condition) = expression(test)
        let notCondition = Expr(.unary(.not, condition), at: test.location)
        let always = Expr(.constant(.bool(true)), at: at)
        let stop = Stmt(.break, at: at)
        guard !otherwise.isEmpty else {
            let check = Stmt(.if(test: notCondition, body: [stop], otherwise: []), at: at)
            return [Stmt(.while(test: always, body: pre + [check] + block(body), otherwise: []), at: at)]
        }
        let failed = temporary(at: at)
        let setFailed = Stmt(.assign(targets: [failed], value: always), at: at)
        let check = Stmt(.if(test: notCondition, body: [setFailed, stop], otherwise: []), at: at)
        return [
            Stmt(.assign(targets: [failed], value: Expr(.constant(.bool(false)), at: at)), at: at),
            Stmt(.while(test: always, body: pre + [check] + block(body), otherwise: []), at: at),
            Stmt(.if(test: failed, body: block(otherwise), otherwise: []), at: at),
        ]
    }

    /// `with a, b, c:` where `b` yields: `with a:` then the statements of `b`, then `with b, c:`.
    private mutating func withStatement(_ items: ArraySlice<WithItem>, _ body: [Stmt], at: SourceLocation) -> [Stmt] {
        guard let k = items.firstIndex(where: { $0.context.containsYield }) else {
            return [Stmt(.with(items: Array(items), body: block(body)), at: at)]
        }
        let (pre, context) = expression(items[k].context)
        var rest = items[k...]
        rest[k] = WithItem(context: context, target: items[k].target)
        let inner = pre + withStatement(rest, body, at: at)
        guard k > items.startIndex else { return inner }
        return [Stmt(.with(items: Array(items[..<k]), body: inner), at: at)]
    }

    // MARK: - Expressions

    /// A `yield` or `yield from` at the top of a statement stays there (its operand is lowered); other
    /// expressions are lowered.
    private mutating func suspension(_ e: Expr) -> ([Stmt], Expr) {
        switch e.kind {
        case .yield(let operand?):
            let (pre, value) = expression(operand)
            return (pre, Expr(.yield(value), at: e.location))
        case .yieldFrom(let operand):
            let (pre, value) = expression(operand)
            return (pre, Expr(.yieldFrom(value), at: e.location))
        case .yield(nil):
            return ([], e)
        default:
            return expression(e)
        }
    }

    /// Statements to run first, and an expression without `yield` that then has the value of `e`.
    private mutating func expression(_ e: Expr) -> ([Stmt], Expr) {
        guard e.containsYield else { return ([], e) }
        let at = e.location
        switch e.kind {
        case .yield, .yieldFrom:
            let (pre, value) = suspension(e)
            let result = temporary(at: at)
            return (pre + [Stmt(.assign(targets: [result], value: value), at: at)], result)
        case .and(let a, let b), .or(let a, let b):
            let (pre, first) = expression(a)
            guard b.containsYield else { return (pre, e.replacingScopeChildren([first, b])) }
            let result = temporary(at: at)
            let (secondPre, second) = expression(b)
            let evaluateSecond = secondPre + [Stmt(.assign(targets: [result], value: second), at: at)]
            let test: Stmt
            if case .and = e.kind {
                test = Stmt(.if(test: result, body: evaluateSecond, otherwise: []), at: at)
            } else {
                test = Stmt(.if(test: result, body: [Stmt(.pass, at: at)], otherwise: evaluateSecond), at: at)
            }
            return (pre + [Stmt(.assign(targets: [result], value: first), at: at), test], result)
        case .conditional(let test, let then, let otherwise):
            let (pre, condition) = expression(test)
            guard then.containsYield || otherwise.containsYield else {
                return (pre, e.replacingScopeChildren([condition, then, otherwise]))
            }
            let result = temporary(at: at)
            let (thenPre, thenValue) = expression(then)
            let (otherPre, otherValue) = expression(otherwise)
            let branch = Stmt(.if(test: condition,
                                  body: thenPre + [Stmt(.assign(targets: [result], value: thenValue), at: at)],
                                  otherwise: otherPre + [Stmt(.assign(targets: [result], value: otherValue), at: at)]),
                              at: at)
            return (pre + [branch], result)
        case .compare(let first, let steps) where steps.count > 1 && steps.dropFirst().contains(where: { $0.operand.containsYield }):
            return comparisonChain(first, steps[...], at: at)
        default:
            let (pre, children) = ordered(e.scopeChildren)
            return (pre, e.replacingScopeChildren(children))
        }
    }

    /// `a < b < c` where a later operand yields: each comparison runs only when the previous one held.
    private mutating func comparisonChain(_ first: Expr, _ steps: ArraySlice<Comparison>, at: SourceLocation)
        -> ([Stmt], Expr) {
        let result = temporary(at: at)
        var (pre, left) = hoisted(first)
        var nested: [Stmt] = []
        var statements: [Stmt] = []
        // Built from the last comparison outwards: each level runs the next only when its result is true.
        var levels: [([Stmt], Expr, Comparison)] = []
        for step in steps {
            let (p, right) = hoisted(step.operand)
            levels.append((p, left, Comparison(op: step.op, operand: right)))
            left = right
        }
        for (p, lhs, comparison) in levels.reversed() {
            let compare = Expr(.compare(lhs, [comparison]), at: at)
            statements = p + [Stmt(.assign(targets: [result], value: compare), at: at)]
            if !nested.isEmpty { statements.append(Stmt(.if(test: result, body: nested, otherwise: []), at: at)) }
            nested = statements
        }
        pre += nested
        return (pre, result)
    }

    /// Lowers expressions evaluated in order: those before the last one that yields are kept in
    /// temporaries (all of them with `hoistingAll`), so they are evaluated once and before the `yield`.
    private mutating func ordered(_ parts: [Expr], hoistingAll: Bool = false) -> ([Stmt], [Expr]) {
        guard let last = parts.lastIndex(where: { $0.containsYield }) else {
            return hoistingAll ? hoistedAll(parts) : ([], parts)
        }
        var pre: [Stmt] = []
        var result: [Expr] = []
        for (i, part) in parts.enumerated() {
            if i < last || (hoistingAll && i > last) {
                let (p, value) = hoisted(part)
                pre += p
                result.append(value)
            } else if i == last {
                let (p, value) = lowerKeepingStar(part)
                pre += p
                result.append(value)
            } else {
                result.append(part)
            }
        }
        return (pre, result)
    }

    private mutating func hoistedAll(_ parts: [Expr]) -> ([Stmt], [Expr]) {
        var pre: [Stmt] = []
        var result: [Expr] = []
        for part in parts {
            let (p, value) = hoisted(part)
            pre += p
            result.append(value)
        }
        return (pre, result)
    }

    /// The expression lowered and its value kept in a temporary (constants stay as they are; a starred
    /// item keeps its star around the temporary).
    private mutating func hoisted(_ e: Expr) -> ([Stmt], Expr) {
        if case .starred(let inner) = e.kind {
            let (pre, value) = hoisted(inner)
            return (pre, Expr(.starred(value), at: e.location))
        }
        let (pre, value) = expression(e)
        if case .constant = value.kind { return (pre, value) }
        let held = temporary(at: e.location)
        return (pre + [Stmt(.assign(targets: [held], value: value), at: e.location)], held)
    }

    private mutating func lowerKeepingStar(_ e: Expr) -> ([Stmt], Expr) {
        if case .starred(let inner) = e.kind {
            let (pre, value) = expression(inner)
            return (pre, Expr(.starred(value), at: e.location))
        }
        return expression(e)
    }

    /// An assignment target whose parts yield: the parts are evaluated first, in order.
    private mutating func target(_ t: Expr) -> ([Stmt], Expr) {
        guard t.containsYield else { return ([], t) }
        switch t.kind {
        case .tuple(let items), .list(let items):
            var pre: [Stmt] = []
            var newItems: [Expr] = []
            for item in items {
                let (p, value) = target(item)
                pre += p
                newItems.append(value)
            }
            if case .tuple = t.kind { return (pre, Expr(.tuple(newItems), at: t.location)) }
            return (pre, Expr(.list(newItems), at: t.location))
        case .starred(let inner):
            let (pre, value) = target(inner)
            return (pre, Expr(.starred(value), at: t.location))
        default:
            let (pre, children) = ordered(t.scopeChildren, hoistingAll: true)
            return (pre, t.replacingScopeChildren(children))
        }
    }
}
