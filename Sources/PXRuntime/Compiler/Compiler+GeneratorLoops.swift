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

/// A loop around one `yield` (`LoopYield`), compiled: it runs the statements around the `yield` itself.
/// (A class, so its many parts are read through one reference rather than passed to a closure.)
final class LoopAroundYield {
    /// `for target in iterable`: the iterable, the store of an element (or the target's slot when it is a
    /// local).
    let iterable: Eval, store: Store, localSlot: Int
    /// `while test`.
    let test: Condition
    let line: Int
    let prefix: Exec, suffix: Exec, filterPrefix: Exec, filterSuffix: Exec
    let hasPrefix: Bool, hasSuffix: Bool, hasFilterPrefix: Bool, hasFilterSuffix: Bool
    /// The `if` around the `yield` (always true when there is none).
    let filter: Condition
    let hasFilter: Bool
    let filterLine: Int
    let value: Eval
    /// Stores the value sent to the `yield` (does nothing for a `yield` statement).
    let sent: Store
    /// Whether the `yield` is assigned (`x = yield v`), so `sent` has anything to do.
    let hasSent: Bool
    let yieldLine: Int
    /// The `else` block.
    let otherwise: Exec
    let hasElse: Bool
    /// The loop's state: its iterator (a `for` loop) or 1 (a `while` loop) while in the loop, None in the
    /// `else` block.
    let slot: Int
    let vm: InterpreterRef

    init(header: (iterable: Eval, store: Store, localSlot: Int, test: Condition), line: Int, parts: (prefix: Exec, suffix: Exec, filterPrefix: Exec, filterSuffix: Exec),
         _ y: LoopYield, filter: @escaping Condition, value: @escaping Eval, sent: @escaping Store,
         otherwise: @escaping Exec, hasElse: Bool, slot: Int, vm: Interpreter) {
        (iterable, store, localSlot, test) = header
        self.line = line
        (prefix, suffix, filterPrefix, filterSuffix) = parts
        hasPrefix = !y.prefix.isEmpty
        hasSuffix = !y.suffix.isEmpty
        hasFilterPrefix = !(y.filter?.prefix.isEmpty ?? true)
        hasFilterSuffix = !(y.filter?.suffix.isEmpty ?? true)
        self.filter = filter
        hasFilter = y.filter != nil
        filterLine = y.filter?.line ?? y.line
        self.value = value
        self.sent = sent
        hasSent = !y.targets.isEmpty
        yieldLine = y.line
        self.otherwise = otherwise
        self.hasElse = hasElse
        self.slot = slot
        self.vm = InterpreterRef(vm)
    }

    /// Runs a `for` loop.
    func runFor(_ fp: UnsafeMutablePointer<Value>) throws -> Flow {
        try vm { try runFor(fp, $0) }
    }

    /// Runs a `while` loop.
    func runWhile(_ fp: UnsafeMutablePointer<Value>) throws -> Flow {
        try vm { try runWhile(fp, test, $0) }
    }

    private func runFor(_ fp: UnsafeMutablePointer<Value>, _ vm: Interpreter) throws -> Flow {
        if vm.isResuming {
            // The iterator is used from its slot without retaining it: only this loop rebinds the slot, and
            // it uses the iterator no more once it has.
            guard let saved = (fp + slot).borrowedIterator else { return try finishElse(fp) }
            return try saved._withUnsafeGuaranteedRef { iterator in
                if let end = try resumeIteration(fp, vm), !end.isContinue { return end }
                return try loop(iterator, fp, vm)
            }
        }
        vm.currentLine = line
        let iterator = try Operations.makeIterator(try iterable(fp), vm)
        fp[slot] = .iterator(iterator)
        return try loop(iterator, fp, vm)
    }

    /// The iterations of a `for` loop, from the next element on.
    @inline(__always)
    private func loop(_ iterator: IteratorObject, _ fp: UnsafeMutablePointer<Value>, _ vm: Interpreter) throws -> Flow {
        while let element = try iterator.next() {
            if localSlot >= 0 { (fp + localSlot).store(element) } else { try store(fp, element) }
            if vm.interrupt.isRaised { try vm.raiseInterrupt() }
            if let end = try iteration(fp, vm), !end.isContinue { return end }
        }
        return try finishElse(fp)
    }

    private func runWhile(_ fp: UnsafeMutablePointer<Value>, _ test: Condition, _ vm: Interpreter) throws -> Flow {
        if vm.isResuming {
            guard case .int = fp[slot] else { return try finishElse(fp) }
            if let end = try resumeIteration(fp, vm), !end.isContinue { return end }
        } else {
            (fp + slot).store(.int(1))
        }
        while true {
            vm.currentLine = line
            guard try test(fp) else { break }
            if vm.interrupt.isRaised { try vm.raiseInterrupt() }
            if let end = try iteration(fp, vm), !end.isContinue { return end }
        }
        return try finishElse(fp)
    }

