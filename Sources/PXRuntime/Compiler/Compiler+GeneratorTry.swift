import PXLang

// MARK: - `try` and `with` in generator bodies

extension Compiler {
    /// The phases of a resumable `try`, kept in its phase slot: the body (0), handler k (k + 1), the
    /// `else` block (-1) or the `finally` block (-2).
    private enum TryPhase {
        static let body = 0, otherwise = -1, finally = -2
    }

    /// A `try` statement containing `yield`. A generator suspended in an `except` handler leaves the
    /// exception it handles in a slot (and off `Interpreter.handling` while suspended); one suspended in
    /// `finally` keeps the outcome that `finally` will complete (an exception, a `return` value, a `break`)
    /// in two slots.
    mutating func resumableTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ otherwise: [Stmt],
                               _ finally: [Stmt], line: Int) -> Exec {
        unowned(unsafe) let vm = self.vm
        let run = resumableBlock(body)
        let compiled = handlers.map { h in
            ResumableHandler(type: h.type.map { EvalBox(run: compile($0)) }, store: h.name.map { compileNameWrite($0) },
                             run: resumableBlock(h.body), unbind: h.name.map { Step(run: compileNameDelete($0)) })
        }
        let other = otherwise.isEmpty ? nil : resumableBlock(otherwise)
        let cleanup = finally.isEmpty ? nil : resumableBlock(finally)
        let phaseSlot = scope.allocate(), exceptionSlot = scope.allocate()
        let file = fileName, function = currentFunction?.name ?? "<module>", start = scopeStart

        /// Runs handler `k` (fresh or resuming) for the exception in `exceptionSlot`.
        let handle: (UnsafeMutablePointer<Value>, Int) throws -> Flow = { fp, k in
            (fp + phaseSlot).store(.int(k + 1))
            guard case .exception(let exception) = fp[exceptionSlot] else { return .normal }
            let handler = compiled[k]
            vm.handling.append(exception)
            let flow: Flow
            do {
                flow = try handler.run(fp)
            } catch {
                vm.handling.removeLast()
                fp[exceptionSlot] = .undefined
                _ = try? handler.unbind?.run(fp)
                throw error
            }
            vm.handling.removeLast()
            if case .yielded = flow { return flow }
            fp[exceptionSlot] = .undefined
            // Python deletes the `as` name when the handler ends.
            _ = try? handler.unbind?.run(fp)
            return flow
        }
        /// Runs the body, a handler and the `else` block from `phase` (nil: from the start).
        let guarded: (UnsafeMutablePointer<Value>, Int?) throws -> Flow = { fp, phase in
            if let phase, phase != TryPhase.body {
                if phase == TryPhase.otherwise { return try other?(fp) ?? .normal }
                return try handle(fp, phase - 1)
            }
            if phase == nil { (fp + phaseSlot).store(.int(TryPhase.body)) }
            let flow: Flow
            do {
                flow = try run(fp)
            } catch {
                let error = RuntimeError.wrapping(error)
                let exception = error.exception
                for (k, handler) in compiled.enumerated() {
                    if let type = handler.type {
                        guard try Operations.exceptionMatches(exception, try type.run(fp)) else { continue }
                    }
                    exception.caught(at: TracebackEntry(file: file, line: vm.currentLine, function: function,
                                                         scopeStart: start, span: exception.pendingSpan))
                    handler.store?(fp, .exception(exception))
                    fp[exceptionSlot] = .exception(exception)
                    return try handle(fp, k)
                }
                throw error
            }
            guard case .normal = flow, let other else { return flow }
            (fp + phaseSlot).store(.int(TryPhase.otherwise))
            return try other(fp)
        }
        guard let cleanup else {
            return { fp in
                var phase: Int?
                if vm.isResuming, case .int(let saved) = fp[phaseSlot] { phase = saved } else { vm.currentLine = line }
                return try guarded(fp, phase)
            }
        }
        let pendingSlot = scope.allocate(), pendingKindSlot = scope.allocate()
        /// Runs the `finally` block, then completes the pending outcome unless the block ends otherwise.
        let complete: Exec = { fp in
            let flow = try cleanup(fp)
            if case .yielded = flow { return flow }
            let pending = PendingOutcome.take(fp + pendingKindSlot, fp + pendingSlot)
            guard case .normal = flow else { return flow }
            return try pending.resume()
        }
        return { fp in
            var phase: Int?
            if vm.isResuming, case .int(let saved) = fp[phaseSlot] {
                if saved == TryPhase.finally { return try complete(fp) }
                phase = saved
            } else {
                vm.currentLine = line
            }
            let pending: PendingOutcome
            do {
                let flow = try guarded(fp, phase)
                if case .yielded = flow { return flow }
                pending = .flow(flow)
            } catch {
                pending = .error(RuntimeError.wrapping(error))
            }
            pending.save(fp + pendingKindSlot, fp + pendingSlot)
            (fp + phaseSlot).store(.int(TryPhase.finally))
            return try complete(fp)
        }
    }

    /// A `with` statement containing `yield`: the context manager waits in a slot while the body is
    /// suspended.
    mutating func resumableWith(_ items: [WithItem], _ body: [Stmt], line: Int) -> Exec {
        unowned(unsafe) let vm = self.vm
        var inner = resumableBlock(body)
        for item in items.reversed() {
            let context = compile(item.context)
            let store = item.target.map { compileTargetStore($0) }
            let next = inner
            let slot = scope.allocate()
            inner = { fp in
                let manager: Value
                if vm.isResuming, !fp[slot].isUndefined {
                    manager = fp[slot]
                } else {
                    vm.currentLine = line
                    manager = try context(fp)
                    let entered = try Operations.enterContext(manager, vm)
                    fp[slot] = manager
                    try store?(fp, entered)
                }
                let flow: Flow
                do {
                    flow = try next(fp)
                } catch {
                    fp[slot] = .undefined
                    if try Operations.exitContext(manager, raised: RuntimeError.wrapping(error), vm) { return .normal }
                    throw error
                }
                if case .yielded = flow { return flow }
                fp[slot] = .undefined
                _ = try Operations.exitContext(manager, raised: nil, vm)
                return flow
            }
        }
        return inner
    }
}

