import PXLang

/// Runs programs of the language.
///
/// One interpreter owns a namespace of globals, an output sink and a stack of frames. It is used from one
/// thread at a time — the thread should have a large stack (`InterpreterThread`), because calls in the
/// language recurse on the native stack; the recursion limit turns runaway recursion into `RecursionError`.
public final class Interpreter {
    /// The global variables.
    public let globals: Namespace
    /// The functions and modules this interpreter can import and call.
    public let registry: Registry
    /// Where `print` writes.
    public var output: any OutputSink
    /// Set from another thread to stop the running program at its next loop iteration or call.
    public let interrupt: InterruptFlag
    /// The deepest call nesting allowed before `RecursionError`. Default: 1000, as in CPython.
    @exclusivity(unchecked) public var recursionLimit = 1000
    /// Whether an exception leaving a function keeps the values of the function's variables, for the shell's
    /// Verbose tracebacks (``frameDescription(_:index:)``).
    public var capturesFrameValues = false
    /// Whether code compiled from now on records where an exception was raised (the span of the operation,
    /// call, subscript, attribute access or name), for the `^`/`~` markers of Python's tracebacks. Scripts run
    /// as `python3 FILE` turn it on; it costs a closure per such expression, so the prompt and engines leave it off.
    public var marksErrorLocations = false
    /// The most digits an int ↔ decimal text conversion may have (`sys.set_int_max_str_digits`); 0 means no
    /// limit. Default: 4300, as in CPython.
    public var intMaxStrDigits = IntegerText.defaultMaximumDigits
    /// Called after each `import x` (names empty) and `from x import a, b` statement has run, with the module
    /// name and the imported names; an error it throws is the statement's. ipyparallel's
    /// `view.sync_imports()` uses it to repeat the imports on engines.
    public var importObserver: ((_ module: String, _ names: [String]) throws -> Void)?
    /// The values of ``InterpreterSlot``s (see ``slot(_:)``); not visible to programs.
    var slots: [ObjectIdentifier: AnyObject] = [:]

    // Frame stack: slots of active calls, from `stackBase` up to `top`.
    let stackBase: UnsafeMutablePointer<Value>
    let stackEnd: UnsafeMutablePointer<Value>
    @exclusivity(unchecked) var top: UnsafeMutablePointer<Value>
    /// Slots below this address hold initialized values (`.undefined` when free), so frames are reused
    /// without initializing or destroying memory on every call.
    @exclusivity(unchecked) var initializedEnd: UnsafeMutablePointer<Value>
    @exclusivity(unchecked) var depth = 0
    /// Calls of functions read from a global slot whose arguments are being evaluated (see
    /// `Namespace.retire`).
    @exclusivity(unchecked) var pendingCallees = 0
    /// Whether no function read from a global slot can be running or about to run, so a function replaced
    /// in a slot may be released.
    var mayReleaseFunctions: Bool { depth == 0 && pendingCallees == 0 }
    /// The line of the statement running in the innermost frame (for tracebacks).
    @exclusivity(unchecked) var currentLine = 0
    /// Exceptions being handled (for bare `raise`).
    var handling: [ExceptionObject] = []
    /// Imported modules by name (`sys.modules`).
    let modules = DictObject()
    /// The global namespaces of modules run from source here (and of `exec` with its own dictionaries, while
    /// they live); they point back to this interpreter until it ends.
    var moduleNamespaces: [WeakNamespace] = []
    /// Source lines of compiled units, for tracebacks.
    var sources: [String: [Substring]] = [:]
    /// Compiled code of functions received from elsewhere, by their encoding.
    var detachedCache: [[UInt8]: CompiledFunction] = [:]
    /// Classes created or received here, by identity (see `ClassIdentity`).
    var knownClasses: [ClassIdentity: TypeObject] = [:]
    /// The classes made here that name a built-in type as a direct base, by that type, held weakly, in creation
    /// order (built-in types are shared by every interpreter, so they cannot hold the list; see `subclasses(of:)`).
    var builtinTypeSubclasses: [ObjectIdentifier: [WeakType]] = [:]

