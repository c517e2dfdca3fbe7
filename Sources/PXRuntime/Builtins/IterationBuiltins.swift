import PXLang

/// Built-ins that consume or produce iterables: `enumerate zip map filter sum min max sorted reversed any
/// all iter next`.
enum IterationBuiltins {
    static func install(into r: Registry) {
        r.register("enumerate", doc: "Return an enumerate object.", parameters: ["iterable", "start"]) { args, vm in
            try args.check("enumerate", min: 1, max: 2, keywords: ["start"])
            let start = try StringMethods.integer(args.argument(1, "start") ?? .int(0))
            return .iterator(EnumeratePairIterator(try Operations.makeIterator(args[0], vm), start: start))
        }
        r.register("zip", doc: "Aggregate elements from each of the iterables.", parameters: ["strict"]) { args, vm in
            try args.check("zip", min: 0, max: Int.max, keywords: ["strict"])
            let iterators = try args.positional.map { try Operations.makeIterator($0, vm) }
            let strict = args.keyword("strict")?.isTruthy ?? false
            if iterators.count == 2 { return .iterator(ZipPairIterator(iterators[0], iterators[1], strict: strict)) }
            var done = iterators.isEmpty
            return .iterator(IteratorObject(type: IteratorObject.zipType) {
                guard !done else { return nil }
                var items: [Value] = []
                items.reserveCapacity(iterators.count)
                for (i, it) in iterators.enumerated() {
                    guard let e = try it.next() else {
                        done = true
                        if strict { try IterationBuiltins.checkZipEnded(iterators, shortest: i) }
                        return nil
                    }
                    items.append(e)
                }
                return .tuple(items)
            })
        }
        r.register("map", doc: "Make an iterator that computes the function using arguments from each of the "
                   + "iterables.") { args, vm in
            guard args.count >= 2 else { throw RuntimeError.typeError("map() must have at least two arguments.") }
            let function = args[0]
            let iterators = try args.positional.dropFirst().map { try Operations.makeIterator($0, vm) }
            if iterators.count == 1 {
                let it = iterators[0]
                return .iterator(IteratorObject(type: IteratorObject.mapType) {
                    guard let e = try it.next() else { return nil }
                    return try vm.call(function, e)
                })
            }
            return .iterator(IteratorObject(type: IteratorObject.mapType) {
                var items: [Value] = []
                for it in iterators {
                    guard let e = try it.next() else { return nil }
                    items.append(e)
                }
                return try vm.call(function, Arguments(items))
            })
        }
        r.register("filter", doc: "Return an iterator yielding those items of iterable for which function(item) "
                   + "is true.") { args, vm in
            guard args.count == 2 else {
                throw RuntimeError.typeError("filter expected 2 arguments, got \(args.count)")
            }
            let function = args[0]
            let it = try Operations.makeIterator(args[1], vm)
            return .iterator(IteratorObject(type: IteratorObject.filterType) {
                while let e = try it.next() {
                    let keep = function.isNone ? e.isTruthy : try vm.call(function, e).isTruthy
                    if keep { return e }
                }
                return nil
            })
        }
        r.register("sum", doc: "Return the sum of a 'start' value (default: 0) plus an iterable of numbers",
                   parameters: ["iterable", "start"], unary: { x, vm in try sum(x, start: .int(0), vm) },
                   binary: { x, start, vm in try sum(x, start: start, vm) }) { args, vm in
            try args.check("sum", min: 1, max: 2, keywords: ["start"])
            return try sum(args[0], start: args.argument(1, "start") ?? .int(0), vm)
        }
        for name in ["min", "max"] {
            let order: ComparisonOperator = name == "min" ? .less : .greater
            r.register(name, doc: "With a single iterable argument, return its \(name == "min" ? "smallest" : "biggest") "
                       + "item.", parameters: ["key", "default"], binary: { x, y, vm in
                // `max(0, x)`: the second wins only when it compares beyond the first, as in `extreme`.
                if let c = Builtins.compareKeys(y, x) { return (order == .less ? c < 0 : c > 0) ? y : x }
                return try Operations.compare(order, y, x, vm) ? y : x
            }) { args, vm in
                try args.check(name, min: 1, max: Int.max, keywords: ["key", "default"])
                if args.count > 1, args.keyword("default") != nil {
                    throw RuntimeError.typeError("Cannot specify a default for \(name)() with multiple positional "
                        + "arguments")
                }
                let candidates = args.count == 1 ? try Operations.makeIterator(args[0], vm) : TupleIterator(args.positional)
                let key = args.keyword("key").flatMap { $0.isNone ? nil : $0 }
                if let best = try IterationBuiltins.extreme(candidates, order, key: key, vm) {
                    return best
                }
                if let d = args.keyword("default") { return d }
                throw RuntimeError.valueError("\(name)() arg is an empty sequence")
            }
        }
        r.register("sorted", doc: "Return a new list containing all items from the iterable in ascending order.",
                   parameters: ["key", "reverse"]) { args, vm in
            try args.check("sorted", min: 1, max: 1, keywords: ["key", "reverse"])
            return .list(ListObject(try Builtins.sortValues(try Operations.collect(args[0], vm), key: args.keyword("key"),
                                                            reverse: args.keyword("reverse")?.isTruthy ?? false, vm)))
        }
        r.registerUnary("reversed", doc: "Return a reverse iterator over the values of the given sequence.",
                        parameter: "sequence") { v, vm in .iterator(try IterationBuiltins.reversed(v, vm)) }
        r.registerUnary("any", doc: "Return True if bool(x) is True for any x in the iterable.", parameter: "iterable")
        { v, vm in
            var found = false
            try Operations.iterate(v, vm) { e in
                if e.isTruthy {
                    found = true
                    return false
                }
                return true
            }
            return .bool(found)
        }
        r.registerUnary("all", doc: "Return True if bool(x) is True for all values x in the iterable.",
                        parameter: "iterable") { v, vm in
            var ok = true
            try Operations.iterate(v, vm) { e in
                if !e.isTruthy {
                    ok = false
                    return false
                }
                return true
            }
            return .bool(ok)
        }
        r.register("iter", doc: "Get an iterator from an object. In the second form, the callable is called "
                   + "until it returns the sentinel.", parameters: ["object", "sentinel"]) { args, vm in
            try args.check("iter", min: 1, max: 2)
            guard args.count == 2 else {
                if case .instance(let inst) = args[0] { return try Operations.instanceIter(args[0], inst.cls, vm) }
                return .iterator(try Operations.makeIterator(args[0], vm))
            }
            let function = args[0], sentinel = args[1]
            guard Builtins.isCallable(function) else { throw RuntimeError.typeError("iter(v, w): v must be callable") }
            var done = false
            return .iterator(IteratorObject(type: IteratorObject.callableType) {
                guard !done else { return nil }
                let value = try vm.call(function, Arguments())
                if try Operations.equals(value, sentinel) {
                    done = true
                    return nil
                }
                return value
            })
        }
        r.register("next", doc: "Return the next item from the iterator. If default is given and the iterator "
                   + "is exhausted, it is returned instead of raising StopIteration.") { args, vm in
            try args.check("next", min: 1, max: 2)
            if case .iterator(let generator as GeneratorIterator) = args[0] {
                switch try generator.frame.resume() {
                case .yielded(let value): return value
                case .returned(let value):
                    if args.count > 1 { return args[1] }
                    throw GeneratorIterator.stopIteration(value)
                }
            }
            if let e = try Operations.next(args[0], vm) { return e }
            if args.count > 1 { return args[1] }
            throw RuntimeError(ExceptionObject(type: BuiltinTypes.stopIteration, args: []))
        }
    }
}