/// One `except` clause of a resumable `try`.
private struct ResumableHandler {
    let type: EvalBox?
    let store: ((UnsafeMutablePointer<Value>, Value) -> Void)?
    let run: Exec
    let unbind: Step?
}

/// How the part of a `try` before its `finally` block ended, kept in two frame slots while the `finally`
/// block runs (it may suspend).
private enum PendingOutcome {
    case flow(Flow)
    case error(RuntimeError)

    func save(_ kind: UnsafeMutablePointer<Value>, _ payload: UnsafeMutablePointer<Value>) {
        switch self {
        case .flow(.normal): kind.pointee = .int(0)
        case .flow(.breakLoop): kind.pointee = .int(1)
        case .flow(.continueLoop): kind.pointee = .int(2)
        case .flow(.returnValue(let v)), .flow(.yielded(let v)):
            kind.pointee = .int(3)
            payload.pointee = v
        case .error(let e):
            kind.pointee = .int(4)
            payload.pointee = .exception(e.exception)
        }
    }

    static func take(_ kind: UnsafeMutablePointer<Value>, _ payload: UnsafeMutablePointer<Value>) -> PendingOutcome {
        defer {
            kind.pointee = .undefined
            payload.pointee = .undefined
        }
        switch (kind.pointee, payload.pointee) {
        case (.int(1), _): return .flow(.breakLoop)
        case (.int(2), _): return .flow(.continueLoop)
        case (.int(3), let v): return .flow(.returnValue(v))
        case (.int(4), .exception(let e)): return .error(RuntimeError(e))
        default: return .flow(.normal)
        }
    }

    func resume() throws -> Flow {
        switch self {
        case .flow(let flow): return flow
        case .error(let error): throw error
        }
    }
}
