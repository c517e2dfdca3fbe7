import PXCodec
import PXRuntime
import PXSession
import PXWire

// MARK: - apply, map, execute, push, pull, scatter, gather

extension ViewObject {
    /// The members of this kind of view.
    var table: MemberTable { kind == .direct ? ViewAPI.direct : ViewAPI.balanced }

    public func callMethod(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        guard table.members[name]?.kind == .method else { return nil }
        // Whatever the call submitted joins this view's history, as ipyparallel's `save_ids` records it.
        let before = client.history.count
        defer {
            let after = client.history.count
            if after > before { history.append(contentsOf: client.history[before..<after]) }
        }
        return try dispatch(name, args, vm)
    }

    func dispatch(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "apply": return try finish(try apply(args, vm), blocking: block)
        case "apply_async": return .object(try apply(args, vm))
        case "apply_sync": return try finish(try apply(args, vm), blocking: true)
        case "map", "map_async", "map_sync", "imap":
            if name != "map", args.keyword("block") != nil {
                throw RuntimeError.typeError("\(name) doesn't take a `block` keyword argument.")
            }
            let call = try table.bind(name == "imap" && kind == .loadBalanced ? "imap" : "map", args)
            let blocking = name == "map_sync" || (name == "map" && (call.optional("block")?.isTruthy ?? block))
            let ar = try map(call, vm)
            if name == "imap" { return .iterator(try ar.makeIterator(vm)) }
            return try finish(ar, blocking: blocking)
        case "set_flags":
            for (k, v) in args.keywords { try setFlag(k, v, vm) }
            return .object(self)
        case "temp_flags":
            return .object(TemporaryFlags(view: self, flags: args.keywords))
        case "remote", "parallel":
            return try RemoteFunction.decorator(view: self, parallelCall: name == "parallel", try table.bind(name, args), vm)
        case "wait":
            let call = try table.bind(name, args)
            let records = try client.jobRecords(call.optional("jobs"), vm)
            let timeout = try AsyncResultObject.seconds(call["timeout"])
            let outcome = client.connection.wait(for: records, timeout: timeout < 0 ? nil : .nanoseconds(Int64(timeout * 1e9)))
            if outcome == .interrupted { throw RuntimeError.waitStopped }
            return .bool(outcome == .done)
        case "abort", "queue_status", "shutdown", "purge_results", "get_result":
            _ = try table.bind(name, args)
            return try client.callMethod(name, args, vm)
        case "spin":
            _ = try table.bind(name, args)
            return Value.none
        case "register_joblib_backend":
            _ = try table.bind(name, args)
            // ipyparallel imports joblib before anything else.
            throw try UnavailableMembers.missingPackage(
                "joblib", instead: "swiftpx has no joblib: a view's map and apply_async, or rc.executor(), run "
                    + "functions on the engines", vm)
        default:
            guard kind == .direct else { return nil }
            return try directMethod(name, try table.bind(name, args), vm)
        }
    }

    /// The engines a call's `targets=` names, or the view's.
    func targetSpec(_ call: BoundCall, _ vm: Interpreter) throws -> TargetSpec {
        guard let value = call.optional("targets") else { return targets }
        return try client.targets(from: value, vm)
    }

    func directMethod(_ name: String, _ call: BoundCall, _ vm: Interpreter) throws -> Value? {
        let blocking = call.optional("block")?.isTruthy ?? block
        let spec = try targetSpec(call, vm)
        let single = spec.isSingle
        switch name {
        case "execute", "run":
            let code: String
            if name == "execute" {
                guard case .str(let text) = call["code"] else { throw RuntimeError.typeError("code must be a string") }
                code = text
            } else {
                guard case .str(let path) = call["filename"] else { throw RuntimeError.typeError("filename must be a string") }
                guard let text = TextFile.read(path) else {
                    throw RuntimeError(BuiltinTypes.fileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
                }
                code = text + "\n"
            }
            let ar = try execute(code, silent: call["silent"].isTruthy || name == "run", spec: spec)
            if blocking { _ = try ar.get(timeout: nil) }
            return .object(ar)
        case "push", "update":
            guard case .dict(let d) = call["ns"] else { throw RuntimeError.typeError("Must be a dict, not \(call["ns"].typeName)") }
            let pairs = try d.storage.map { (k, v) -> (name: String, value: Value) in
                guard case .str(let key) = k.value else { throw RuntimeError.typeError("keys must be strings") }
                return (key, v)
            }
            return try finish(try perEngine(.push(pairs), fname: "_push", shape: .nothing(perTask: !single), spec: spec),
                              blocking: name == "update" ? block : blocking)
        case "pull", "get":
            let (names, one) = try pullNames(name == "get" ? call["key_s"] : call["names"], vm)
            let ar = try perEngine(.pull(names: names, single: one), fname: "_pull", shape: single ? .single : .perTask,
                                   spec: spec)
            return try finish(ar, blocking: name == "get" ? true : blocking)
        case "scatter":
            return try finish(try scatter(call, spec: spec, vm), blocking: blocking)
        case "gather":
            guard case .str(let key) = call["key"] else { throw RuntimeError.typeError("key must be a string") }
            let ar = try perEngine(.pull(names: [key], single: true), fname: "gather", shape: .gather, spec: spec)
            return try finish(ar, blocking: blocking)
        case "clear":
            try client.perform { try client.connection.clear(client.engines(spec)) }
            return Value.none
        case "activate":
            block = true
            ParallelContext.of(vm).activeView = self
            return Value.none
        case "sync_imports":
            return .object(try SyncImports(view: self, local: call["local"].isTruthy, quiet: call["quiet"].isTruthy))
        case "use_dill", "use_cloudpickle", "use_pickle":
            // swiftpx ships functions as their syntax tree and values in its own format: there is no pickler
            // to choose, and every function (closures and lambdas included) already travels.
            return Value.none
        default:
            return nil
        }
    }

    /// Returns the AsyncResult, or its value when blocking.
    func finish(_ ar: AsyncResultObject, blocking: Bool) throws -> Value {
        blocking ? try ar.get(timeout: nil) : .object(ar)
    }

    /// The function and its arguments from an `apply` call (the function may also be the `f` keyword).
    func callParts(_ args: Arguments) throws -> (Value, [Value], [(name: String, value: Value)]) {
        var keywords = args.keywords
        keywords.removeAll { $0.name == "block" || $0.name == "targets" }
        if let f = args.positional.first { return (f, Array(args.positional.dropFirst()), keywords) }
        if let i = keywords.firstIndex(where: { $0.name == "f" }) {
            let f = keywords.remove(at: i).value
            return (f, [], keywords)
        }
        throw RuntimeError.typeError("apply() missing 1 required positional argument: 'f'")
    }

    func apply(_ args: Arguments, _ vm: Interpreter) throws -> AsyncResultObject {
        let (function, arguments, keywords) = try callParts(args)
        let request = TaskRequest.apply(function: function, arguments: arguments, keywords: keywords)
        let fname = ClientObject.functionName(function)
        if kind == .loadBalanced {
            var header = try balancedHeader(items: 1)
            if case .object(is DependentFunction) = function { header.flags.insert(.mayBeUnmet) }
            return try client.submit([(request, header)], timeLimit: timeout, fname: fname, shape: .single)
        }
        return try perEngine(request, fname: fname, shape: isSingle ? .single : .perTask, spec: targets)
    }

    /// `NoEnginesRegistered`, for a call with no engine to go to.
    static var noEngines: RuntimeError {
        RuntimeError(BuiltinTypes.noEnginesRegistered, "This operation requires engines. Try "
            + "client.wait_for_engines(n) to wait for engines to register.")
    }

    /// The same request to each engine of `spec`.
    func perEngine(_ request: TaskRequest, fname: String, shape: AsyncResultObject.Shape, method: String = "apply",
                   code: String? = nil, spec: TargetSpec) throws -> AsyncResultObject {
        let targets = client.engines(spec)
        if targets.isEmpty { throw Self.noEngines }
        return try client.submit(request, headers: targets.map { TaskHeader(target: $0) }, timeLimit: nil,
                                 fname: fname, shape: shape, method: method, code: code)
    }

    func execute(_ code: String, silent: Bool, spec: TargetSpec) throws -> AsyncResultObject {
        try perEngine(.execute(code: code, silent: silent), fname: "execute",
                      shape: .nothing(perTask: !spec.isSingle), method: "execute", code: code, spec: spec)
    }

    func balancedHeader(items: Int) throws -> TaskHeader {
        TaskHeader(target: nil, allowed: allowed.map { client.engines($0) } ?? [], retries: UInt16(clamping: retries),
                   timeout: timeout.map { .nanoseconds(Int64($0 * 1e9)) }, after: after, follow: follow,
                   itemCount: UInt32(clamping: items))
    }

    /// `map(f, *sequences, chunksize=1, ordered=True)`: a DirectView sends one contiguous chunk per engine;
    /// a LoadBalancedView sends `ceil(n / chunksize)` tasks, each made as it is encoded.
    func map(_ call: BoundCall, _ vm: Interpreter) throws -> AsyncResultObject {
        let function = call["f"]
        let sequences = try call.extraPositional.map { try vm.collect($0) }
        guard !sequences.isEmpty else { throw RuntimeError.typeError("map() requires at least one sequence") }
        let n = sequences.map(\.count).min() ?? 0
        /// The items of `range`, each the tuple of the sequences' elements at one index.
        func items(_ range: Range<Int>) -> [[Value]] { range.map { i in sequences.map { $0[i] } } }
        let fname = ClientObject.functionName(function)
        let ordered = call.optional("ordered")?.isTruthy ?? true
        let ar: AsyncResultObject
        if kind == .loadBalanced {
            let chunkSize = try call.optional("chunksize").map { try StringMethodsBridge.integer($0) } ?? 1
            guard chunkSize >= 1 else { throw RuntimeError.valueError("chunksize must be at least 1") }
            let chunks = Partitioner.chunkCount(count: n, chunkSize: chunkSize)
            let chunk = { (index: Int) in Partitioner.part(index, count: n, parts: chunks) }
            let header = try balancedHeader(items: 1)
            ar = try client.submit(count: chunks, timeLimit: timeout, fname: fname, shape: .map(ordered: ordered),
                                   request: { .map(function: function, items: items(chunk($0))) },
                                   header: { index in
                                       var chunkHeader = header
                                       chunkHeader.itemCount = UInt32(clamping: chunk(index).count)
                                       return chunkHeader
                                   })
        } else {
            let targets = engines
            guard !targets.isEmpty else { throw Self.noEngines }
            let requests = zip(targets, Partitioner.bounds(count: n, parts: targets.count)).map { engine, range in
                (TaskRequest.map(function: function, items: items(range)),
                 TaskHeader(target: engine, itemCount: UInt32(range.count)))
            }
            ar = try client.submit(requests, timeLimit: nil, fname: fname, shape: .map(ordered: ordered))
        }
        ar.returnExceptions = call.optional("return_exceptions")?.isTruthy ?? false
        return ar
    }

    func pullNames(_ value: Value, _ vm: Interpreter) throws -> ([String], Bool) {
        if case .str(let name) = value { return ([name], true) }
        let names = try vm.collect(value).map { v -> String in
            guard case .str(let s) = v else { throw RuntimeError.typeError("names must be strings") }
            return s
        }
        return (names, false)
    }

    /// `scatter(key, seq, flatten=False)`: contiguous parts whose sizes differ by at most one, in engine order.
    func scatter(_ call: BoundCall, spec: TargetSpec, _ vm: Interpreter) throws -> AsyncResultObject {
        guard case .str(let key) = call["key"] else { throw RuntimeError.typeError("key must be a string") }
        let sequence = call["seq"]
        let flatten = call["flatten"].isTruthy
        let targets = client.engines(spec)
        guard !targets.isEmpty else { throw Self.noEngines }
        let count = try vm.length(sequence)
        var requests: [(TaskRequest, TaskHeader)] = []
        for (engine, range) in zip(targets, Partitioner.bounds(count: count, parts: targets.count)) {
            // An array part is a view: its elements are encoded straight from the parent's storage.
            var part = try vm.item(sequence, .slice(SliceObject(start: .int(range.lowerBound), stop: .int(range.upperBound),
                                                                 step: .none)))
            if flatten && range.count == 1 { part = try vm.item(part, .int(0)) }
            requests.append((.push([(key, part)]), TaskHeader(target: engine, itemCount: UInt32(range.count))))
        }
        return try client.submit(requests, timeLimit: nil, fname: "scatter", shape: .nothing(perTask: false))
    }

    // MARK: - dv["name"]

    public func item(_ key: Value, _ vm: Interpreter) throws -> Value {
        guard kind == .direct else { throw RuntimeError.typeError("'LoadBalancedView' object is not subscriptable") }
        guard case .str = key else { throw RuntimeError.typeError("key must be a string, not \(key.typeName)") }
        return try callMethod("get", Arguments([key]), vm) ?? Value.none
    }

    public func setItem(_ key: Value, _ value: Value, _ vm: Interpreter) throws {
        guard kind == .direct, case .str(let name) = key else {
            throw RuntimeError.typeError("keys must be strings, not \(key.typeName)")
        }
        let d = DictObject()
        d.set(name, value)
        _ = try callMethod("push", Arguments([.dict(d)], keywords: [("block", .bool(true))]), vm)
    }
}
