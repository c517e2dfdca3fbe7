import PXCodec
import PXRuntime

/// Runs task requests on an engine's interpreter: the engine's namespace lives here between tasks.
public final class EngineKernel {
    /// The interpreter holding the engine's namespace.
    public let interpreter: Interpreter
    /// Number of non-silent `execute` requests run so far (the `n` of `Out[engine:n]`).
    public private(set) var executionCount = 0
    /// Number of `execute` requests run so far, silent ones included (each gets a file name of its own).
    var executeSerial = 0
    /// This engine's number, for error messages; set once registered.
    public var engineID: Int?
    /// Plugins loaded here, named in errors about missing functions.
    public var plugins: [String] = []

    /// Creates a kernel over an interpreter.
    public init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    /// Decodes and runs one task payload, reading it where it is.
    /// - Returns: the result, and whether it is an error.
    public func run(_ payload: ArraySlice<UInt8>) -> (result: TaskResult, failed: Bool) {
        let request: TaskRequest
        do {
            request = try TaskRequest.decode(payload, interpreter: interpreter)
        } catch {
            return (.error(decodingFailure(error)), true)
        }
        do {
            let result = try perform(request)
            return (result, false)
        } catch let error as RuntimeError {
            return (.error(remoteError(error.exception)), true)
        } catch let failure as SyntaxFailure {
            return (.error(failure.info), true)
        } catch let failure as MapElementFailure {
            var info = remoteError(failure.error.exception)
            info.element = failure.index
            return (.error(info), true)
        } catch {
            return (.error(RemoteErrorInfo(name: "RuntimeError", message: "\(error)",
                                           traceback: ["RuntimeError: \(error)"])), true)
        }
    }

    func perform(_ request: TaskRequest) throws -> TaskResult {
        let namespace = interpreter.globals
        switch request {
        case .apply(let function, let arguments, let keywords):
            let args = try ReferenceObject.resolve(arguments, in: namespace)
            let values = try ReferenceObject.resolve(keywords.map(\.value), in: namespace)
            let kw = zip(keywords, values).map { (name: $0.0.name, value: $0.1) }
            // `apply(Reference('f'))` calls the engine's own `f`.
            let callee = try ReferenceObject.resolve([function], in: namespace)[0]
            return .value(try interpreter.call(callee, Arguments(args, keywords: kw)))
        case .map(let function, let items):
            var results: [Value] = []
            results.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                let args = try ReferenceObject.resolve(item, in: namespace)
                do {
                    results.append(args.count == 1 ? try interpreter.call(function, args[0])
                                                   : try interpreter.call(function, Arguments(args)))
                } catch let error as RuntimeError {
                    throw MapElementFailure(index: index, error: error)
                }
            }
            return .value(.list(ListObject(results)))
        case .execute(let code, let silent):
            // As an IPython kernel: a silent execute (`view.execute`'s default) is named after the next count
            // and does not take it; `%px` (not silent) does.
            if !silent { executionCount += 1 }
            executeSerial += 1
            let fileName = TracebackFormatter.engineCellFileName(silent ? executionCount + 1 : executionCount,
                                                                 serial: executeSerial)
            switch interpreter.run(code, fileName: fileName, mode: silent ? .module : .interactive) {
            case .success(let value):
                return .executed(count: executionCount, result: value.map { display($0) })
            case .syntaxError(let diagnostics):
                guard let d = diagnostics.first else { throw RuntimeError(BuiltinTypes.syntaxError, "invalid syntax") }
                // As IPython shows it: the cell and line, the code with a caret, `SyntaxError: message`.
                let e = RuntimeError(d).exception
                let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
                let line = d.location.line
                let text = line >= 1 && line <= lines.count ? String(lines[line - 1]) : nil
                throw SyntaxFailure(info: RemoteErrorInfo(
                    name: e.type.name, message: e.message,
                    traceback: TracebackFormatter.syntaxError(d, fileName: fileName, line: text)))
            case .exception(let e):
                throw RuntimeError(e)
            }
        case .push(let pairs):
            for (name, value) in pairs { namespace[name] = value }
            return .value(.none)
        case .pull(let names, let single):
            let values = try names.map { name -> Value in
                guard let v = namespace.lookup(name) else { throw RuntimeError.nameError(name) }
                return v
            }
            return .value(single ? values[0] : .list(ListObject(values)))
        }
    }

    func display(_ value: Value) -> String {
        if case .object(let o) = value { return o.display(interpreter) }
        return ValueFormatter.repr(value, interpreter)
    }

    /// Empties the namespace (`rc.clear()`).
    public func clearNamespace() {
        interpreter.globals.reset()
    }

    /// An engine-side exception as data, with a Python-style traceback.
    func remoteError(_ e: ExceptionObject) -> RemoteErrorInfo {
        var lines: [String] = []
        if !e.traceback.isEmpty {
            lines.append("Traceback (most recent call last):")
            for entry in e.traceback {
                lines.append("  File \"\(entry.file)\", line \(entry.line), in \(entry.function)")
                if let source = interpreter.sourceLine(file: entry.file, line: entry.line) {
                    let trimmed = String(source.drop { $0 == " " || $0 == "\t" })
                    if !trimmed.isEmpty { lines.append("    " + trimmed) }
                }
            }
        }
        lines.append(e.summary)
        let frames = e.traceback.map { entry in
            let first = max(entry.scopeStart ?? 1, entry.line - 2, 1)
            var source: [String] = []
            for n in first...max(first, entry.line + 2) {
                guard let text = interpreter.sourceLine(file: entry.file, line: n) else { break }
                source.append(text)
            }
            return RemoteFrame(entry: entry, firstLine: first, source: source)
        }
        return RemoteErrorInfo(name: e.type.name, message: e.message, traceback: lines, frames: frames)
    }

    /// A request this engine cannot decode, most often a function it does not have.
    func decodingFailure(_ error: CodecError) -> RemoteErrorInfo {
        if let name = error.missingFunction {
            let engine = engineID.map { "engine \($0)" } ?? "this engine"
            let message = MissingFunction.message(function: name, engine: engine, plugins: plugins)
            return RemoteErrorInfo(name: MissingFunction.exceptionName, message: message,
                                   traceback: ["\(MissingFunction.exceptionName): \(message)"])
        }
        return RemoteErrorInfo(name: "ValueError", message: "\(error)", traceback: ["ValueError: \(error)"])
    }
}

/// Code sent with `execute` does not parse: the reply shows the line with a caret.
struct SyntaxFailure: Error {
    let info: RemoteErrorInfo
}

/// The call of a map task's element `index` raised `error`: the reply says which element failed.
struct MapElementFailure: Error {
    let index: Int
    let error: RuntimeError
}
