import PXCodec
import PXRuntime
import PXWire

/// `@view.remote(block=None, **flags)` (`RemoteFunction`) and `@view.parallel(dist='b', block=None, **flags)`
/// (`ParallelFunction`): a function whose calls run on the view's engines.
///
/// A remote function's call is `view.apply(f, *args, **kwargs)` under the decorator's flags. A parallel
/// function's call splits each sequence argument over the engines (DirectView: one contiguous part per engine;
/// LoadBalancedView: one part per item, or per `chunksize` items) and calls `f` once per part; its `map`
/// calls `f` once per element, as `view.map` does.
final class RemoteFunction: NativeObject {
    let view: ViewObject
    let function: Value
    /// The decorator's `block`; nil: the view's.
    let block: Bool?
    /// Other view flags set for each call (`targets=`, `retries=`, ...).
    let flags: [(name: String, value: Value)]
    /// Set for `@view.parallel`: how sequences are split (`'b'` contiguous, `'r'` round robin).
    let parallel: Parallel?

    struct Parallel {
        let dist: String
        let chunkSize: Int?
        let ordered: Bool
        let returnExceptions: Bool
    }

    init(view: ViewObject, function: Value, block: Bool?, flags: [(name: String, value: Value)], parallel: Parallel?) {
        self.view = view
        self.function = function
        self.block = block
        self.flags = flags
        self.parallel = parallel
    }

    static let remoteType = TypeObject(name: "RemoteFunction", module: "ipyparallel",
                                       doc: "A function whose calls run on a view's engines (@view.remote).")
    static let parallelType = TypeObject(name: "ParallelFunction", base: remoteType, module: "ipyparallel",
                                         doc: "A function called on parts of its sequences on a view's engines "
                                             + "(@view.parallel); .map(seq) calls it per element.")
    var pythonType: TypeObject { parallel == nil ? Self.remoteType : Self.parallelType }

    var attributeNames: [String] { ["view", "func", "block", "flags", "__name__", "__doc__"] + (parallel == nil ? [] : ["map"]) }

    var name: String { ClientObject.functionName(function) }

