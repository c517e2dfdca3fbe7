/// The `itertools` module. Every function is a type, as in CPython (`itertools.count`, `type(chain(...))`), and
/// makes a lazy iterator: it reads its inputs through the iteration protocol one element at a time (lists,
/// ranges, generators, user iterators alike), so `count()`, `cycle()` and `repeat()` are endless without
/// allocating, and `islice(count(), 5)` takes five elements.
enum ItertoolsModule {
    /// A type of the module whose calls make iterators of that type.
    static func type(_ name: String, doc: String,
                     _ make: @escaping @Sendable (Arguments, Interpreter, TypeObject) throws -> IteratorObject) -> TypeObject {
        let holder = TypeHolder()
        let type = TypeObject(name: name, module: "itertools", doc: doc) { args, vm in
            guard let type = holder.type else { return .none }
            return .iterator(try make(args, vm, type))
        }
        holder.type = type
        return type
    }

    /// Lets a type's constructor name the type it belongs to.
    final class TypeHolder: @unchecked Sendable {
        // @unchecked Sendable: set once, before the type is shared.
        weak var type: TypeObject?
    }

    static let types: [TypeObject] = [
        count, cycle, repeatType, accumulate, chain, compress, dropwhile, filterfalse, groupby, islice, pairwise,
        starmap, takewhile, zipLongest, product, permutations, combinations, combinationsWithReplacement,
    ]

    /// `chain.from_iterable`, set on the shared `chain` type once (swift_once), never by each Registry: registries
    /// are built on several threads at once, and writing the shared type's attributes from each raced.
    static let chainFromIterable: Void = {
        chain.attributes["from_iterable"] = .builtin(BuiltinFunction(
            name: "from_iterable", module: "itertools",
            doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily.") { args, vm in
            try args.check("from_iterable", min: 1, max: 1)
            return .iterator(chained(try Operations.makeIterator(args[0], vm), vm))
        })
    }()

    static func install(into r: Registry) {
        r.declareModule("itertools", doc: "Functional tools for creating and using iterators.")
        for t in types { r.register("itertools." + t.name, value: .type(t)) }
        _ = chainFromIterable
        r.register("itertools.tee", doc: "Returns a tuple of n independent iterators.", parameters: ["iterable", "n"],
                   body: tee)
    }

    /// Checks that a function of the module got no keyword arguments.
    static func noKeywords(_ name: String, _ args: Arguments) throws {
        if !args.keywords.isEmpty { throw RuntimeError.typeError("\(name)() takes no keyword arguments") }
    }

    /// Checks the number of positional arguments as CPython's argument clinic phrases it.
    static func arity(_ name: String, _ args: Arguments, _ min: Int, _ max: Int) throws {
        if args.count < min {
            throw RuntimeError.typeError("\(name) expected \(min == max ? "" : "at least ")\(min) argument"
                + "\(min == 1 ? "" : "s"), got \(args.count)")
        }
        if args.count > max {
            throw RuntimeError.typeError("\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(args.count)")
        }
    }

    // MARK: - Infinite iterators

    static let count = type("count", doc: "Return a count object whose .__next__() method returns consecutive "
                            + "values.") { args, vm, type in
        try args.check("count", min: 0, max: 2, keywords: ["start", "step"])
        var current = args.argument(0, "start") ?? .int(0)
        let step = args.argument(1, "step") ?? .int(1)
        for v in [current, step] where !isNumber(v) { throw RuntimeError.typeError("a number is required") }
        let it = IteratorObject(type: type) {
            defer {
                if case .int(let a) = current, case .int(let b) = step, case (let sum, false) = a.addingReportingOverflow(b) {
                    current = .int(sum)
                } else if let next = try? Operations.binary(.add, current, step, vm) {
                    current = next
                }
            }
            return current
        }
        it.describe = { vm in
            if case .int(1) = step { return "count(\(ValueFormatter.repr(current, vm)))" }
            return "count(\(ValueFormatter.repr(current, vm)), \(ValueFormatter.repr(step, vm)))"
        }
        return it
    }

