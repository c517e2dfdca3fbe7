import PXLang

// MARK: - Generator functions

/// Generator bodies compile in resumable form (see `GeneratorFrame`). After `GeneratorLowering`, a
/// statement suspends only at a `yield`/`yield from` statement or assignment; the compound statements
/// around one keep their progress in frame slots and, while `Interpreter.isResuming` is set, go straight
/// back to it instead of starting over. Statements without `yield` compile as everywhere else.
extension Compiler {
    /// Compiles a generator function's lowered body. Calling the function returns a generator whose
    /// frame takes over the call's bound arguments and cells.
    mutating func compileGeneratorFunction(_ def: FunctionDef, body: [Stmt], qualifiedName: String) -> Eval {
        let exec = resumableBlock(body)
        let code = GeneratorCode(name: def.name, qualifiedName: qualifiedName, fileName: fileName,
                                 frameSize: scope.frameSize, body: exec,
                                 needsFinalization: Compiler.suspendsInCleanup(body), vm: vm)
        code.signature = qualifiedName + TracebackEntry.parameterList(def)
        code.scopeStart = scopeStart
        return { fp in .iterator(GeneratorIterator(frame: GeneratorFrame(code: code, movingFrom: fp))) }
    }

    /// Whether a `yield` stands inside a `try` or `with` statement (a dropped generator must then be closed).
    static func suspendsInCleanup(_ statements: [Stmt]) -> Bool {
        statements.contains { stmt in
            guard stmt.containsYield else { return false }
            switch stmt.kind {
            case .try, .with: return true
            case .if(_, let body, let otherwise), .while(_, let body, let otherwise), .for(_, _, let body, let otherwise):
                return suspendsInCleanup(body) || suspendsInCleanup(otherwise)
            default: return false
            }
        }
    }

    /// Compiles statements of a generator body; the block remembers which statement is suspended.
    mutating func resumableBlock(_ statements: [Stmt]) -> Exec {
        guard Stmt.containYield(statements) else { return compileBlock(statements) }
        if statements.count == 1 { return resumable(statements[0]) }
        unowned(unsafe) let vm = self.vm
        let steps = statements.map { Step(run: resumable($0)) }
        let suspends = statements.map(\.containsYield)
        let slot = scope.allocate()
        // Two or three statements (most loop bodies): the closures are captured one by one, which calls
        // them without retaining them as an array element would be.
        if steps.count == 2 {
            let a = steps[0].run, b = steps[1].run
            let (suspendsA, suspendsB) = (suspends[0], suspends[1])
            return { fp in
                var i = 0
                if vm.isResuming, case .int(let saved) = fp[slot] { i = saved }
                if i == 0 {
                    if suspendsA { (fp + slot).store(.int(0)) }
                    let flow = try a(fp)
                    guard case .normal = flow else { return flow }
                }
                if suspendsB { (fp + slot).store(.int(1)) }
                return try b(fp)
            }
        }
        if steps.count == 3 {
            let a = steps[0].run, b = steps[1].run, c = steps[2].run
            let (suspendsA, suspendsB, suspendsC) = (suspends[0], suspends[1], suspends[2])
            return { fp in
                var i = 0
                if vm.isResuming, case .int(let saved) = fp[slot] { i = saved }
                if i == 0 {
                    if suspendsA { (fp + slot).store(.int(0)) }
                    let flow = try a(fp)
                    guard case .normal = flow else { return flow }
                }
                if i <= 1 {
                    if suspendsB { (fp + slot).store(.int(1)) }
                    let flow = try b(fp)
                    guard case .normal = flow else { return flow }
                }
                if suspendsC { (fp + slot).store(.int(2)) }
                return try c(fp)
            }
        }
        return { fp in
            var i = 0
            if vm.isResuming, case .int(let saved) = fp[slot] { i = saved }
            while i < steps.count {
                if suspends[i] { (fp + slot).store(.int(i)) }
                let flow = try steps[i].run(fp)
                guard case .normal = flow else { return flow }
                i += 1
            }
            return .normal
        }
    }

