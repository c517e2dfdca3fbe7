/// What the body of a generator function compiles into, shared by every generator the function creates.
final class GeneratorCode {
    /// The function's name (`<genexpr>` for a generator expression).
    let name: String
    /// The dotted name from the module (`Class.method`, `outer.<locals>.inner`), as `__qualname__` shows it.
    let qualifiedName: String
    /// The file, for tracebacks.
    let fileName: String
    /// The qualified name and parameters tracebacks head its frames with (`gen(n)`, `<genexpr>(.0)`).
    var signature: String?
    /// The first line of the scope tracebacks show for its frames (`CompiledFunction.scopeStart`).
    var scopeStart: Int?
    /// Slots of the frame: the function's locals, temporaries and the progress of suspended statements.
    let frameSize: Int
    /// The resumable body (see `Compiler+Generators.swift`).
    let body: Exec
    /// Whether a generator suspended inside `try` or `with` must be closed when it is dropped, so that its
    /// `finally` and `__exit__` run.
    let needsFinalization: Bool
    /// The interpreter the code was compiled for (compiled code runs only while it is alive).
    let interpreter: InterpreterRef
    var vm: Interpreter { interpreter.unmanaged.takeUnretainedValue() }
    /// Its namespace, whose `interpreter` is cleared when the interpreter goes away.
    let globals: Namespace

    init(name: String, qualifiedName: String, fileName: String, frameSize: Int, body: @escaping Exec,
         needsFinalization: Bool, vm: Interpreter) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.fileName = fileName
        self.frameSize = frameSize
        self.body = body
        self.needsFinalization = needsFinalization
        self.interpreter = InterpreterRef(vm)
        self.globals = vm.globals
    }
}

/// One generator's execution: its frame, which lives on the heap while the generator is suspended, and
/// where it stands.
///
/// The body is compiled in resumable form: a `yield` returns `Flow.yielded` up the closures of the
/// statements around it, which keep their progress (statement index, loop iterator, handler) in frame
/// slots. Resuming runs the body again with `Interpreter.isResuming` set: each of those statements skips
/// straight to where it stopped, down to the `yield`, which clears the flag and takes the sent value (or
/// raises the thrown exception). Nothing runs on another thread or another stack.
final class GeneratorFrame {
    enum State { case created, suspended, running, finished }

    /// How a resumption ended.
    enum Outcome {
        /// The body yielded this value and is suspended.
        case yielded(Value)
        /// The body returned (or had already finished): `StopIteration(value)`.
        case returned(Value)
    }

    let code: GeneratorCode
    let slots: UnsafeMutablePointer<Value>
    /// `code.body`, kept here so a resumption reads it directly.
    private let body: Exec
    @exclusivity(unchecked) private(set) var state = State.created

    /// Creates the frame of a new generator, moving the bound arguments and cells out of the call's
    /// frame `fp` (which is left unbound).
    init(code: GeneratorCode, movingFrom fp: UnsafeMutablePointer<Value>) {
        self.code = code
        body = code.body
        slots = .allocate(capacity: code.frameSize)
        slots.moveInitialize(from: fp, count: code.frameSize)
        fp.initialize(repeating: .undefined, count: code.frameSize)
    }

    deinit {
        slots.deinitialize(count: code.frameSize)
        slots.deallocate()
    }

    var isRunning: Bool { state == .running }
    var isSuspended: Bool { state == .suspended }

    /// Runs the body until it yields, returns or raises.
    /// - Parameters:
    ///   - input: the value `yield` evaluates to (`send`), or with `throwing` the exception it raises.
    ///   - throwing: whether to raise `input` at the suspended `yield` (`throw`, `close`).
    /// - Throws: what the body raises (`StopIteration` leaving it becomes `RuntimeError`, as PEP 479
    ///   says); `ValueError` when the generator is already running.
    func resume(input: Value = .none, throwing: Bool = false) throws -> Outcome {
        try code.interpreter { try resume(input, throwing, $0) }
    }

    private func resume(_ input: Value, _ throwing: Bool, _ vm: Interpreter) throws -> Outcome {
        switch state {
        case .running:
            throw RuntimeError.valueError("generator already executing")
        case .finished:
            if throwing { throw GeneratorFrame.raising(input) }
            return .returned(.none)
        case .created:
            if throwing {
                finish()
                throw GeneratorFrame.raising(input)
            }
            if !input.isNone {
                throw RuntimeError.typeError("can't send non-None value to a just-started generator")
            }
            vm.isResuming = false
        case .suspended:
            vm.isResuming = true
            if !input.isNone { vm.resumeInput = input }
            vm.resumeThrows = throwing
        }
        guard vm.depth < vm.recursionLimit else {
            vm.isResuming = false
            _ = vm.takeResumeInput()
            throw vm.recursionError()
        }
        state = .running
        vm.depth += 1
        let savedLine = vm.currentLine
        let flow: Flow
        do {
            flow = try body(slots)
        } catch {
            vm.depth -= 1
            vm.isResuming = false
            finish()
            let failure = RuntimeError.wrapping(error)
            failure.exception.closeFrame(file: code.fileName, function: code.name, line: vm.currentLine,
                                         signature: code.signature, scopeStart: code.scopeStart)
            vm.currentLine = savedLine
            if failure.kind.isSubtype(of: BuiltinTypes.stopIteration) {
                let replacement = ExceptionObject(type: BuiltinTypes.runtimeError,
                                                  args: [.str("generator raised StopIteration")])
                replacement.context = failure.exception
                replacement.attributes["__cause__"] = .exception(failure.exception)
                throw RuntimeError(replacement)
            }
            throw failure
        }
        vm.depth -= 1
        vm.currentLine = savedLine
        switch flow {
        case .yielded(let value):
            state = .suspended
            return .yielded(value)
        case .returnValue(let value):
            finish()
            return .returned(value)
        case .normal, .breakLoop, .continueLoop:
            finish()
            return .returned(.none)
        }
    }

    /// `close()`: raises `GeneratorExit` at the suspended `yield`, so `finally` blocks run.
    /// - Throws: `RuntimeError` when the generator yields instead of finishing; what its cleanup raises.
    func close() throws {
        switch state {
        case .created:
            finish()
            return
        case .finished:
            return
        case .running:
            throw RuntimeError.valueError("generator already executing")
        case .suspended:
            break
        }
        let exit = ExceptionObject(type: BuiltinTypes.generatorExit, args: [])
        let outcome: Outcome
        do {
            outcome = try resume(input: .exception(exit), throwing: true)
        } catch let error as RuntimeError where error.kind.isSubtype(of: BuiltinTypes.generatorExit)
                    || error.kind.isSubtype(of: BuiltinTypes.stopIteration) {
            return
        }
        if case .yielded = outcome {
            throw RuntimeError(BuiltinTypes.runtimeError, "generator ignored GeneratorExit")
        }
    }

    /// Ends the generator and releases everything its frame holds.
    private func finish() {
        state = .finished
        for i in 0..<code.frameSize where !slots[i].isUndefined { slots[i] = .undefined }
    }

    /// The error that raises `value` (an exception object) inside or instead of the generator.
    static func raising(_ value: Value) -> RuntimeError {
        if case .exception(let e) = value { return RuntimeError(e) }
        return RuntimeError.typeError("exceptions must derive from BaseException")
    }
}
