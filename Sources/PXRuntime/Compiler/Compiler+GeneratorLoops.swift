import PXLang

// MARK: - Loops around one `yield`

/// The body of a loop whose only `yield` is one of its statements, `yield value` or `x = yield value`,
/// possibly inside an `if` without `else` (`for x in xs: ...; yield f(x); ...`, `while n < k: yield n;
/// n += 1`, and every generator expression). Such a loop suspends and resumes without a block around the
/// `yield`: resumed, it finishes the statements after the `yield` and goes on with the next iteration.
struct LoopYield {
    /// The statements before and after the `yield` (or the `if` around it).
    let prefix: [Stmt], suffix: [Stmt]
    /// The `if` around the `yield`: its test and line, and its statements before and after the `yield`.
    let filter: (test: Expr, line: Int, prefix: [Stmt], suffix: [Stmt])?
    /// The yielded value (nil for a bare `yield`), where the sent value goes (none for a statement), and
    /// the line of the `yield`.
    let value: Expr?
    let targets: [Expr]
    let line: Int

    init?(_ body: [Stmt]) {
        guard let k = body.firstIndex(where: { $0.containsYield }),
              !Stmt.containYield(Array(body[(k + 1)...])) else { return nil }
        prefix = Array(body[..<k])
        suffix = Array(body[(k + 1)...])
        let point = body[k]
        if let (value, targets) = LoopYield.suspension(point) {
            filter = nil
            (self.value, self.targets, line) = (value, targets, point.location.line)
            return
        }
        guard case .if(let test, let inner, let otherwise) = point.kind, otherwise.isEmpty, !test.containsYield,
              let j = inner.firstIndex(where: { $0.containsYield }), !Stmt.containYield(Array(inner[(j + 1)...])),
              let (value, targets) = LoopYield.suspension(inner[j]) else { return nil }
        filter = (test, point.location.line, Array(inner[..<j]), Array(inner[(j + 1)...]))
        (self.value, self.targets, line) = (value, targets, inner[j].location.line)
    }

    /// The operand and targets of `yield value` or `targets = yield value`.
    static func suspension(_ stmt: Stmt) -> (Expr?, [Expr])? {
        switch stmt.kind {
        case .expression(let e):
            if case .yield(let value) = e.kind { return (value, []) }
        case .assign(let targets, let e):
            if case .yield(let value) = e.kind { return (value, targets) }
        default:
            break
        }
        return nil
    }
}

/// The parts of a `LoopYield` compiled.
private struct CompiledLoopYield {
    let prefix: Exec, suffix: Exec, filterPrefix: Exec, filterSuffix: Exec
    let hasPrefix: Bool, hasSuffix: Bool, hasFilterPrefix: Bool, hasFilterSuffix: Bool
    /// The `if` test (true when there is none).
    let filter: Condition
    let hasFilter: Bool
    let filterLine: Int
    let value: Eval
    /// Stores the sent value (nothing for a `yield` statement).
    let store: Store
    let line: Int
}

extension Compiler {
    private mutating func compileParts(_ y: LoopYield, at location: SourceLocation) -> CompiledLoopYield {
        let stores = y.targets.map { compileTargetStore($0) }
        var store: Store = { _, _ in }
        if stores.count == 1 { store = stores[0] } else if stores.count > 1 { store = { fp, v in for s in stores { try s(fp, v) } } }
        var filter: Condition = { _ in true }
        if let test = y.filter?.test { filter = compileCondition(test) }
        return CompiledLoopYield(
            prefix: compileBlock(y.prefix), suffix: compileBlock(y.suffix),
            filterPrefix: compileBlock(y.filter?.prefix ?? []), filterSuffix: compileBlock(y.filter?.suffix ?? []),
            hasPrefix: !y.prefix.isEmpty, hasSuffix: !y.suffix.isEmpty,
            hasFilterPrefix: !(y.filter?.prefix.isEmpty ?? true), hasFilterSuffix: !(y.filter?.suffix.isEmpty ?? true),
            filter: filter, hasFilter: y.filter != nil, filterLine: y.filter?.line ?? y.line,
            value: compile(y.value ?? Expr(.constant(.none), at: location)), store: store, line: y.line)
    }