    func attribute(_ name: String, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "view": return .object(view)
        case "func": return function
        case "block": return block.map { .bool($0) } ?? Value.none
        case "flags":
            let d = DictObject()
            for (k, v) in flags { d.set(k, v) }
            return .dict(d)
        case "__name__": return .str(self.name)
        case "__doc__": return try? vm.attribute(function, "__doc__")
        default: return nil
        }
    }

    func repr(_ interpreter: Interpreter?) -> String {
        "<\(pythonType.name) \(name) on \(view.repr(interpreter))>"
    }

    /// Runs `body` with the decorator's flags set on the view.
    func withFlags<T>(_ vm: Interpreter, _ body: () throws -> T) throws -> T {
        var all = flags
        if let block { all.append(("block", .bool(block))) }
        let temporary = ViewObject.TemporaryFlags(view: view, flags: all)
        _ = try temporary.enter(vm)
        defer { try? temporary.exit(vm) }
        return try body()
    }

    func call(_ arguments: Arguments, _ vm: Interpreter) throws -> Value {
        guard let parallel else {
            return try withFlags(vm) {
                try view.finish(try view.apply(Arguments([function] + arguments.positional, keywords: arguments.keywords), vm),
                                blocking: view.block)
            }
        }
        if let first = arguments.keywords.first {
            throw RuntimeError.typeError("Unexpected keyword arguments: {'\(first.name)': ...}")
        }
        return try withFlags(vm) { try callOnParts(arguments.positional, parallel, vm) }
    }

    func callMethod(_ name: String, _ arguments: Arguments, _ vm: Interpreter) throws -> Value? {
        guard name == "map", let parallel else { return nil }
        if let first = arguments.keywords.first {
            throw RuntimeError.typeError("map() got an unexpected keyword argument '\(first.name)'")
        }
        return try withFlags(vm) {
            var keywords: [(name: String, value: Value)] = [("block", .bool(view.block))]
            if view.kind == .loadBalanced {
                keywords.append(("ordered", .bool(parallel.ordered)))
                if let size = parallel.chunkSize { keywords.append(("chunksize", .int(size))) }
            }
            return try view.callMethod("map", Arguments([function] + arguments.positional, keywords: keywords), vm) ?? Value.none
        }
    }

    /// `pf(seq, ...)`: `f` called once per part of the sequences.
    func callOnParts(_ sequences: [Value], _ parallel: Parallel, _ vm: Interpreter) throws -> Value {
        let lengths = try sequences.map { try vm.length($0) }
        let longest = lengths.max() ?? 0
        if longest == 0 { return .list(ListObject()) }
        if lengths.contains(where: { $0 != longest }) {
            throw RuntimeError.valueError("all sequences must have equal length, but have [\(lengths.map(String.init).joined(separator: ", "))]")
        }
        let targets: [EngineID?]
        if view.kind == .loadBalanced {
            let parts = parallel.chunkSize.map { (longest + $0 - 1) / max($0, 1) } ?? longest
            targets = Array(repeating: nil, count: parts)
        } else {
            targets = view.engines
            if targets.isEmpty { throw ViewObject.noEngines }
        }
        var requests: [(TaskRequest, TaskHeader)] = []
        for (index, target) in targets.enumerated() {
            let parts = try sequences.map { try Self.part($0, index, of: targets.count, length: longest, dist: parallel.dist, vm) }
            if try parts.allSatisfy({ try vm.length($0) == 0 }) { continue }
            let header = try target.map { TaskHeader(target: $0) } ?? view.balancedHeader(items: 1)
            requests.append((.apply(function: function, arguments: parts, keywords: []), header))
        }
        let ar = try view.client.submit(requests, timeLimit: view.kind == .loadBalanced ? view.timeout : nil, fname: name,
                                        shape: .gather)
        ar.returnExceptions = parallel.returnExceptions
        return try view.finish(ar, blocking: view.block)
    }

    /// Part `p` of `q` of a sequence, as ipyparallel's `Map.getPartition` ('b') or `RoundRobinMap` ('r') cut it.
    static func part(_ sequence: Value, _ p: Int, of q: Int, length n: Int, dist: String, _ vm: Interpreter) throws -> Value {
        if dist == "r" {
            return try vm.item(sequence, .slice(SliceObject(start: .int(p), stop: .int(n), step: .int(q))))
        }
        let range = Partitioner.part(p, count: n, parts: q)
        return try vm.item(sequence, .slice(SliceObject(start: .int(range.lowerBound), stop: .int(range.upperBound),
                                                        step: .none)))
    }

    /// The decorator `view.remote(...)` / `view.parallel(...)` returns.
    static func decorator(view: ViewObject, block: Bool?, flags: [(name: String, value: Value)],
                          parallel: Parallel?) -> Value {
        .builtin(BuiltinFunction(name: parallel == nil ? "remote_function" : "parallel_function") { args, _ in
            try args.check(parallel == nil ? "remote_function" : "parallel_function", min: 1, max: 1)
            return .object(RemoteFunction(view: view, function: args[0], block: block, flags: flags, parallel: parallel))
        })
    }

    /// Binds `remote(block=None, **flags)` or `parallel(dist='b', block=None, **flags)` arguments to a decorator.
    static func decorator(view: ViewObject, parallelCall: Bool, _ call: BoundCall, _ vm: Interpreter) throws -> Value {
        for (name, value) in call.extraKeywords where !["chunksize", "ordered", "return_exceptions"].contains(name) {
            // Flags are checked now, as ipyparallel's temp_flags would on the first call.
            let probe = ViewObject.TemporaryFlags(view: view, flags: [(name, value)])
            _ = try probe.enter(vm)
            try probe.exit(vm)
        }
        let block = call.optional("block").map(\.isTruthy)
        guard parallelCall else { return decorator(view: view, block: block, flags: call.extraKeywords, parallel: nil) }
        guard case .str(let dist) = call["dist"], dist == "b" || dist == "r" else {
            throw RuntimeError.keyError(call["dist"])
        }
        var flags: [(name: String, value: Value)] = []
        var chunkSize: Int?
        var ordered = true
        var returnExceptions = false
        for (name, value) in call.extraKeywords {
            switch name {
            case "chunksize": chunkSize = value.isNone ? nil : try StringMethodsBridge.integer(value)
            case "ordered": ordered = value.isTruthy
            case "return_exceptions": returnExceptions = value.isTruthy
            default: flags.append((name, value))
            }
        }
        return decorator(view: view, block: block, flags: flags,
                         parallel: Parallel(dist: dist, chunkSize: chunkSize, ordered: ordered,
                                            returnExceptions: returnExceptions))
    }
}
