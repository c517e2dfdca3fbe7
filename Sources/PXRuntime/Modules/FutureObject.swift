import PXLang

/// A result that the interpreter can wait for without running code, because something outside the program
/// completes it (ipyparallel's AsyncResult, whose replies come from engines). `concurrent.futures.wait` and
/// `as_completed` wait on these; a plain ``FutureObject`` only the program itself completes.
public protocol AwaitableResult: NativeObject {
    /// Whether it has finished (or was cancelled).
    var isFinished: Bool { get }
    /// Waits until one of `pending` (when `all` is false) or all of them have finished, or `timeout` seconds
    /// have passed (nil: no limit). `pending` holds this object and others of its kind; it returns early, with
    /// none finished, when it cannot wait for them together.
    func waitForResults(_ pending: [any AwaitableResult], all: Bool, timeout: Double?) throws
}

/// `concurrent.futures.Future`: a result that the program sets (`set_result`, `set_exception`) or cancels, with
/// done-callbacks. ipyparallel's AsyncResult is one (its type derives from ``FutureObject/type``).
final class FutureObject: NativeObject {
    enum State { case pending, running, cancelled, finished }

    var state = State.pending
    var value: Value = .none
    var exception: ExceptionObject?
    var callbacks: [Value] = []

    static let type = TypeObject(name: "Future", module: "concurrent.futures",
                                 doc: "Represents the result of an asynchronous computation.") { args, _ in
        try args.check("Future", min: 0, max: 0)
        return .object(FutureObject())
    }
    var pythonType: TypeObject { Self.type }
    var attributeNames: [String] {
        ["add_done_callback", "cancel", "cancelled", "done", "exception", "result", "running", "set_exception",
         "set_result", "set_running_or_notify_cancel"]
    }

    func repr(_ interpreter: Interpreter?) -> String {
        let address = ValueFormatter.address(self)
        switch state {
        case .pending: return "<Future at \(address) state=pending>"
        case .running: return "<Future at \(address) state=running>"
        case .cancelled: return "<Future at \(address) state=cancelled>"
        case .finished:
            if let exception { return "<Future at \(address) state=finished raised \(exception.type.name)>" }
            return "<Future at \(address) state=finished returned \(value.typeName)>"
        }
    }

    var isDone: Bool { state == .cancelled || state == .finished }

    func callMethod(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "done", "running", "cancelled", "cancel", "set_running_or_notify_cancel":
            try args.check(name, min: 0, max: 0)
            switch name {
            case "done": return .bool(isDone)
            case "running": return .bool(state == .running)
            case "cancelled": return .bool(state == .cancelled)
            case "cancel":
                if state == .running || state == .finished { return .bool(false) }
                if state == .pending {
                    state = .cancelled
                    try runCallbacks(vm)
                }
                return .bool(true)
            default:
                if state == .cancelled { return .bool(false) }
                guard state == .pending else { throw Self.invalidState("Future in unexpected state") }
                state = .running
                return .bool(true)
            }
        case "result", "exception":
            try args.check(name, min: 0, max: 1, keywords: ["timeout"])
            try waitForDone(timeout: try FuturesModule.seconds(args.argument(0, "timeout")), vm)
            if state == .cancelled { throw RuntimeError(ExceptionObject(type: FuturesModule.cancelledError, args: [])) }
            if name == "exception" { return exception.map { .exception($0) } ?? Value.none }
            if let exception { throw RuntimeError(exception) }
            return value
        case "set_result", "set_exception":
            try args.check(name, min: 1, max: 1)
            guard !isDone else { throw Self.invalidState("\(state == .cancelled ? "CANCELLED" : "FINISHED"): \(repr(vm))") }
            if name == "set_result" {
                value = args[0]
            } else {
                guard case .exception(let e) = args[0] else {
                    throw RuntimeError.typeError("exceptions must derive from BaseException")
                }
                exception = e
            }
            state = .finished
            try runCallbacks(vm)
            return Value.none
        case "add_done_callback":
            try args.check(name, min: 1, max: 1, keywords: ["fn"])
            guard let callback = args.argument(0, "fn") else { return Value.none }
            if isDone {
                try call(callback, vm)
            } else {
                callbacks.append(callback)
            }
            return Value.none
        default:
            return nil
        }
    }

    /// Waits as a result that nothing outside the program completes can: until `timeout` passes (then
    /// `TimeoutError`), or for ever (as CPython's would, in one thread) until Ctrl-C.
    func waitForDone(timeout: Double?, _ vm: Interpreter) throws {
        guard !isDone else { return }
        if let timeout {
            try TimeModule.sleep(timeout, vm)
            throw RuntimeError(ExceptionObject(type: BuiltinTypes.timeoutError, args: []))
        }
        while true { try TimeModule.sleep(1, vm) }
    }

    func runCallbacks(_ vm: Interpreter) throws {
        let pending = callbacks
        callbacks = []
        for callback in pending { try call(callback, vm) }
    }

    /// Calls a done-callback; its error is printed, as `concurrent.futures` logs it, and does not stop the others.
    func call(_ callback: Value, _ vm: Interpreter) throws {
        do {
            _ = try vm.call(callback, .object(self))
        } catch let error as RuntimeError {
            vm.output.write("exception calling callback for \(repr(vm))\n" + error.exception.summary + "\n", to: .stderr)
        }
    }

    static func invalidState(_ message: String) -> RuntimeError {
        RuntimeError(FuturesModule.invalidStateError, message)
    }
}
