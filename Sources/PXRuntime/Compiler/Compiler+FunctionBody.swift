import PXLang

// MARK: - Function bodies

extension Compiler {
    /// Compiles the statements of a function body into a closure returning the function's result, so that
    /// `return` needs no `Flow` where the shape of the body allows: a `return` in the body itself, an
    /// `if` whose branches end in `return`, and the statements before them. Other statements run as
    /// ordinary statements whose `Flow` is checked for a `return` inside them.
    mutating func compileFunctionBody(_ statements: ArraySlice<Stmt>) -> Eval {
        guard let first = statements.first else { return { _ in .none } }
        unowned(unsafe) let vm = self.vm
        let ref = InterpreterRef(self.vm)
        let line = first.location.line
        let rest = statements.dropFirst()
        let outerLine = expressionLine
        expressionLine = line
        defer { expressionLine = outerLine }
        switch first.kind {
        case .return(let e):
            guard let e else {
                return { _ in
                    vm.currentLine = line
                    return .none
                }
            }
            let value = inline(e)
            return { fp in
                vm.currentLine = line
                return try value.result(fp, ref)
            }
        case .if(let test, let body, let otherwise) where rest.isEmpty:
            // The last statement: each branch is the rest of the body.
            let condition = inlineCondition(test)
            let then = compileFunctionBody(body[...])
            let other = compileFunctionBody(otherwise[...])
            return { fp in
                vm.currentLine = line
                return try condition.evaluate(fp, ref) ? try then(fp) : try other(fp)
            }
        case .if(let test, let body, let otherwise) where otherwise.isEmpty && Compiler.alwaysReturns(body):
            // `if test: ... return x` followed by more statements.
            let condition = inlineCondition(test)
            if body.count == 1, case .return(let e?) = body[0].kind, rest.count == 1,
               case .return(let r?) = rest[rest.startIndex].kind {
                // `if test: return x` then `return y`.
                let choice = ReturnChoice(vm: self.vm, lines: (line, body[0].location.line, rest[rest.startIndex].location.line),
                                          condition: condition, value: inline(e), other: inline(r))
                return { fp in try choice.run(fp) }
            }
            let next = compileFunctionBody(rest)
            if body.count == 1, case .return(let e?) = body[0].kind {
                let returnLine = body[0].location.line
                let value = inline(e)
                return { fp in
                    vm.currentLine = line
                    if try condition.evaluate(fp, ref) {
                        vm.currentLine = returnLine
                        return try value.result(fp, ref)
                    }
                    return try next(fp)
                }
            }
            let then = compileFunctionBody(body[...])
            return { fp in
                vm.currentLine = line
                return try condition.evaluate(fp, ref) ? try then(fp) : try next(fp)
            }
        default:
            // A run of ordinary statements, then the rest of the body.
            var count = 1
            while count < statements.count {
                let stmt = statements[statements.startIndex + count]
                if Compiler.isBodyShape(stmt) { break }
                if count == statements.count - 1, case .if = stmt.kind { break }
                count += 1
            }
            let run = compileBlock(Array(statements.prefix(count)))
            let remaining = statements.dropFirst(count)
            if remaining.isEmpty {
                return { fp in
                    if case .returnValue(let v) = try run(fp) { return v }
                    return .none
                }
            }
            let next = compileFunctionBody(remaining)
            return { fp in
                switch try run(fp) {
                case .normal: return try next(fp)
                case .returnValue(let v): return v
                case .breakLoop, .continueLoop, .yielded: return .none
                }
            }
        }
    }

    /// Whether `compileFunctionBody` compiles the statement specially (it starts a new part of the body).
    static func isBodyShape(_ stmt: Stmt) -> Bool {
        switch stmt.kind {
        case .return: return true
        case .if(_, let body, let otherwise): return otherwise.isEmpty && alwaysReturns(body)
        default: return false
        }
    }

    /// Whether every path through the statements ends in `return` or `raise` (they are not in a loop).
    static func alwaysReturns(_ statements: [Stmt]) -> Bool {
        guard let last = statements.last else { return false }
        switch last.kind {
        case .return, .raise: return true
        case .if(_, let body, let otherwise): return alwaysReturns(body) && alwaysReturns(otherwise)
        default: return false
        }
    }
}