    // Resuming generators (see `GeneratorFrame`).
    /// Set while a generator's body is re-entered down to the `yield` it is suspended at.
    @exclusivity(unchecked) var isResuming = false
    /// The value sent to the resumed generator, or the exception thrown into it.
    @exclusivity(unchecked) var resumeInput = Value.none
    /// Whether `resumeInput` is to be raised at the `yield`.
    @exclusivity(unchecked) var resumeThrows = false
    /// Suspended generators dropped inside `try` or `with`, to be closed at the next safe point.
    var pendingFinalizers: [GeneratorFrame] = []
    @exclusivity(unchecked) var hasPendingFinalizers = false

    static let stackCapacity = 1 << 20

    /// Creates an interpreter.
    /// - Parameters:
    ///   - registry: functions and modules available to programs. Default: the standard library.
    ///   - output: where `print` writes. Default: an in-memory buffer.
    public init(registry: Registry = Registry(), output: any OutputSink = BufferedOutput()) {
        self.registry = registry
        self.output = output
        self.interrupt = InterruptFlag()
        self.globals = Namespace(builtins: registry.builtins)
        stackBase = UnsafeMutablePointer<Value>.allocate(capacity: Interpreter.stackCapacity)
        stackEnd = stackBase + Interpreter.stackCapacity
        top = stackBase
        initializedEnd = stackBase
        globals.interpreter = self
        globals["__name__"] = .str("__main__")
    }

    deinit {
        globals.interpreter = nil
        for entry in moduleNamespaces { entry.namespace?.interpreter = nil }
        stackBase.deinitialize(count: initializedEnd - stackBase)
        stackBase.deallocate()
    }

    // MARK: - Running source

    /// How `run` treats the value of a final bare expression statement.
    public enum Mode: Sendable {
        /// A module: nothing is returned.
        case module
        /// A shell input: the value of a final expression statement is returned for display.
        case interactive
    }

    /// The outcome of running source text.
    public enum Outcome {
        /// It ran; `value` is the final expression's value in interactive mode (nil if none or `None`).
        case success(value: Value?)
        /// It did not parse.
        case syntaxError([Diagnostic])
        /// It raised.
        case exception(ExceptionObject)
    }

    /// Parses, compiles and runs `source` in the global namespace.
    /// - Parameters:
    ///   - source: the program text.
    ///   - fileName: the name shown in tracebacks. Default `<stdin>`.
    ///   - firstLine: the line number of the first line (so errors name lines of a longer stream). Default 1.
    ///   - mode: module or interactive.
    ///   - shownAs: the text tracebacks show for these lines, when it is not `source` (the shell's cell as IPython
    ///     rewrites it, where the code that runs passes a function's `locals()` too). Default: `source`.
    public func run(_ source: String, fileName: String = "<stdin>", firstLine: Int = 1,
                    mode: Mode = .module, shownAs: String? = nil) -> Outcome {
        let parsed = Parser.parse(source, firstLine: firstLine)
        guard parsed.isSuccess else { return .syntaxError(parsed.diagnostics) }
        rememberSource(shownAs ?? source, fileName: fileName, firstLine: firstLine)
        do {
            let value = try execute(parsed.program, fileName: fileName, mode: mode)
            return .success(value: value)
        } catch let error as RuntimeError {
            return .exception(error.exception)
        } catch {
            return .exception(RuntimeError(BuiltinTypes.runtimeError, "\(error)").exception)
        }
    }

