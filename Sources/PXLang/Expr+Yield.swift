// MARK: - Where generators may suspend

extension Expr {
    /// The expressions evaluated as part of this one in the same scope, in evaluation order: a lambda
    /// contributes its default values and a comprehension its first iterable (their bodies run in scopes
    /// of their own).
    public var scopeChildren: [Expr] {
        switch kind {
        case .name, .constant: return []
        case .fstring(let parts): return Expr.fieldValues(parts)
        case .unary(_, let e), .starred(let e), .attribute(let e, _), .yieldFrom(let e), .namedExpr(_, let e):
            return [e]
        case .yield(let e): return e.map { [$0] } ?? []
        case .binary(_, let a, let b), .and(let a, let b), .or(let a, let b), .subscript(let a, let b): return [a, b]
        case .compare(let first, let rest): return [first] + rest.map(\.operand)
        case .conditional(let test, let then, let otherwise): return [test, then, otherwise]
        case .lambda(let def): return def.parameters.compactMap(\.defaultValue)
        case .call(let callee, let arguments): return [callee] + arguments.map(\.value)
        case .slice(let l, let u, let s): return [l, u, s].compactMap { $0 }
        case .list(let items), .tuple(let items), .set(let items): return items
        case .dict(let entries):
            return entries.flatMap { entry -> [Expr] in
                switch entry {
                case .pair(let k, let v): return [k, v]
                case .unpack(let e): return [e]
                }
            }
        case .listComprehension(_, let clauses), .setComprehension(_, let clauses),
             .dictComprehension(_, _, let clauses), .generator(_, let clauses):
            return clauses.first.map { [$0.iterable] } ?? []
        }
    }

    /// The expression with its `scopeChildren` replaced, in the same order (the generator lowering
    /// rewrites them).
    public func replacingScopeChildren(_ children: [Expr]) -> Expr {
        var next = children.makeIterator()
        func take(_ old: Expr) -> Expr { next.next() ?? old }
        var copy = self
        switch kind {
        case .name, .constant: return self
        case .fstring(let parts): copy.kind = .fstring(Expr.replacingFieldValues(parts, &next))
        case .unary(let op, let e): copy.kind = .unary(op, take(e))
        case .starred(let e): copy.kind = .starred(take(e))
        case .attribute(let e, let name): copy.kind = .attribute(take(e), name)
        case .yieldFrom(let e): copy.kind = .yieldFrom(take(e))
        case .namedExpr(let name, let e): copy.kind = .namedExpr(name, take(e))
        case .yield(let e): copy.kind = .yield(e.map(take))
        case .binary(let op, let a, let b): copy.kind = .binary(op, take(a), take(b))
        case .and(let a, let b): copy.kind = .and(take(a), take(b))
        case .or(let a, let b): copy.kind = .or(take(a), take(b))
        case .subscript(let a, let b): copy.kind = .subscript(take(a), take(b))
        case .compare(let first, let rest):
            let a = take(first)
            copy.kind = .compare(a, rest.map { Comparison(op: $0.op, operand: take($0.operand)) })
        case .conditional(let test, let then, let otherwise):
            copy.kind = .conditional(test: take(test), then: take(then), otherwise: take(otherwise))
        case .lambda(var def):
            def.parameters = def.parameters.map { p in
                var p = p
                p.defaultValue = p.defaultValue.map(take)
                return p
            }
            copy.kind = .lambda(def)
        case .call(let callee, let arguments):
            let f = take(callee)
            copy.kind = .call(f, arguments.map { argument in
                switch argument {
                case .positional(let e): return .positional(take(e))
                case .keyword(let name, let e): return .keyword(name, take(e))
                case .star(let e): return .star(take(e))
                case .doubleStar(let e): return .doubleStar(take(e))
                }
            })
        case .slice(let l, let u, let s):
            let lower = l.map(take), upper = u.map(take)
            copy.kind = .slice(lower: lower, upper: upper, step: s.map(take))
        case .list(let items): copy.kind = .list(items.map(take))
        case .tuple(let items): copy.kind = .tuple(items.map(take))
        case .set(let items): copy.kind = .set(items.map(take))
        case .dict(let entries):
            copy.kind = .dict(entries.map { entry in
                switch entry {
                case .pair(let k, let v):
                    let key = take(k)
                    return .pair(key, take(v))
                case .unpack(let e): return .unpack(take(e))
                }
            })
        case .listComprehension(let e, let clauses):
            copy.kind = .listComprehension(e, Expr.replacingFirstIterable(clauses, take))
        case .setComprehension(let e, let clauses):
            copy.kind = .setComprehension(e, Expr.replacingFirstIterable(clauses, take))
        case .dictComprehension(let k, let v, let clauses):
            copy.kind = .dictComprehension(key: k, value: v, Expr.replacingFirstIterable(clauses, take))
        case .generator(let e, let clauses):
            copy.kind = .generator(e, Expr.replacingFirstIterable(clauses, take))
        }
        return copy
    }

