import PXLang

/// Accumulates the results of a comprehension.
struct ComprehensionSink {
    var items: [Value] = []
    lazy var dict = DictObject()

    mutating func append(_ value: Value) { items.append(value) }
}

/// The body of a comprehension's innermost loop.
typealias ComprehensionBody = (UnsafeMutablePointer<Value>, inout ComprehensionSink) throws -> Void

// MARK: - Loops and comprehensions

extension Compiler {
    mutating func compileFor(_ target: Expr, _ iterable: Expr, _ body: [Stmt], _ otherwise: [Stmt]) -> Exec {
        unowned(unsafe) let vm = self.vm
        let iter = compile(iterable)
        var localSlot: Int?
        if case .name(let name) = target.kind, case .local(let slot) = scope.resolve(name) { localSlot = slot }
        let store = compileTargetStore(target)
        let pairStores = compilePairTargetStores(target)
        let run = compileBlock(body)
        let other = otherwise.isEmpty ? nil : compileBlock(otherwise)
        let loop: Exec = { fp in
            let source = try iter(fp)
            var outcome: Flow = .normal
            var broke = false
            if let (storeFirst, storeSecond) = pairStores, case .iterator(let it) = source,
               let pairs = it as? PairIterator {
                // `for a, b in zip(xs, ys)`: each pair stored without a tuple.
                while let (a, b) = try pairs.nextPair() {
                    try storeFirst(fp, a)
                    try storeSecond(fp, b)
                    if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                    let flow = try run(fp)
                    switch flow {
                    case .normal, .continueLoop: continue
                    case .breakLoop: broke = true
                    case .returnValue, .yielded: return flow
                    }
                    break
                }
            } else if case .range(let r) = source, r.big == nil, let slot = localSlot {
                var i = r.start
                let count = r.count
                for _ in 0..<count {
                    (fp + slot).store(.int(i))
                    i &+= r.step
                    if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                    let flow = try run(fp)
                    switch flow {
                    case .normal, .continueLoop: continue
                    case .breakLoop: broke = true
                    case .returnValue, .yielded: return flow
                    }
                    break
                }
            } else {
                try Operations.iterate(source, vm) { element in
                    try store(fp, element)
                    if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                    let flow = try run(fp)
                    switch flow {
                    case .normal, .continueLoop: return true
                    case .breakLoop:
                        broke = true
                        return false
                    case .returnValue, .yielded:
                        outcome = flow
                        return false
                    }
                }
                if case .normal = outcome {} else { return outcome }
            }
            if !broke, let other { return try other(fp) }
            return .normal
        }
        return { fp in
            let flow = try loop(fp)
            // The iterator was just released: a generator it held finishes (its `finally` runs) now.
            if vm.hasPendingFinalizers { vm.runFinalizers() }
            return flow
        }
    }

    /// Compiles comprehension clauses around a body; the clause variables live in fresh slots of the
    /// enclosing frame, invisible outside the comprehension.
    mutating func compileComprehension(_ clauses: [Comprehension],
                                       body: (inout Compiler) -> ComprehensionBody) -> ComprehensionBody {
        guard let clause = clauses.first else { return body(&self) }
        unowned(unsafe) let vm = self.vm
        let iter = compile(clause.iterable)
        var names: [String: Int] = [:]
        for name in Compiler.targetNames(clause.target) { names[name] = scope.allocate() }
        scope.comprehensionNames.append(names)
        defer { scope.comprehensionNames.removeLast() }
        var localSlot: Int?
        if case .name(let name) = clause.target.kind { localSlot = names[name] }
        let store = compileTargetStore(clause.target)
        let pairStores = compilePairTargetStores(clause.target)
        let conditions = clause.conditions.map { compileCondition($0) }
        let inner = compileComprehension(Array(clauses.dropFirst()), body: body)
        return { fp, sink in
            let source = try iter(fp)
            if let (storeFirst, storeSecond) = pairStores, case .iterator(let it) = source,
               let pairs = it as? PairIterator {
                pairLoop: while let (a, b) = try pairs.nextPair() {
                    if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                    try storeFirst(fp, a)
                    try storeSecond(fp, b)
                    for condition in conditions where !(try condition(fp)) { continue pairLoop }
                    try inner(fp, &sink)
                }
                return
            }
            if case .range(let r) = source, r.big == nil, let slot = localSlot, conditions.isEmpty {
                var i = r.start
                let count = r.count
                // Reserve for at most a million elements: the body may add fewer than one per element.
                sink.items.reserveCapacity(sink.items.count + min(count, 1 << 20))
                for _ in 0..<count {
                    (fp + slot).store(.int(i))
                    i &+= r.step
                    // (`sum(x for x in range(10**12))` runs here: Ctrl-C and engine stops must reach it.)
                    if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                    try inner(fp, &sink)
                }
                return
            }
            try Operations.iterate(source, vm) { element in
                if vm.interrupt.isRaised { try vm.raiseInterrupt() }
                if let slot = localSlot { fp[slot] = element } else { try store(fp, element) }
                for condition in conditions where !(try condition(fp)) { return true }
                try inner(fp, &sink)
                return true
            }
        }
    }

    /// The stores of a two-name target (`a, b`, `[a, b]`, items of any kind but starred), for loops over a
    /// `PairIterator`; nil for other targets.
    mutating func compilePairTargetStores(_ target: Expr) -> (Store, Store)? {
        switch target.kind {
        case .tuple(let items), .list(let items):
            guard items.count == 2 else { return nil }
            for item in items { if case .starred = item.kind { return nil } }
            return (compileTargetStore(items[0]), compileTargetStore(items[1]))
        default:
            return nil
        }
    }

    static func targetNames(_ target: Expr) -> [String] {
        switch target.kind {
        case .name(let n): return [n]
        case .tuple(let items), .list(let items): return items.flatMap { targetNames($0) }
        case .starred(let inner): return targetNames(inner)
        default: return []
        }
    }
}