    /// Compiles one statement of a generator body.
    mutating func resumable(_ stmt: Stmt) -> Exec {
        guard stmt.containsYield else { return compile(stmt) }
        let line = stmt.location.line
        switch stmt.kind {
        case .expression(let e) where Compiler.isSuspension(e):
            return compileSuspension(e, store: nil, line: line)
        case .assign(let targets, let value) where Compiler.isSuspension(value):
            let stores = targets.map { compileTargetStore($0) }
            let store: Store = stores.count == 1 ? stores[0] : { fp, v in for s in stores { try s(fp, v) } }
            return compileSuspension(value, store: store, line: line)
        case .if(let test, let body, let otherwise):
            return resumableIf(test, body, otherwise, line: line)
        case .while(let test, let body, let otherwise):
            return resumableWhile(test, body, otherwise, line: line)
        case .for(let target, let iterable, let body, let otherwise):
            return resumableFor(target, iterable, body, otherwise, line: line)
        case .try(let body, let handlers, let otherwise, let finally):
            return resumableTry(body, handlers, otherwise, finally, line: line)
        case .with(let items, let body):
            return resumableWith(items, body, line: line)
        default:
            return compile(stmt)
        }
    }

    /// Whether the expression is `yield` or `yield from`.
    static func isSuspension(_ e: Expr) -> Bool {
        switch e.kind {
        case .yield, .yieldFrom: return true
        default: return false
        }
    }

    /// `yield value` or `yield from iterable` as a statement (`store` nil) or assigned: the point where
    /// the generator suspends and resumes.
    mutating func compileSuspension(_ e: Expr, store: Store?, line: Int) -> Exec {
        unowned(unsafe) let vm = self.vm
        switch e.kind {
        case .yield(let operand):
            let value = compile(operand ?? Expr(.constant(.none), at: e.location))
            let ref = InterpreterRef(self.vm)
            guard let store else {
                // `yield value` as a statement (the sent value is dropped).
                return { fp in
                    if try ref({ try $0.resumeAtYield(line: line) }) != nil { return .normal }
                    return .yielded(try value(fp))
                }
            }
            return { fp in
                if let input = try ref({ try $0.resumeAtYield(line: line) }) {
                    try store(fp, input)
                    return .normal
                }
                return .yielded(try value(fp))
            }
        case .yieldFrom(let operand):
            let source = compile(operand)
            let slot = scope.allocate()
            return { fp in
                vm.currentLine = line
                let outcome: GeneratorFrame.Outcome
                do {
                    if vm.isResuming, !vm.resumeThrows, case .none = vm.resumeInput,
                       let borrowed = (fp + slot).borrowedIterator {
                        // Resumed by `next()`: the sub-iterator is resumed from its slot without retaining it
                        // (only this statement rebinds the slot, and the frame is running, so nothing clears it).
                        vm.isResuming = false
                        outcome = try borrowed._withUnsafeGuaranteedRef { try Delegation.next($0) }
                    } else if vm.isResuming {
                        vm.isResuming = false
                        let input = vm.resumeInput
                        if case .none = input {} else { vm.resumeInput = .none }
                        outcome = try Delegation.resume(fp[slot], input: input, throwing: vm.resumeThrows, vm)
                    } else {
                        let target = try Delegation.target(try source(fp), vm)
                        fp[slot] = target
                        outcome = try Delegation.resume(target, input: .none, throwing: false, vm)
                    }
                } catch {
                    fp[slot] = .undefined
                    throw error
                }
                switch outcome {
                case .yielded(let value):
                    return .yielded(value)
                case .returned(let value):
                    fp[slot] = .undefined
                    try store?(fp, value)
                    return .normal
                }
            }
        default:
            return { _ in .normal }
        }
    }