    /// Whether `v` is a number `count` accepts: not a container, string or None (an instance needs `__add__`).
    static func isNumber(_ v: Value) -> Bool {
        switch v {
        case .str, .bytes, .list, .tuple, .dict, .set, .none, .range, .slice, .function, .builtin, .module, .type:
            return false
        case .instance(let i): return i.cls.find("__add__").found != nil
        default: return true
        }
    }

    static let cycle = type("cycle", doc: "Return elements from the iterable until it is exhausted. Then repeat "
                            + "the sequence indefinitely.") { args, vm, type in
        try noKeywords("cycle", args)
        try arity("cycle", args, 1, 1)
        let it = try Operations.makeIterator(args[0], vm)
        var saved: [Value] = []
        var index = -1
        return IteratorObject(type: type) {
            if index < 0 {
                if let e = try it.next() {
                    saved.append(e)
                    return e
                }
                guard !saved.isEmpty else { return nil }
                index = 0
            }
            guard !saved.isEmpty else { return nil }
            defer { index = (index + 1) % saved.count }
            return saved[index]
        }
    }

    static let repeatType = type("repeat", doc: "repeat(object [,times]) -> create an iterator which returns the "
                                 + "object for the specified number of times.") { args, _, type in
        try args.check("repeat", min: 1, max: 2, keywords: ["object", "times"])
        guard let object = args.argument(0, "object") else {
            throw RuntimeError.typeError("repeat() missing required argument 'object' (pos 1)")
        }
        var remaining: Int?
        if let times = args.argument(1, "times") {
            remaining = max(0, try StringMethods.integer(times))
        }
        let it = IteratorObject(type: type) {
            if let left = remaining {
                guard left > 0 else { return nil }
                remaining = left - 1
            }
            return object
        }
        it.describe = { vm in
            let shown = ValueFormatter.repr(object, vm)
            return remaining.map { "repeat(\(shown), \($0))" } ?? "repeat(\(shown))"
        }
        return it
    }

    // MARK: - Iterators over their inputs

    static let accumulate = type("accumulate", doc: "Return series of accumulated sums (or other binary function "
                                 + "results).") { args, vm, type in
        try args.check("accumulate", min: 1, max: 2, keywords: ["iterable", "func", "initial"])
        guard let iterable = args.argument(0, "iterable") else {
            throw RuntimeError.typeError("accumulate() missing required argument 'iterable' (pos 1)")
        }
        let it = try Operations.makeIterator(iterable, vm)
        let function = args.argument(1, "func").flatMap { $0.isNone ? nil : $0 }
        var total: Value? = nil
        var pendingInitial = args.keyword("initial").flatMap { $0.isNone ? nil : $0 }
        return IteratorObject(type: type) {
            if let initial = pendingInitial {
                pendingInitial = nil
                total = initial
                return initial
            }
            guard let e = try it.next() else { return nil }
            if let current = total {
                total = try function.map { try vm.call($0, current, e) } ?? Operations.binary(.add, current, e, vm)
            } else {
                total = e
            }
            return total
        }
    }

    static let chain = type("chain", doc: "Return a chain object whose .__next__() method returns elements from "
                            + "the first iterable until it is exhausted, then elements from the next iterable, until "
                            + "all of the iterables are exhausted.") { args, vm, type in
        try noKeywords("chain", args)
        return chained(IteratorObject.over(args.positional), vm, type: type)
    }

    /// The elements of each iterable that `sources` yields, in turn; each source is started when reached.
    static func chained(_ sources: IteratorObject, _ vm: Interpreter, type: TypeObject = chain) -> IteratorObject {
        var current: IteratorObject?
        return IteratorObject(type: type) {
            while true {
                if let it = current, let e = try it.next() { return e }
                guard let next = try sources.next() else { return nil }
                current = try Operations.makeIterator(next, vm)
            }
        }
    }

