// MARK: - islice, groupby and tee: iterators that share or skip their input

extension ItertoolsModule {
    static let islice = type("islice", doc: "islice(iterable, stop) --> islice object\nislice(iterable, start, "
                             + "stop[, step]) --> islice object") { args, vm, type in
        try noKeywords("islice", args)
        try arity("islice", args, 2, 4)
        func bound(_ v: Value, _ message: String) throws -> Int? {
            switch v {
            case .none: return nil
            case .int(let n) where n >= 0: return n
            case .bool(let b): return b ? 1 : 0
            default: throw RuntimeError.valueError(message)
            }
        }
        let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        let indexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        var start = 0, step = 1
        let stop: Int?
        if args.count == 2 {
            stop = try bound(args[1], stopMessage)
        } else {
            start = try bound(args[1], indexMessage) ?? 0
            stop = try bound(args[2], stopMessage)
            if args.count == 4 {
                if case .int(let n) = args[3], n <= 0 {
                    throw RuntimeError.valueError("Step for islice() must be a positive integer or None.")
                }
                step = try bound(args[3], "Step for islice() must be a positive integer or None.") ?? 1
            }
        }
        let it = try Operations.makeIterator(args[0], vm)
        var consumed = 0, nextIndex = start
        var isDone = false
        return IteratorObject(type: type) {
            if isDone { return nil }
            if let stop, consumed >= stop { return nil }
            while consumed < nextIndex {
                guard try it.next() != nil else {
                    isDone = true
                    return nil
                }
                consumed += 1
            }
            if let stop, consumed >= stop { return nil }
            guard let item = try it.next() else {
                isDone = true
                return nil
            }
            consumed += 1
            let (advanced, overflow) = nextIndex.addingReportingOverflow(step)
            nextIndex = overflow ? Int.max : advanced
            if let stop, nextIndex > stop { nextIndex = stop }
            return item
        }
    }

    /// The state a `groupby` shares with its groups: the current element and key, and which group is current
    /// (advancing the `groupby` ends the previous group, as in CPython).
    final class GroupState {
        let source: IteratorObject
        let key: Value?
        var currentKey: Value?
        var currentValue: Value?
        var targetKey: Value?
        var currentGroup = 0

        init(source: IteratorObject, key: Value?) {
            self.source = source
            self.key = key
        }

        /// Reads the next element and its key; false at the end.
        func step(_ vm: Interpreter) throws -> Bool {
            guard let value = try source.next() else { return false }
            currentKey = try key.map { try vm.call($0, value) } ?? value
            currentValue = value
            return true
        }
    }

    static let grouperType = TypeObject(name: "_grouper", module: "itertools")

    static let groupby = type("groupby", doc: "make an iterator that returns consecutive keys and groups from the "
                              + "iterable") { args, vm, type in
        try args.check("groupby", min: 0, max: 2, keywords: ["iterable", "key"])
        guard let iterable = args.argument(0, "iterable") else {
            throw RuntimeError.typeError("groupby() missing required argument 'iterable' (pos 1)")
        }
        let state = GroupState(source: try Operations.makeIterator(iterable, vm),
                               key: args.argument(1, "key").flatMap { $0.isNone ? nil : $0 })
        return IteratorObject(type: type) {
            state.currentGroup += 1
            while true {
                if let current = state.currentKey {
                    guard let target = state.targetKey else { break }
                    if !(try Operations.compare(.equal, target, current, vm)) { break }
                }
                guard try state.step(vm) else { return nil }
            }
            guard let key = state.currentKey else { return nil }
            state.targetKey = key
            let group = state.currentGroup
            let grouper = IteratorObject(type: grouperType) {
                guard state.currentGroup == group else { return nil }
                if state.currentValue == nil { guard try state.step(vm) else { return nil } }
                guard let current = state.currentKey, try Operations.compare(.equal, key, current, vm),
                      let value = state.currentValue else { return nil }
                state.currentValue = nil
                return value
            }
            return .tuple([key, .iterator(grouper)])
        }
    }

    /// The elements a set of `tee` iterators share: read once from the source, kept until every iterator has
    /// passed them.
    final class TeeBuffer {
        let source: IteratorObject
        var items: [Value] = []
        /// The index in the whole stream of `items[0]`.
        var base = 0
        var positions: [Int]
        var isExhausted = false

        init(source: IteratorObject, count: Int) {
            self.source = source
            self.positions = Array(repeating: 0, count: count)
        }

        func next(_ reader: Int) throws -> Value? {
            let position = positions[reader]
            if position - base >= items.count {
                guard !isExhausted, let e = try source.next() else {
                    isExhausted = true
                    return nil
                }
                items.append(e)
            }
            let value = items[position - base]
            positions[reader] = position + 1
            if position == base, let lowest = positions.min(), lowest > base, lowest - base >= 64 || lowest - base == items.count {
                items.removeFirst(lowest - base)
                base = lowest
            }
            return value
        }
    }

    static let teeType = TypeObject(name: "_tee", module: "itertools")

    /// `tee(iterable, n=2)`: `n` independent iterators over one iterable.
    static func tee(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try noKeywords("tee", args)
        try arity("tee", args, 1, 2)
        let n = args.count > 1 ? try StringMethods.integer(args[1]) : 2
        guard n >= 0 else { throw RuntimeError.valueError("n must be >= 0") }
        let buffer = TeeBuffer(source: try Operations.makeIterator(args[0], vm), count: n)
        return .tuple((0..<n).map { reader in .iterator(IteratorObject(type: teeType) { try buffer.next(reader) }) })
    }
}
