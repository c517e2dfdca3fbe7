/// Built-ins that consume or produce iterables: `enumerate zip map filter sum min max sorted reversed any
/// all iter next`.
enum IterationBuiltins {
    static func install(into r: Registry) {
        r.register("enumerate", doc: "Return an enumerate object.", parameters: ["iterable", "start"]) { args, vm in
            try args.check("enumerate", min: 1, max: 2, keywords: ["start"])
            var index = try StringMethods.integer(args.argument(1, "start") ?? .int(0))
            let it = try Operations.makeIterator(args[0], vm)
            return .iterator(IteratorObject(type: IteratorObject.enumerateType) {
                guard let e = try it.next() else { return nil }
                defer { index += 1 }
                return .tuple([.int(index), e])
            })
        }
        r.register("zip", doc: "Aggregate elements from each of the iterables.", parameters: ["strict"]) { args, vm in
            let iterators = try args.positional.map { try Operations.makeIterator($0, vm) }
            return .iterator(IteratorObject(type: IteratorObject.zipType) {
                guard !iterators.isEmpty else { return nil }
                var items: [Value] = []
                items.reserveCapacity(iterators.count)
                for it in iterators {
                    guard let e = try it.next() else { return nil }
                    items.append(e)
                }
                return .tuple(items)
            })
        }
        r.register("map", doc: "Make an iterator that computes the function using arguments from each of the "
                   + "iterables.") { args, vm in
            try args.check("map", min: 2, max: Int.max)
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
            try args.check("filter", min: 2, max: 2)
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
                   parameters: ["iterable", "start"]) { args, vm in
            try args.check("sum", min: 1, max: 2, keywords: ["start"])
            var total = args.argument(1, "start") ?? .int(0)
            if case .str = total { throw RuntimeError.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            if case .ndarray(let a) = args[0], a.ndim == 1, case .int(0) = total {
                // Python's sum over a 1-D array: `0 + a[0] + a[1] + …`, one element at a time.
                return try ArrayOperators.sequentialSum(a)
            }
            try Operations.iterate(args[0], vm) { e in
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
        for name in ["min", "max"] {
            r.register(name, doc: "With a single iterable argument, return its \(name == "min" ? "smallest" : "biggest") "
                       + "item.", parameters: ["key", "default"]) { args, vm in
                try args.check(name, min: 1, max: Int.max, keywords: ["key", "default"])
                let candidates: [Value] = args.count == 1 ? try Operations.collect(args[0], vm) : args.positional
                guard !candidates.isEmpty else {
                    if let d = args.keyword("default") { return d }
                    throw RuntimeError.valueError("\(name)() arg is an empty sequence")
                }
                let key = args.keyword("key")
                var best = candidates[0]
                var bestKey = try key.map { try vm.call($0, best) } ?? best
                for candidate in candidates.dropFirst() {
                    let k = try key.map { try vm.call($0, candidate) } ?? candidate
                    let better = name == "min" ? try Operations.compare(.less, k, bestKey, vm)
                                               : try Operations.compare(.greater, k, bestKey, vm)
                    if better {
                        best = candidate
                        bestKey = k
                    }
                }
                return best
            }
        }
        r.register("sorted", doc: "Return a new list containing all items from the iterable in ascending order.",
                   parameters: ["key", "reverse"]) { args, vm in
            try args.check("sorted", min: 1, max: 1, keywords: ["key", "reverse"])
            return .list(ListObject(try Builtins.sortValues(try Operations.collect(args[0], vm), key: args.keyword("key"),
                                                            reverse: args.keyword("reverse")?.isTruthy ?? false, vm)))
        }
        r.registerUnary("reversed", doc: "Return a reverse iterator over the values of the given sequence.",
                        parameter: "sequence") { v, vm in
            switch v {
            case .list, .tuple, .range, .str, .ndarray, .bytes:
                return .iterator(.over(try Operations.collect(v, vm).reversed(), type: IteratorObject.reversedType))
            case .dict(let d):
                return .iterator(.over(d.keys.reversed(), type: IteratorObject.reversedType))
            case .instance(let inst):
                if let method = inst.cls.override("__reversed__") { return try vm.invoke(method, v, inst.cls, []) }
                if inst.cls.override("__len__") != nil, inst.cls.override("__getitem__") != nil {
                    let count = try Operations.length(v, vm)
                    var items: [Value] = []
                    for i in stride(from: count - 1, through: 0, by: -1) { items.append(try Operations.item(v, .int(i), vm)) }
                    return .iterator(.over(items, type: IteratorObject.reversedType))
                }
                if let base = inst.builtinValue {
                    return .iterator(.over(try Operations.collect(base, vm).reversed(), type: IteratorObject.reversedType))
                }
                throw RuntimeError.typeError("'\(v.typeName)' object is not reversible")
            default:
                throw RuntimeError.typeError("'\(v.typeName)' object is not reversible")
            }
        }
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
        r.registerUnary("iter", doc: "Get an iterator from an object.", parameter: "object") { v, vm in
            if case .instance(let inst) = v { return try Operations.instanceIter(v, inst.cls, vm) }
            return .iterator(try Operations.makeIterator(v, vm))
        }
        r.register("next", doc: "Return the next item from the iterator.") { args, vm in
            try args.check("next", min: 1, max: 2)
            if case .instance(let inst) = args[0] {
                if let e = try Operations.instanceNext(args[0], inst.cls, vm) { return e }
                if args.count > 1 { return args[1] }
                throw RuntimeError(ExceptionObject(type: BuiltinTypes.stopIteration, args: []))
            }
            guard case .iterator(let it) = args[0] else {
                throw RuntimeError.typeError("'\(args[0].typeName)' object is not an iterator")
            }
            if let e = try it.next() { return e }
            if args.count > 1 { return args[1] }
            throw RuntimeError(ExceptionObject(type: BuiltinTypes.stopIteration, args: []))
        }
    }
}