    static let compress = type("compress", doc: "Return data elements corresponding to true selector elements.")
    { args, vm, type in
        try args.check("compress", min: 0, max: 2, keywords: ["data", "selectors"])
        guard let data = args.argument(0, "data") else {
            throw RuntimeError.typeError("compress() missing required argument 'data' (pos 1)")
        }
        guard let selectors = args.argument(1, "selectors") else {
            throw RuntimeError.typeError("compress() missing required argument 'selectors' (pos 2)")
        }
        let values = try Operations.makeIterator(data, vm), flags = try Operations.makeIterator(selectors, vm)
        return IteratorObject(type: type) {
            while let e = try values.next() {
                guard let flag = try flags.next() else { return nil }
                if try flag.isTruthyOrThrow() { return e }
            }
            return nil
        }
    }

    static let dropwhile = type("dropwhile", doc: "Drop items from the iterable while predicate(item) is true.")
    { args, vm, type in
        try noKeywords("dropwhile", args)
        try arity("dropwhile", args, 2, 2)
        let predicate = args[0], it = try Operations.makeIterator(args[1], vm)
        var dropping = true
        return IteratorObject(type: type) {
            while let e = try it.next() {
                if dropping, try vm.call(predicate, e).isTruthyOrThrow() { continue }
                dropping = false
                return e
            }
            return nil
        }
    }

    static let takewhile = type("takewhile", doc: "Return successive entries from an iterable as long as the "
                                + "predicate evaluates to true for each entry.") { args, vm, type in
        try noKeywords("takewhile", args)
        try arity("takewhile", args, 2, 2)
        let predicate = args[0], it = try Operations.makeIterator(args[1], vm)
        var taking = true
        return IteratorObject(type: type) {
            guard taking, let e = try it.next() else { return nil }
            if try vm.call(predicate, e).isTruthyOrThrow() { return e }
            taking = false
            return nil
        }
    }

    static let filterfalse = type("filterfalse", doc: "Return those items of iterable for which function(item) is "
                                  + "false.") { args, vm, type in
        try noKeywords("filterfalse", args)
        try arity("filterfalse", args, 2, 2)
        let function = args[0], it = try Operations.makeIterator(args[1], vm)
        return IteratorObject(type: type) {
            while let e = try it.next() {
                let test = function.isNone ? e : try vm.call(function, e)
                if !(try test.isTruthyOrThrow()) { return e }
            }
            return nil
        }
    }

    static let starmap = type("starmap", doc: "Return an iterator whose values are returned from the function "
                              + "evaluated with an argument tuple taken from the given sequence.") { args, vm, type in
        try noKeywords("starmap", args)
        try arity("starmap", args, 2, 2)
        let function = args[0], it = try Operations.makeIterator(args[1], vm)
        return IteratorObject(type: type) {
            guard let e = try it.next() else { return nil }
            return try vm.call(function, Arguments(try Operations.collect(e, vm)))
        }
    }

    static let pairwise = type("pairwise", doc: "Return an iterator of overlapping pairs taken from the input "
                               + "iterator.") { args, vm, type in
        try noKeywords("pairwise", args)
        try arity("pairwise", args, 1, 1)
        let it = try Operations.makeIterator(args[0], vm)
        var previous: Value?
        return IteratorObject(type: type) {
            if previous == nil {
                guard let first = try it.next() else { return nil }
                previous = first
            }
            guard let a = previous, let b = try it.next() else {
                previous = nil
                return nil
            }
            previous = b
            return .tuple([a, b])
        }
    }

    static let zipLongest = type("zip_longest", doc: "Return a zip_longest object whose .__next__() method returns "
                                 + "a tuple where the i-th element comes from the i-th iterable argument.") { args, vm, type in
        try args.check("zip_longest", min: 0, max: Int.max, keywords: ["fillvalue"])
        let fill = args.keyword("fillvalue") ?? .none
        var iterators: [IteratorObject?] = try args.positional.map { try Operations.makeIterator($0, vm) }
        var active = iterators.count
        return IteratorObject(type: type) {
            guard active > 0 else { return nil }
            var items: [Value] = []
            items.reserveCapacity(iterators.count)
            for i in iterators.indices {
                if let it = iterators[i], let e = try it.next() {
                    items.append(e)
                    continue
                }
                if iterators[i] != nil {
                    iterators[i] = nil
                    active -= 1
                    if active == 0 { return nil }
                }
                items.append(fill)
            }
            return .tuple(items)
        }
    }
}
