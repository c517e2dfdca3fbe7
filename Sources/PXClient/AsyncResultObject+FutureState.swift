import PXRuntime

/// ipyparallel's AsyncResult is a `concurrent.futures.Future`: besides its tasks it has a Future's own state,
/// which a program may change first (`set_result`, `set_exception`, `set_running_or_notify_cancel`, `cancel`).
/// The Future's rules then decide what `done()`, `running()`, `result()`, `get()` and the repr say, as they do
/// in ipyparallel 9.2; the tasks themselves run on, and their replies no longer change the result.
extension AsyncResultObject {
    /// concurrent.futures' state, under its own names (`InvalidStateError: FINISHED: <AsyncResult(f): finished>`).
    enum FutureState: String {
        case pending = "PENDING", running = "RUNNING", cancelled = "CANCELLED"
        case cancelledAndNotified = "CANCELLED_AND_NOTIFIED", finished = "FINISHED"
    }

    /// What the program did to the Future itself, apart from its tasks.
    enum FutureMark {
        case none, running, cancelled, cancelledAndNotified
    }

    /// What the program set with `set_result` or `set_exception` before the tasks finished.
    enum Settlement {
        case result(Value)
        /// Any value: a Future stores what it is given and raises it when asked for the result.
        case exception(Value)
    }

    /// The Future's state: cancelled, or finished once settled by the program or once every task has finished,
    /// or running after `set_running_or_notify_cancel`.
    var futureState: FutureState {
        switch futureMark {
        case .cancelled: return .cancelled
        case .cancelledAndNotified: return .cancelledAndNotified
        case .none, .running:
            if settlement != nil || isReady { return .finished }
            return futureMark == .running ? .running : .pending
        }
    }

    /// Cancelled locally (`ar.cancel()`): `get()` raises `CancelledError`; the tasks themselves run on.
    var isCancelled: Bool { futureMark == .cancelled || futureMark == .cancelledAndNotified }

    /// `done()`: cancelled or finished.
    var isFutureDone: Bool { futureState != .pending && futureState != .running }

    /// The Future's own methods: `set_result`, `set_exception`, `set_running_or_notify_cancel`, `cancel`,
    /// `cancelled`, `running`, `done`; nil for any other name.
    func futureMethod(_ name: String, _ call: BoundCall, _ vm: Interpreter) throws -> Value? {
        let state = futureState
        switch name {
        case "set_result", "set_exception":
            guard state == .pending || state == .running else {
                throw RuntimeError(FuturesModule.invalidStateError, "\(state.rawValue): \(repr(vm))")
            }
            settlement = name == "set_result" ? .result(call["result"]) : .exception(call["exception"])
            runDoneCallbacks()
            return Value.none
        case "set_running_or_notify_cancel":
            switch state {
            case .cancelled:
                futureMark = .cancelledAndNotified
                return .bool(false)
            case .pending:
                futureMark = .running
                return .bool(true)
            default:
                // concurrent.futures logs this as critical before raising; with no logging set up, Python's
                // last-resort handler prints the message alone on stderr.
                let identity = try vm.globals.builtins["id"].map { try vm.call($0, .object(self)) } ?? Value.none
                vm.output.write("Future \(ValueFormatter.str(identity, vm)) in unexpected state: \(state.rawValue)\n",
                                to: .stderr)
                throw RuntimeError(BuiltinTypes.runtimeError, "Future in unexpected state")
            }
        case "cancel":
            // As ipyparallel: only the local Future is cancelled; tasks already sent run to completion.
            switch state {
            case .running, .finished: return .bool(false)
            case .cancelled, .cancelledAndNotified: return .bool(true)
            case .pending:
                futureMark = .cancelled
                runDoneCallbacks()
                return .bool(true)
            }
        case "cancelled": return .bool(isCancelled)
        case "running": return .bool(state == .running)
        case "done", "ready": return .bool(isFutureDone)
        default: return nil
        }
    }

    /// `result()` of a result the program settled: the value set, or the exception set raised (a Future raises
    /// whatever it was given when that is true, and returns None otherwise).
    func settledResult(_ settlement: Settlement, _ vm: Interpreter) throws -> Value {
        switch settlement {
        case .result(let value): return value
        case .exception(let value):
            guard value.isTruthy else { return Value.none }
            throw try Self.raising(value, vm)
        }
    }

    /// `get()` of a result the program settled or cancelled: ipyparallel's `get` raises `self.exception()`, since
    /// its own outcome was never recorded, so a value set with `set_result` makes it raise `None`
    /// (`TypeError: exceptions must derive from BaseException`).
    func settledGet(_ settlement: Settlement, _ vm: Interpreter) throws -> Never {
        if case .exception(let value) = settlement { throw try Self.raising(value, vm) }
        throw try Self.raising(Value.none, vm)
    }

    /// `exception()` of a result the program settled.
    func settledException(_ settlement: Settlement) -> Value {
        if case .exception(let value) = settlement { return value }
        return Value.none
    }

    /// The error `raise value` raises: an exception, a new instance of an exception class, or Python's
    /// `TypeError` for anything else.
    static func raising(_ value: Value, _ vm: Interpreter) throws -> RuntimeError {
        switch value {
        case .exception(let exception): return RuntimeError(exception)
        case .type(let type) where type.isExceptionType:
            if case .exception(let exception) = try vm.call(value, Arguments()) { return RuntimeError(exception) }
            return RuntimeError.typeError("calling \(type.repr) should have returned an instance of BaseException")
        default:
            return RuntimeError.typeError("exceptions must derive from BaseException")
        }
    }
}