extension IterationBuiltins {
    /// The first element that no later one beats by `order` (`min`, `max`), read one at a time; nil when
    /// there is none.
    static func extreme(_ candidates: IteratorObject, _ order: ComparisonOperator, key: Value?,
                        _ vm: Interpreter) throws -> Value? {
        guard var best = try candidates.next() else { return nil }
        var bestKey = try key.map { try vm.call($0, best) } ?? best
        while let candidate = try candidates.next() {
            let k = try key.map { try vm.call($0, candidate) } ?? candidate
            if let c = Builtins.compareKeys(k, bestKey) {
                if order == .less ? c < 0 : c > 0 {
                    best = candidate
                    bestKey = k
                }
            } else if try Operations.compare(order, k, bestKey, vm) {
                best = candidate
                bestKey = k
            }
        }
        return best
    }

    /// `zip(..., strict=True)` after iterator `shortest` ended: the others must end too.
    static func checkZipEnded(_ iterators: [IteratorObject], shortest i: Int) throws {
        func plural(_ i: Int) -> String { i == 1 ? " 1" : "s 1-\(i)" }
        if i > 0 {
            throw RuntimeError.valueError("zip() argument \(i + 1) is shorter than argument\(plural(i))")
        }
        for j in iterators.indices.dropFirst() where try iterators[j].next() != nil {
            throw RuntimeError.valueError("zip() argument \(j + 1) is longer than argument\(plural(j))")
        }
    }

