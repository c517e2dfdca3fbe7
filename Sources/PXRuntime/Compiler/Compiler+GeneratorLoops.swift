import PXLang

// MARK: - Loops that end in `yield`

/// The body of a `for` loop whose only `yield` is its last statement, `yield value`, possibly under an
/// `if` without `else` (`for x in xs: ...; yield f(x)`, and every generator expression). Such a loop
/// suspends and resumes without re-entering its body: once resumed, the body is over.
struct YieldTail {
    /// The statements before the `yield` (or before the `if`).
    let prefix: [Stmt]
    /// The `if` test, and the statements inside the `if` before the `yield`.
    let filter: (test: Expr, line: Int, prefix: [Stmt])?
    /// The yielded value (nil for a bare `yield`), and the line of the `yield`.
    let value: Expr?
    let line: Int

    init?(_ body: [Stmt]) {
        guard let last = body.last, !Stmt.containYield(Array(body.dropLast())) else { return nil }
        switch last.kind {
        case .expression(let e):
            guard case .yield(let value) = e.kind else { return nil }
            prefix = Array(body.dropLast())
            filter = nil
            self.value = value
            line = last.location.line
        case .if(let test, let inner, let otherwise) where otherwise.isEmpty && !test.containsYield:
            guard let innerLast = inner.last, case .expression(let e) = innerLast.kind, case .yield(let value) = e.kind,
                  !Stmt.containYield(Array(inner.dropLast())) else { return nil }
            prefix = Array(body.dropLast())
            filter = (test, last.location.line, Array(inner.dropLast()))
            self.value = value
            line = innerLast.location.line
        default:
            return nil
        }
    }
}

extension Compiler {
    /// A `for` loop whose body ends in its only `yield` (`YieldTail`): the loop yields the value itself,
    /// and a resumption goes on with the next element.
    mutating func loopEndingInYield(_ target: Expr, _ iterable: Expr, _ tail: YieldTail, _ otherwise: [Stmt],
                                    line: Int) -> Exec {
        unowned(unsafe) let vm = self.vm
        let ref = InterpreterRef(self.vm)
        let iter = compile(iterable)
        var localSlot = -1
        if case .name(let name) = target.kind, case .local(let slot) = scope.resolve(name) { localSlot = slot }
        let store = compileTargetStore(target)
        let prefix = compileBlock(tail.prefix), hasPrefix = !tail.prefix.isEmpty
        let condition = tail.filter.map { compileCondition($0.test) } ?? { _ in true }
        let filterLine = tail.filter?.line ?? line
        let filterPrefix = compileBlock(tail.filter?.prefix ?? []), hasFilterPrefix = !(tail.filter?.prefix.isEmpty ?? true)
        let value = compile(tail.value ?? Expr(.constant(.none), at: target.location))
        let yieldLine = tail.line
        let other = otherwise.isEmpty ? nil : resumableBlock(otherwise)
        let slot = scope.allocate()  // the iterator while in the loop, None in the `else` block
        /// The flow of a statement before the `yield`: nil to go on, else what the loop does.
        func ending(_ flow: Flow, _ fp: UnsafeMutablePointer<Value>) -> Flow? {
            switch flow {
            case .normal: return nil
            case .continueLoop: return .continueLoop
            case .breakLoop, .returnValue, .yielded:
                fp[slot] = .undefined
                if vm.hasPendingFinalizers { vm.runFinalizers() }
                if case .breakLoop = flow { return .normal }
                return flow
            }
        }
        return { fp in
            let iterator: IteratorObject
            if vm.isResuming {
                guard case .iterator(let saved) = fp[slot] else { return try other?(fp) ?? .normal }
                iterator = saved
                _ = try ref { try $0.resumeAtYield(line: yieldLine) }
            } else {
                vm.currentLine = line
                iterator = try Operations.makeIterator(try iter(fp), vm)
                fp[slot] = .iterator(iterator)
            }
            while let element = try iterator.next() {
                if localSlot >= 0 { (fp + localSlot).store(element) } else { try store(fp, element) }
                if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                if hasPrefix, let end = ending(try prefix(fp), fp) {
                    if case .continueLoop = end { continue }
                    return end
                }
                vm.currentLine = filterLine
                guard try condition(fp) else { continue }
                if hasFilterPrefix, let end = ending(try filterPrefix(fp), fp) {
                    if case .continueLoop = end { continue }
                    return end
                }
                vm.currentLine = yieldLine
                return .yielded(try value(fp))
            }
            guard let other else {
                fp[slot] = .undefined
                return .normal
            }
            fp[slot] = .none
            let flow = try other(fp)
            if case .yielded = flow { return flow }
            fp[slot] = .undefined
            return flow
        }
    }
}