    static func replacingFirstIterable(_ clauses: [Comprehension], _ take: (Expr) -> Expr) -> [Comprehension] {
        guard let first = clauses.first else { return clauses }
        var copy = clauses
        copy[0].iterable = take(first.iterable)
        return copy
    }

    static func replacingFieldValues(_ parts: [FStringPart], _ next: inout IndexingIterator<[Expr]>)
        -> [FStringPart] {
        parts.map { part in
            guard case .field(let value, let conversion, let spec, let text) = part else { return part }
            let newValue = next.next() ?? value
            let newSpec = spec.map { replacingFieldValues($0, &next) }
            return .field(value: newValue, conversion: conversion, spec: newSpec, selfDocumenting: text)
        }
    }

    /// Whether the expression contains `yield` or `yield from` in its own scope.
    public var containsYield: Bool {
        switch kind {
        case .yield, .yieldFrom: return true
        case .name, .constant: return false
        default: return scopeChildren.contains { $0.containsYield }
        }
    }

    static func fieldValues(_ parts: [FStringPart]) -> [Expr] {
        parts.flatMap { part -> [Expr] in
            guard case .field(let value, _, let spec, _) = part else { return [] }
            return [value] + fieldValues(spec ?? [])
        }
    }
}

extension Argument {
    /// The argument's expression.
    public var value: Expr {
        switch self {
        case .positional(let e), .keyword(_, let e), .star(let e), .doubleStar(let e): return e
        }
    }
}

extension Stmt {
    /// Whether the statement contains `yield` or `yield from` in its own scope (nested function bodies
    /// excluded, their default values included).
    public var containsYield: Bool {
        switch kind {
        case .expression(let e): return e.containsYield
        case .assign(let targets, let value): return value.containsYield || targets.contains { $0.containsYield }
        case .augmentedAssign(let target, _, let value): return target.containsYield || value.containsYield
        case .functionDef(let def):
            return def.decorators.contains { $0.containsYield } || def.parameters.contains { $0.defaultValue?.containsYield ?? false }
        case .classDef(let c):
            return c.decorators.contains { $0.containsYield } || c.bases.contains { $0.value.containsYield }
        case .annotatedAssign(let target, _, let value):
            return target.containsYield || (value?.containsYield ?? false)
        case .return(let e): return e?.containsYield ?? false
        case .if(let test, let body, let otherwise), .while(let test, let body, let otherwise):
            return test.containsYield || Stmt.containYield(body) || Stmt.containYield(otherwise)
        case .for(let target, let iterable, let body, let otherwise):
            return target.containsYield || iterable.containsYield || Stmt.containYield(body)
                || Stmt.containYield(otherwise)
        case .break, .continue, .pass, .global, .nonlocal, .import, .importFrom: return false
        case .delete(let targets): return targets.contains { $0.containsYield }
        case .assert(let test, let message): return test.containsYield || (message?.containsYield ?? false)
        case .try(let body, let handlers, let otherwise, let finally):
            return Stmt.containYield(body) || Stmt.containYield(otherwise) || Stmt.containYield(finally)
                || handlers.contains { ($0.type?.containsYield ?? false) || Stmt.containYield($0.body) }
        case .raise(let e, let cause): return (e?.containsYield ?? false) || (cause?.containsYield ?? false)
        case .with(let items, let body):
            return Stmt.containYield(body)
                || items.contains { $0.context.containsYield || ($0.target?.containsYield ?? false) }
        }
    }

    /// Whether any of the statements contains `yield`.
    public static func containYield(_ statements: [Stmt]) -> Bool {
        statements.contains { $0.containsYield }
    }
}

extension FunctionDef {
    /// Whether calling the function creates a generator: its body contains `yield`.
    public var isGenerator: Bool { Stmt.containYield(body) }
}