    /// `reversed(v)`: a lazy iterator from the last element to the first.
    static func reversed(_ v: Value, _ vm: Interpreter) throws -> IteratorObject {
        switch v {
        case .list(let l):
            return .indexed(type: IteratorObject.listReversedType, count: { l.items.count }, reversed: true) {
                l.items[$0]
            }
        case .range(let r):
            let count = r.count
            return .indexed(type: IteratorObject.rangeType, count: { count }, reversed: true) { .int(r.element($0)) }
        case .tuple(let t):
            return .indexed(type: IteratorObject.reversedType, count: { t.count }, reversed: true) { t[$0] }
        case .str(let s):
            let scalars = Array(s.unicodeScalars)
            return .indexed(type: IteratorObject.reversedType, count: { scalars.count }, reversed: true) {
                .str(String(Character(scalars[$0])))
            }
        case .bytes(let b):
            return .indexed(type: IteratorObject.reversedType, count: { b.count }, reversed: true) { .int(Int(b[$0])) }
        case .ndarray(let a):
            guard a.ndim > 0 else { throw RuntimeError.typeError("len() of unsized object") }
            return .indexed(type: IteratorObject.reversedType, count: { a.shape[0] }, reversed: true) {
                ArrayConversion.row(a, $0)
            }
        case .dict(let d):
            return Operations.dictIterator(d, type: IteratorObject.dictReversedKeysType, reversed: true) {
                d.key(at: $0)
            }
        case .object(let view as DictView):
            return view.makeIterator(reversed: true)
        case .instance(let inst):
            if let method = inst.cls.override("__reversed__") {
                return try Operations.iteratorObject(try vm.invoke(method, v, inst.cls, []), vm)
            }
            if inst.cls.override("__len__") != nil, inst.cls.override("__getitem__") != nil {
                let count = try Operations.length(v, vm)
                return .indexed(type: IteratorObject.reversedType, count: { count }, reversed: true) {
                    try Operations.item(v, .int($0), vm)
                }
            }
            if let base = inst.builtinValue { return try reversed(base, vm) }
            throw RuntimeError.typeError("'\(v.typeName)' object is not reversible")
        default:
            if let method = try? Operations.attribute(v, "__reversed__", vm) {
                return try Operations.makeIterator(try vm.call(method, Arguments()), vm)
            }
            guard (try? Operations.attribute(v, "__len__", vm)) != nil,
                  (try? Operations.attribute(v, "__getitem__", vm)) != nil else {
                throw RuntimeError.typeError("'\(v.typeName)' object is not reversible")
            }
            let count = try Operations.length(v, vm)
            return .indexed(type: IteratorObject.reversedType, count: { count }, reversed: true) {
                try vm.item(v, .int($0))
            }
        }
    }

    /// `sum(iterable, start)`.
    static func sum(_ iterable: Value, start: Value, _ vm: Interpreter) throws -> Value {
        var total = start
        if case .str = total { throw RuntimeError.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
        if case .ndarray(let a) = iterable, a.ndim == 1, case .int(0) = total {
            // Python's sum over a 1-D array: `0 + a[0] + a[1] + …`, one element at a time.
            return try ArrayOperators.sequentialSum(a)
        }
        try Operations.iterate(iterable, vm) { e in
            if case .int(let x) = total, case .int(let y) = e {
                let (s, o) = x.addingReportingOverflow(y)
                if !o {
                    total = .int(s)
                    return true
                }
            } else if case .float(let x) = total, case .float(let y) = e {
                total = .float(x + y)
                return true
            }
            total = try Operations.binary(.add, total, e, vm)
            return true
        }
        return total
    }
}