    /// Resumes at the `yield` and finishes that iteration: nil (or `continueLoop`) to go on with the next
    /// one, or how the loop ends.
    @inline(__always)
    private func resumeIteration(_ fp: UnsafeMutablePointer<Value>, _ vm: Interpreter) throws -> Flow? {
        let input = try vm.resumeAtYield(line: yieldLine)
        if hasSent, let input { try sent(fp, input) }
        if hasFilterSuffix, let end = try step(filterSuffix, fp, vm) { return end }
        if hasSuffix, let end = try step(suffix, fp, vm) { return end }
        return nil
    }

    /// One iteration up to the `yield`: the value yielded, nil (or `continueLoop`) to go on with the next
    /// iteration, or how the loop ends.
    @inline(__always)
    private func iteration(_ fp: UnsafeMutablePointer<Value>, _ vm: Interpreter) throws -> Flow? {
        if hasPrefix, let end = try step(prefix, fp, vm) { return end }
        if hasFilter {
            vm.currentLine = filterLine
            guard try filter(fp) else {
                if hasSuffix, let end = try step(suffix, fp, vm) { return end }
                return nil
            }
            if hasFilterPrefix, let end = try step(filterPrefix, fp, vm) { return end }
        }
        vm.currentLine = yieldLine
        return .yielded(try value(fp))
    }

    /// Runs statements of the body: nil to go on, `continueLoop` for the next iteration, or how the loop
    /// ends.
    @inline(__always)
    private func step(_ statements: Exec, _ fp: UnsafeMutablePointer<Value>, _ vm: Interpreter) throws -> Flow? {
        let flow = try statements(fp)
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

    /// The end of a loop that ran out: its `else` block, which may suspend (the state slot then holds None).
    private func finishElse(_ fp: UnsafeMutablePointer<Value>) throws -> Flow {
        guard hasElse else {
            fp[slot] = .undefined
            return .normal
        }
        fp[slot] = .none
        let flow = try otherwise(fp)
        if case .yielded = flow { return flow }
        fp[slot] = .undefined
        return flow
    }
}

extension Compiler {
    /// A `for` or `while` loop around one `yield` (`LoopYield`).
    mutating func loopAroundYield(_ header: (iterable: Eval, store: Store, localSlot: Int, test: Condition),
                                  isFor: Bool, _ y: LoopYield, _ otherwise: [Stmt], line: Int,
                                  at location: SourceLocation) -> Exec {
        let stores = y.targets.map { compileTargetStore($0) }
        var sent: Store = { _, _ in }
        if stores.count == 1 { sent = stores[0] } else if stores.count > 1 { sent = { fp, v in for s in stores { try s(fp, v) } } }
        var filter: Condition = { _ in true }
        if let test = y.filter?.test { filter = compileCondition(test) }
        let parts = (compileBlock(y.prefix), compileBlock(y.suffix), compileBlock(y.filter?.prefix ?? []),
                     compileBlock(y.filter?.suffix ?? []))
        let value = compile(y.value ?? Expr(.constant(.none), at: location))
        let other = resumableBlock(otherwise)
        let loop = LoopAroundYield(header: header, line: line, parts: parts, y, filter: filter, value: value, sent: sent,
                                   otherwise: other, hasElse: !otherwise.isEmpty, slot: scope.allocate(), vm: vm)
        if isFor { return { fp in try loop.runFor(fp) } }
        return { fp in try loop.runWhile(fp) }
    }

    /// A `for` loop around one `yield`.
    mutating func forAroundYield(_ target: Expr, _ iterable: Expr, _ y: LoopYield, _ otherwise: [Stmt],
                                 line: Int) -> Exec {
        let iter = compile(iterable)
        var localSlot = -1
        if case .name(let name) = target.kind, case .local(let slot) = scope.resolve(name) { localSlot = slot }
        let header = (iterable: iter, store: compileTargetStore(target), localSlot: localSlot,
                      test: { (_: UnsafeMutablePointer<Value>) in true })
        return loopAroundYield(header, isFor: true, y, otherwise, line: line, at: target.location)
    }

    /// A `while` loop around one `yield`.
    mutating func whileAroundYield(_ test: Expr, _ y: LoopYield, _ otherwise: [Stmt], line: Int) -> Exec {
        let header = (iterable: { (_: UnsafeMutablePointer<Value>) in Value.none }, store: { (_: UnsafeMutablePointer<Value>, _: Value) in },
                      localSlot: -1, test: compileCondition(test))
        return loopAroundYield(header, isFor: false, y, otherwise, line: line, at: test.location)
    }
}

extension Flow {
    /// Whether the flow is `continueLoop`.
    var isContinue: Bool {
        if case .continueLoop = self { return true }
        return false
    }
}
