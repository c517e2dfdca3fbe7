import PXRuntime

/// `rc.executor()` and `view.executor`: a `concurrent.futures.Executor` over a view. `submit` is
/// `view.apply_async` (the AsyncResult is the Future), `map` is `view.imap` (results in order); `shutdown`
/// waits for the tasks submitted through this executor but leaves the engines running, as in ipyparallel.
final class ViewExecutor: NativeObject {
    let view: ViewObject
    var submitted: [AsyncResultObject] = []

    init(view: ViewObject) {
        self.view = view
    }

    static let type = TypeObject(name: "ViewExecutor", module: "ipyparallel",
                                 doc: "A concurrent.futures Executor whose tasks run on a view's engines.")
    var pythonType: TypeObject { Self.type }

    static let table = MemberTable("ViewExecutor", [
        "submit": .method("(fn, *args, **kwargs)", named: "ViewExecutor.submit"),
        "map": .method("(func, *iterables, **kwargs)", named: "ViewExecutor.map"),
        "shutdown": .method("(wait=True)", named: "ViewExecutor.shutdown"),
        "view": .attribute,
    ])
    var attributeNames: [String] { Self.table.names }

    func attribute(_ name: String, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "view": return .object(view)
        case "_max_workers": return .int(try view.length(vm))
        default: return nil
        }
    }

    func callMethod(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "submit":
            guard !args.positional.isEmpty else {
                throw RuntimeError.typeError("ViewExecutor.submit() missing 1 required positional argument: 'fn'")
            }
            let ar = try view.apply(args, vm)
            submitted.append(ar)
            return .object(ar)
        case "map":
            // `timeout` is accepted and ignored, as ipyparallel does (it warns).
            let keywords = args.keywords.filter { $0.name != "timeout" }
            return try view.callMethod("imap", Arguments(args.positional, keywords: keywords), vm)
        case "shutdown":
            try args.check("shutdown", min: 0, max: 1, keywords: ["wait"])
            if args.argument(0, "wait")?.isTruthy ?? true {
                for ar in submitted { _ = try ar.waitAll(timeout: nil) }
            }
            submitted = []
            return Value.none
        default:
            return nil
        }
    }

    func enter(_ interpreter: Interpreter) throws -> Value { .object(self) }

    func exit(_ interpreter: Interpreter) throws {
        _ = try callMethod("shutdown", Arguments(), interpreter)
    }
}
