import PXLang

// MARK: - `sum(<generator expression>)` in place

extension Compiler {
    /// `sum(element for ... in ...)` calling the built-in `sum`: the generator expression runs as a loop in
    /// place (its variables in fresh slots, as a list comprehension's), adding each element as `sum` does,
    /// without a generator frame to resume per element. Nil when the call is anything else, or when a
    /// function inside the expression uses its variables or it stands in a class body (whose names a
    /// generator expression does not see); while the global `sum` is rebound, the call runs as written.
    mutating func compileInlineSum(_ callee: Expr, _ arguments: [Argument], _ mark: ErrorMark) -> Eval? {
        guard case .name("sum") = callee.kind, arguments.count == 1, case .positional(let argument) = arguments[0],
              case .generator(let element, let clauses) = argument.kind, !clauses.isEmpty,
              case .global(let slot) = scope.resolve("sum"), scope.info?.classNames == nil,
              !ComprehensionFunction.capturesVariables([element], clauses) else { return nil }
        unowned(unsafe) let vm = self.vm
        let general = compileGlobalCall(slot, arguments, mark, name: errorMark(callee))
        let total = scope.allocate()
        let run = compileFramedComprehension(argument, clauses, name: "<genexpr>") { compiler in
            let e = compiler.inline(element)
            let ref = InterpreterRef(compiler.vm)
            return { fp, _ in
                let y = try e.evaluate(fp, ref)
                let p = fp + total
                if case .int(let x) = p.pointee, case .int(let j) = y {
                    let (s, o) = x.addingReportingOverflow(j)
                    if !o {
                        p.initialize(to: .int(s))
                        return
                    }
                } else if case .float(let x) = p.pointee, case .float(let d) = y {
                    p.initialize(to: .float(x + d))
                    return
                }
                let x = p.move()
                p.initialize(to: .undefined)
                do {
                    p.initialize(to: try Operations.binary(.add, x, y, vm))
                } catch let error as RuntimeError {
                    // `sum` adds outside the generator expression's frame.
                    throw SumError(error: error)
                }
            }
        }
        return { fp in
            guard case .undefined = slot.value, slot.builtin != nil else { return try general(fp) }
            let p = fp + total
            p.store(.int(0))
            defer { p.store(.undefined) }
            var sink = ComprehensionSink()
            do {
                try run(fp, &sink)
            } catch let failure as SumError {
                throw mark.locate(failure.error)
            } catch let error as RuntimeError {
                throw mark.locate(error)
            }
            return p.copy
        }
    }
}

/// An error of the additions of an inline `sum`, carried past the generator expression's frame
/// (`compileFramedComprehension` adds frames to `RuntimeError`s only).
private struct SumError: Error {
    let error: RuntimeError
}