    /// A `for` loop around one `yield` (`LoopYield`).
    mutating func forAroundYield(_ target: Expr, _ iterable: Expr, _ y: LoopYield, _ otherwise: [Stmt],
                                 line: Int) -> Exec {
        unowned(unsafe) let vm = self.vm
        let ref = InterpreterRef(self.vm)
        let iter = compile(iterable)
        var localSlot = -1
        if case .name(let name) = target.kind, case .local(let slot) = scope.resolve(name) { localSlot = slot }
        let store = compileTargetStore(target)
        let parts = compileParts(y, at: target.location)
        let (prefix, suffix, filterPrefix, filterSuffix) = (parts.prefix, parts.suffix, parts.filterPrefix, parts.filterSuffix)
        let (hasPrefix, hasSuffix, hasFilterPrefix, hasFilterSuffix) = (parts.hasPrefix, parts.hasSuffix,
                                                                        parts.hasFilterPrefix, parts.hasFilterSuffix)
        let (filter, hasFilter, filterLine) = (parts.filter, parts.hasFilter, parts.filterLine)
        let (value, sent, yieldLine) = (parts.value, parts.store, parts.line)
        let other = otherwise.isEmpty ? nil : resumableBlock(otherwise)
        let slot = scope.allocate()  // the iterator while in the loop, None in the `else` block
        return { fp in
            let iterator: IteratorObject
            var resumed = false
            if vm.isResuming {
                guard case .iterator(let saved) = fp[slot] else { return try Compiler.finishElse(other, fp, slot) }
                iterator = saved
                if let input = try ref({ try $0.resumeAtYield(line: yieldLine) }) { try sent(fp, input) }
                resumed = true
            } else {
                vm.currentLine = line
                iterator = try Operations.makeIterator(try iter(fp), vm)
                fp[slot] = .iterator(iterator)
            }
            while true {
                if resumed {
                    resumed = false
                    if hasFilterSuffix, let end = Compiler.loopStep(try filterSuffix(fp)) {
                        if case .continueLoop = end { continue }
                        return Compiler.leaveLoop(end, fp, slot, ref)
                    }
                    if hasSuffix, let end = Compiler.loopStep(try suffix(fp)) {
                        if case .continueLoop = end { continue }
                        return Compiler.leaveLoop(end, fp, slot, ref)
                    }
                    continue
                }
                guard let element = try iterator.next() else { break }
                if localSlot >= 0 { (fp + localSlot).store(element) } else { try store(fp, element) }
                if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                if hasPrefix, let end = Compiler.loopStep(try prefix(fp)) {
                    if case .continueLoop = end { continue }
                    return Compiler.leaveLoop(end, fp, slot, ref)
                }
                if hasFilter {
                    vm.currentLine = filterLine
                    if !(try filter(fp)) {
                        if hasSuffix, let end = Compiler.loopStep(try suffix(fp)) {
                            if case .continueLoop = end { continue }
                            return Compiler.leaveLoop(end, fp, slot, ref)
                        }
                        continue
                    }
                    if hasFilterPrefix, let end = Compiler.loopStep(try filterPrefix(fp)) {
                        if case .continueLoop = end { continue }
                        return Compiler.leaveLoop(end, fp, slot, ref)
                    }
                }
                vm.currentLine = yieldLine
                return .yielded(try value(fp))
            }
            return try Compiler.finishElse(other, fp, slot)
        }
    }

    /// A `while` loop around one `yield` (`LoopYield`).
    mutating func whileAroundYield(_ test: Expr, _ y: LoopYield, _ otherwise: [Stmt], line: Int) -> Exec {
        unowned(unsafe) let vm = self.vm
        let ref = InterpreterRef(self.vm)
        let condition = compileCondition(test)
        let parts = compileParts(y, at: test.location)
        let (prefix, suffix, filterPrefix, filterSuffix) = (parts.prefix, parts.suffix, parts.filterPrefix, parts.filterSuffix)
        let (hasPrefix, hasSuffix, hasFilterPrefix, hasFilterSuffix) = (parts.hasPrefix, parts.hasSuffix,
                                                                        parts.hasFilterPrefix, parts.hasFilterSuffix)
        let (filter, hasFilter, filterLine) = (parts.filter, parts.hasFilter, parts.filterLine)
        let (value, sent, yieldLine) = (parts.value, parts.store, parts.line)
        let other = otherwise.isEmpty ? nil : resumableBlock(otherwise)
        let slot = scope.allocate()  // 1 in the loop, None in the `else` block
        return { fp in
            var resumed = false
            if vm.isResuming {
                guard case .int = fp[slot] else { return try Compiler.finishElse(other, fp, slot) }
                if let input = try ref({ try $0.resumeAtYield(line: yieldLine) }) { try sent(fp, input) }
                resumed = true
            } else {
                (fp + slot).store(.int(1))
            }
            while true {
                if resumed {
                    resumed = false
                    if hasFilterSuffix, let end = Compiler.loopStep(try filterSuffix(fp)) {
                        if case .continueLoop = end { continue }
                        return Compiler.leaveLoop(end, fp, slot, ref)
                    }
                    if hasSuffix, let end = Compiler.loopStep(try suffix(fp)) {
                        if case .continueLoop = end { continue }
                        return Compiler.leaveLoop(end, fp, slot, ref)
                    }
                    continue
                }
                vm.currentLine = line
                guard try condition(fp) else { break }
                if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                if hasPrefix, let end = Compiler.loopStep(try prefix(fp)) {
                    if case .continueLoop = end { continue }
                    return Compiler.leaveLoop(end, fp, slot, ref)
                }
                if hasFilter {
                    vm.currentLine = filterLine
                    if !(try filter(fp)) {
                        if hasSuffix, let end = Compiler.loopStep(try suffix(fp)) {
                            if case .continueLoop = end { continue }
                            return Compiler.leaveLoop(end, fp, slot, ref)
                        }
                        continue
                    }
                    if hasFilterPrefix, let end = Compiler.loopStep(try filterPrefix(fp)) {
                        if case .continueLoop = end { continue }
                        return Compiler.leaveLoop(end, fp, slot, ref)
                    }
                }
                vm.currentLine = yieldLine
                return .yielded(try value(fp))
            }
            return try Compiler.finishElse(other, fp, slot)
        }
    }

    /// How a statement of a loop's body ended, for the loop: nil to go on with the body, `continueLoop`
    /// for the next iteration, or how the loop ends (`leaveLoop`).
    @inline(__always)
    static func loopStep(_ flow: Flow) -> Flow? {
        if case .normal = flow { return nil }
        return flow
    }

    /// Leaves a loop that ends with `flow` (`break`, `return`): releases its state in `slot`.
    static func leaveLoop(_ flow: Flow, _ fp: UnsafeMutablePointer<Value>, _ slot: Int, _ vm: InterpreterRef) -> Flow {
        fp[slot] = .undefined
        vm { if $0.hasPendingFinalizers { $0.runFinalizers() } }
        if case .breakLoop = flow { return .normal }
        return flow
    }

    /// The end of a loop that ran out: its `else` block, which may suspend (its state slot then holds None).
    static func finishElse(_ other: Exec?, _ fp: UnsafeMutablePointer<Value>, _ slot: Int) throws -> Flow {
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
