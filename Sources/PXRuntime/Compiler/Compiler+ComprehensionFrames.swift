import PXLang

// MARK: - Comprehensions in place, with a frame of their own in tracebacks

extension Compiler {
    /// Compiles the clauses of a list, set or dict comprehension (or `sum` of a generator expression) that runs in
    /// place, so that an error inside it shows a frame of its own, `<listcomp>(.0)`, as in Python 3.11, where the
    /// comprehension is a function: the first iterable is evaluated (and made an iterator) in the enclosing frame,
    /// everything else inside the comprehension's frame, and the enclosing frame's line becomes the
    /// comprehension's.
    mutating func compileFramedComprehension(_ expr: Expr, _ clauses: [Comprehension], name: String,
                                             body: (inout Compiler) -> ComprehensionBody) -> ComprehensionBody {
        guard let firstClause = clauses.first else { return compileComprehension(clauses, body: body) }
        unowned(unsafe) let vm = self.vm
        let first = compile(firstClause.iterable)
        let slot = scope.allocate()
        scope.comprehensionNames.append([ComprehensionFunction.source: slot])
        var inner = clauses
        inner[0].iterable = Expr(.name(ComprehensionFunction.source), at: firstClause.iterable.location)
        let run = compileComprehension(inner, body: body)
        scope.comprehensionNames.removeLast()
        let file = fileName, line = expr.location.line, start = scopeStart
        let signature = name + "(\(ComprehensionFunction.source))"
        return { fp, sink in
            var source = try first(fp)
            switch source {
            case .range, .list, .tuple, .iterator: break
            default: source = .iterator(try Operations.makeIterator(source, vm))
            }
            (fp + slot).store(source)
            defer { (fp + slot).store(.undefined) }
            do {
                try run(fp, &sink)
            } catch let error as RuntimeError {
                error.exception.closeFrame(file: file, function: name, line: vm.currentLine, signature: signature,
                                           scopeStart: start)
                vm.currentLine = line
                throw error
            }
        }
    }
}