    /// Runs already-parsed statements.
    /// - Parameters:
    ///   - globals: the namespace of the code's global names. Default: `__main__` (`globals`).
    /// - Returns: in interactive mode, the value of a final expression statement unless it is `None`.
    /// - Throws: `RuntimeError` with a traceback ending in `<module>`.
    public func execute(_ program: [Stmt], fileName: String, mode: Mode, globals: Namespace? = nil) throws -> Value? {
        let namespace = globals ?? self.globals
        var compiler = Compiler(interpreter: self, fileName: fileName, globals: namespace)
        let module = compiler.compileModule(program, captureLast: mode == .interactive)
        lastValue = nil
        let fp = top
        guard fp + module.frameSize < stackEnd else { throw recursionError() }
        reserve(fp + module.frameSize)
        top = fp + module.frameSize
        defer {
            for i in 0..<module.frameSize { fp[i] = .undefined }
            top = fp
            if mayReleaseFunctions, !namespace.retired.isEmpty { namespace.retired.removeAll() }
            if hasPendingFinalizers { runFinalizers() }
        }
        let savedLine = currentLine
        defer { currentLine = savedLine }
        do {
            _ = try module.body(fp)
        } catch let error as RuntimeError {
            error.exception.closeFrame(file: fileName, function: "<module>", line: currentLine)
            throw error
        }
        defer { lastValue = nil }
        if let value = lastValue, case .none = value { return nil }
        return lastValue
    }

    /// The value of the last expression statement of an interactive input.
    @exclusivity(unchecked) var lastValue: Value?

    func rememberSource(_ source: String, fileName: String, firstLine: Int) {
        var lines = sources[fileName] ?? []
        let newLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let start = firstLine - 1
        if lines.count < start { lines += Array(repeating: "", count: start - lines.count) }
        for (i, line) in newLines.enumerated() {
            if start + i < lines.count { lines[start + i] = line } else { lines.append(line) }
        }
        sources[fileName] = lines
    }

    /// The source text of `line` in `file`, when known.
    public func sourceLine(file: String, line: Int) -> String? {
        guard let lines = sources[file], line >= 1, line <= lines.count else { return nil }
        return String(lines[line - 1])
    }

    /// Makes sure the slots up to `end` are initialized.
    @inline(__always)
    func reserve(_ end: UnsafeMutablePointer<Value>) {
        if end > initializedEnd {
            initializedEnd.initialize(repeating: .undefined, count: end - initializedEnd)
            initializedEnd = end
        }
    }

    // MARK: - Errors raised by the machinery

    func recursionError() -> RuntimeError {
        RuntimeError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
    }

    /// Raises `KeyboardInterrupt` (or `TaskTimeout` for a run-time limit) when a stop was requested.
    @inline(__always)
    func checkInterrupt() throws {
        if interrupt.isRaised { try raiseInterrupt() }
    }

    func raiseInterrupt() throws {
        let reason = interrupt.reason
        interrupt.clear()
        switch reason {
        case .timeLimit:
            throw RuntimeError(BuiltinTypes.taskTimeout, "the task ran past its time limit and was stopped")
        case .keyboardInterrupt:
            throw RuntimeError(ExceptionObject(type: BuiltinTypes.keyboardInterrupt, args: []))
        case .none:
            return
        }
    }
}

extension ExceptionObject {
    /// Adds a traceback entry for the frame the exception is leaving (frames are added innermost first, and
    /// the traceback reads outermost first).
    func closeFrame(file: String, function: String, line: Int, code: CompiledFunction) {
        closeFrame(file: file, function: function, line: line,
                   signature: code.qualifiedName + TracebackEntry.parameterList(code.definition), scopeStart: code.scopeStart)
    }

    /// Adds a traceback entry for a frame headed `signature` (`f(x)`; nil for module code) whose lines come from
    /// the scope starting on line `scopeStart`; none when a bare `raise` of this frame raised it (its entry is there).
    func closeFrame(file: String, function: String, line: Int, signature: String? = nil, scopeStart: Int? = nil) {
        if reraised {
            reraised = false
        } else {
            traceback.insert(TracebackEntry(file: file, line: line, function: function, signature: signature,
                                            scopeStart: scopeStart, span: pendingSpan), at: 0)
        }
        pendingSpan = nil
        handlerEntry = nil
    }
}
