/// The `concurrent.futures` module as ipyparallel programs use it: `Future` (the base of ipyparallel's
/// AsyncResult), `wait` and `as_completed` over futures and AsyncResults, the `return_when` constants and the
/// errors. Executors other than ipyparallel's (`rc.executor()`) are not here: swiftpx runs no threads or
/// processes of its own for them.
public enum FuturesModule {
    /// `concurrent.futures.Future`, the base of ipyparallel's AsyncResult.
    public static var futureType: TypeObject { FutureObject.type }
    /// `concurrent.futures.Error`.
    public static let errorType = TypeObject(name: "Error", base: BuiltinTypes.exceptionType,
                                             module: "concurrent.futures._base")
    /// `concurrent.futures.CancelledError`, raised by `result()` of a cancelled future.
    public static let cancelledError = TypeObject(name: "CancelledError", base: errorType,
                                                  module: "concurrent.futures._base")
    /// `concurrent.futures.InvalidStateError`, raised by setting the result of a finished future.
    public static let invalidStateError = TypeObject(name: "InvalidStateError", base: errorType,
                                                     module: "concurrent.futures._base")

    static func install(into r: Registry) {
        r.declareModule("concurrent", doc: "")
        r.declareModule("concurrent.futures", doc: "Execute computations asynchronously using threads or processes.")
        r.register("concurrent.futures.Future", value: .type(FutureObject.type))
        r.register("concurrent.futures.Error", value: .type(errorType))
        r.register("concurrent.futures.CancelledError", value: .type(cancelledError))
        r.register("concurrent.futures.InvalidStateError", value: .type(invalidStateError))
        r.register("concurrent.futures.TimeoutError", value: .type(BuiltinTypes.timeoutError))
        r.register("concurrent.futures._wait", doc: "Waits until one (or all) of the pending futures is done.") { args, vm in
            try args.check("_wait", min: 3, max: 3)
            try wait(try vm.collect(args[0]), timeout: try seconds(args[1]), all: args[2].isTruthy, vm)
            return .none
        }
        r.registerSource("concurrent.futures", source)
    }

    /// A timeout argument: None, or a number of seconds.
    static func seconds(_ v: Value?) throws -> Double? {
        switch v {
        case nil, .none?: return nil
        case .int(let n)?: return Double(n)
        case .float(let d)?: return d
        case .bool(let b)?: return b ? 1 : 0
        case let other?: throw RuntimeError.typeError("'\(other.typeName)' object cannot be interpreted as a number of seconds")
        }
    }

    /// Waits for the futures that something outside the program completes (AsyncResults) among `pending`; when
    /// there are none, only the timeout can end the wait (the program's own futures do not change meanwhile),
    /// and without one it lasts until Ctrl-C, as CPython's would.
    static func wait(_ pending: [Value], timeout: Double?, all: Bool, _ vm: Interpreter) throws {
        let awaitable = pending.compactMap { value -> (any AwaitableResult)? in
            if case .object(let object as any AwaitableResult) = value, !object.isFinished { return object }
            return nil
        }
        if let first = awaitable.first {
            try first.waitForResults(awaitable, all: all, timeout: timeout)
        } else if let timeout {
            try TimeModule.sleep(max(0, timeout), vm)
        } else {
            while true { try TimeModule.sleep(1, vm) }
        }
    }

    /// `wait` and `as_completed`, as CPython 3.11 writes them, over `_wait`.
    static let source = """
    import time as _time
    from collections import namedtuple as _namedtuple

    FIRST_COMPLETED = 'FIRST_COMPLETED'
    FIRST_EXCEPTION = 'FIRST_EXCEPTION'
    ALL_COMPLETED = 'ALL_COMPLETED'
    DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


    def _deadline(timeout):
        return None if timeout is None else _time.monotonic() + timeout


    def _remaining(deadline):
        return None if deadline is None else deadline - _time.monotonic()


    def wait(fs, timeout=None, return_when=ALL_COMPLETED):
        \"\"\"Wait for the futures in the given sequence to complete.\"\"\"
        fs = set(fs)
        deadline = _deadline(timeout)
        while True:
            done = set(f for f in fs if f.done())
            not_done = fs - done
            if return_when == FIRST_COMPLETED and done:
                break
            if return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in done):
                break
            if not not_done:
                break
            remaining = _remaining(deadline)
            if remaining is not None and remaining <= 0:
                break
            _wait(list(not_done), remaining, return_when == ALL_COMPLETED)
        return DoneAndNotDoneFutures(done, not_done)


    def as_completed(fs, timeout=None):
        \"\"\"An iterator over the given futures that yields each as it completes.\"\"\"
        deadline = _deadline(timeout)
        fs = set(fs)
        total = len(fs)
        pending = set(f for f in fs if not f.done())
        for f in fs:
            if f not in pending:
                yield f
        while pending:
            remaining = _remaining(deadline)
            if remaining is not None and remaining < 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            _wait(list(pending), remaining, False)
            for f in list(pending):
                if f.done():
                    pending.discard(f)
                    yield f
    """
}