    mutating func resumableIf(_ test: Expr, _ body: [Stmt], _ otherwise: [Stmt], line: Int) -> Exec {
        unowned(unsafe) let vm = self.vm
        let condition = compileCondition(test)
        let then = resumableBlock(body), other = resumableBlock(otherwise)
        let slot = scope.allocate()
        return { fp in
            var branch = 0
            if vm.isResuming, case .int(let taken) = fp[slot] {
                branch = taken
            } else {
                vm.currentLine = line
                branch = try condition(fp) ? 1 : 2
                (fp + slot).store(.int(branch))
            }
            return branch == 1 ? try then(fp) : try other(fp)
        }
    }

    mutating func resumableWhile(_ test: Expr, _ body: [Stmt], _ otherwise: [Stmt], line: Int) -> Exec {
        if let y = LoopYield(body) { return whileAroundYield(test, y, otherwise, line: line) }
        unowned(unsafe) let vm = self.vm
        let condition = compileCondition(test)
        let run = resumableBlock(body)
        let other = otherwise.isEmpty ? nil : resumableBlock(otherwise)
        let slot = scope.allocate()  // 1 in the body, 2 in the `else` block
        return { fp in
            var resumingBody = false
            if vm.isResuming, case .int(let phase) = fp[slot] {
                if phase == 2, let other { return try other(fp) }
                resumingBody = true
            }
            while true {
                if resumingBody {
                    resumingBody = false
                } else {
                    vm.currentLine = line
                    guard try condition(fp) else { break }
                    if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                    (fp + slot).store(.int(1))
                }
                let flow = try run(fp)
                switch flow {
                case .normal, .continueLoop: continue
                case .breakLoop: return .normal
                case .returnValue, .yielded: return flow
                }
            }
            guard let other else { return .normal }
            (fp + slot).store(.int(2))
            return try other(fp)
        }
    }

    mutating func resumableFor(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ otherwise: [Stmt],
                               line: Int) -> Exec {
        if let y = LoopYield(body) { return forAroundYield(target, iterable, y, otherwise, line: line) }
        unowned(unsafe) let vm = self.vm
        let iter = compile(iterable)
        var localSlot = -1
        if case .name(let name) = target.kind, case .local(let slot) = scope.resolve(name) { localSlot = slot }
        let store = compileTargetStore(target)
        let run = resumableBlock(body)
        let other = otherwise.isEmpty ? nil : resumableBlock(otherwise)
        let slot = scope.allocate()  // the iterator while in the body, None in the `else` block
        return { fp in
            let iterator: IteratorObject
            var resumingBody = false
            if vm.isResuming {
                guard case .iterator(let saved) = fp[slot] else { return try other?(fp) ?? .normal }
                iterator = saved
                resumingBody = true
            } else {
                vm.currentLine = line
                iterator = try Operations.makeIterator(try iter(fp), vm)
                fp[slot] = .iterator(iterator)
            }
            while true {
                if resumingBody {
                    resumingBody = false
                } else {
                    guard let element = try iterator.next() else { break }
                    if localSlot >= 0 { (fp + localSlot).store(element) } else { try store(fp, element) }
                    if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                }
                let flow = try run(fp)
                switch flow {
                case .normal, .continueLoop: continue
                case .breakLoop, .returnValue:
                    fp[slot] = .undefined
                    if vm.hasPendingFinalizers { vm.runFinalizers() }
                    if case .breakLoop = flow { return .normal }
                    return flow
                case .yielded:
                    return flow
                }
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

extension Interpreter {
    /// At a `yield` (whose line it records): nil when the generator gets there running, so it suspends;
    /// when it is resumed there, the value sent to it (raising the exception thrown into it instead).
    @inline(__always)
    func resumeAtYield(line: Int) throws -> Value? {
        currentLine = line
        guard isResuming else { return nil }
        isResuming = false
        if case .none = resumeInput { return Value.none }
        let input = takeResumeInput()
        if resumeThrows { throw GeneratorFrame.raising(input) }
        return input
    }

    /// The value sent to the generator being resumed, leaving none behind.
    @inline(__always)
    func takeResumeInput() -> Value {
        if case .none = resumeInput { return .none }
        var input = Value.none
        swap(&input, &resumeInput)
        return input
    }
}
