import PXBigInt

/// The methods of `list`, `tuple`, `dict`, `set` and `bytes`.
enum CollectionMethods {
    static let listNames = ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove",
                            "reverse", "sort"]
    static let tupleNames = ["count", "index"]
    static let dictNames = ["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault",
                            "update", "values"]
    static let setNames = ["add", "clear", "copy", "difference", "difference_update", "discard", "intersection",
                           "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove",
                           "symmetric_difference", "union", "update"]
    static let frozensetNames = ["copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset",
                                 "symmetric_difference", "union"]
    static var bytesNames: [String] { BytesMethods.names }

    static func list(_ l: ListObject, _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "append":
            try args.check("list.append", min: 1, max: 1)
            l.items.append(args[0])
        case "extend":
            try args.check("list.extend", min: 1, max: 1)
            l.items += try Operations.collect(args[0], vm)
        case "insert":
            try args.check("insert", min: 2, max: 2)
            let n = l.items.count
            var i = try StringMethods.integer(args[0])
            if i < 0 { i = max(0, i + n) }
            l.items.insert(args[1], at: min(i, n))
        case "pop":
            try args.check("pop", min: 0, max: 1)
            if l.items.isEmpty { throw RuntimeError.indexError("pop from empty list") }
            if args.count == 0 { return l.items.removeLast() }
            let n = l.items.count
            let i = try StringMethods.integer(args[0])
            let k = i < 0 ? i + n : i
            guard k >= 0 && k < n else { throw RuntimeError.indexError("pop index out of range") }
            return l.items.remove(at: k)
        case "remove":
            try args.check("list.remove", min: 1, max: 1)
            guard let i = try l.firstIndex(equalTo: args[0]) else {
                throw RuntimeError.valueError("list.remove(x): x not in list")
            }
            // The item's `__eq__` may have shortened the list: then, as CPython, nothing is removed.
            if i < l.items.count { l.items.remove(at: i) }
        case "index":
            let (start, stop) = try indexBounds(args, count: l.items.count)
            if let i = try l.firstIndex(equalTo: args[0], from: start, to: stop) { return .int(i) }
            throw RuntimeError.valueError("\(ValueFormatter.repr(args[0], vm)) is not in list")
        case "count":
            try args.check("count", min: 1, max: 1)
            return .int(try l.count(equalTo: args[0]))
        case "reverse": l.items.reverse()
        case "clear": l.items.removeAll()
        case "copy": return .list(ListObject(l.items))
        case "sort":
            try args.check("sort", min: 0, max: 0, keywords: ["key", "reverse"])
            try l.sort(key: args.keyword("key"), reverse: args.keyword("reverse")?.isTruthy ?? false, vm)
        default:
            return nil
        }
        return Value.none
    }

    /// The `start` and `stop` arguments of `index(x, start, stop)` for a sequence of `count` items, negative
    /// ones counted from the end (no `stop`: `Int.max`, as CPython's default).
    static func indexBounds(_ args: Arguments, count n: Int) throws -> (start: Int, stop: Int) {
        try args.check("index", min: 1, max: 3)
        var start = args.count > 1 ? try StringMethods.integer(args[1]) : 0
        var stop = args.count > 2 ? try StringMethods.integer(args[2]) : Int.max
        if start < 0 { start = max(0, start + n) }
        if stop < 0 { stop = max(0, stop + n) }
        return (start, stop)
    }

    /// `tuple.index(x, start, stop)`.
    static func index(_ items: [Value], _ args: Arguments) throws -> Value {
        let (start, bound) = try indexBounds(args, count: items.count)
        let stop = min(bound, items.count)
        if start < stop {
            for i in start..<stop where try Operations.itemEquals(items[i], args[0]) { return .int(i) }
        }
        throw RuntimeError.valueError("tuple.index(x): x not in tuple")
    }

    static func tuple(_ t: [Value], _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "index": return try index(t, args)
        case "count":
            try args.check("count", min: 1, max: 1)
            return .int(try t.filter { try Operations.itemEquals($0, args[0]) }.count)
        default: return nil
        }
    }

    /// `range.index` and `range.count`, computed without producing the elements.
    static func range(_ r: RangeObject, _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        guard name == "index" || name == "count" else { return nil }
        try args.check(name, min: 1, max: 1)
        let item = args[0]
        var position: Int?
        switch item {
        case .int(let i) where r.contains(i): position = (i - r.start) / r.step
        case .bool(let b) where r.contains(b ? 1 : 0): position = ((b ? 1 : 0) - r.start) / r.step
        case .float(let d) where d == d.rounded() && abs(d) < 9e18 && r.contains(Int(d)):
            position = (Int(d) - r.start) / r.step
        default: break
        }
        if name == "count" { return .int(position == nil ? 0 : 1) }
        if let position { return .int(position) }
        switch item {
        case .int, .bool: throw RuntimeError.valueError("\(ValueFormatter.repr(item, vm)) is not in range")
        default: throw RuntimeError.valueError("sequence.index(x): x not in sequence")
        }
    }

    static func dict(_ d: DictObject, _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "fromkeys":
            // A class method, also reached through an instance (`{}.fromkeys(keys)`).
            return try BuiltinMethods.classMethod(BuiltinTypes.dict, name).map { try $0.body(args, vm) }
        case "get":
            try args.check("get", min: 1, max: 2)
            return try d.get(args[0]) ?? (args.count > 1 ? args[1] : .none)
        case "keys": return .object(DictView(dict: d, kind: .keys))
        case "values": return .object(DictView(dict: d, kind: .values))
        case "items": return .object(DictView(dict: d, kind: .items))
        case "pop":
            try args.check("pop", min: 1, max: 2)
            if let v = try d.remove(args[0]) { return v }
            if args.count > 1 { return args[1] }
            throw RuntimeError.keyError(args[0])
        case "popitem":
            guard let last = d.storage.elements.last else {
                throw RuntimeError.keyError(.str("popitem(): dictionary is empty"))
            }
            d.remove(at: d.storage.index(before: d.storage.endIndex))
            return .tuple([last.key.value, last.value])
        case "setdefault":
            try args.check("setdefault", min: 1, max: 2)
            return try d.setDefault(args[0], args.count > 1 ? args[1] : .none)
        case "update":
            try args.check("update", min: 0, max: 1, keywords: args.keywords.map(\.name))
            if let source = args.positional.first { try Constructors.fillDict(d, from: source, vm) }
            for (k, v) in args.keywords { d.set(k, v) }
            return Value.none
        case "copy": return .dict(DictObject(d.storage))
        case "clear":
            d.removeAll()
            return Value.none
        default: return nil
        }
    }

    static func set(_ s: SetObject, _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        func others() throws -> [SetObject] {
            try args.positional.map { v in
                if case .set(let o) = v { return o }
                return try SetObject(try Operations.collect(v, vm))
            }
        }
        if s.isFrozen && !frozensetNames.contains(name) {
            throw RuntimeError.attributeError("'frozenset' object has no attribute '\(name)'")
        }
        switch name {
        case "add":
            try args.check("set.add", min: 1, max: 1)
            try s.add(args[0])
        case "discard":
            try args.check("set.discard", min: 1, max: 1)
            try s.discard(args[0])
        case "remove":
            try args.check("set.remove", min: 1, max: 1)
            if !(try s.discard(args[0])) { throw RuntimeError.keyError(args[0]) }
        case "pop":
            guard let first = s.elements.first else { throw RuntimeError.keyError(.str("pop from an empty set")) }
            try s.discard(first)
            return first
        case "clear": s.removeAll()
        case "copy": return s.isFrozen ? .set(s) : .set(s.copy())
        case "union", "update":
            let result = name == "update" ? s : s.copy(frozen: s.isFrozen)
            for o in try others() { for e in o.elements { try result.add(e) } }
            return name == "update" ? Value.none : .set(result)
        case "intersection", "intersection_update":
            var current = s.elements
            for o in try others() { current = try current.filter { try o.contains($0) } }
            let result = try SetObject(current, frozen: s.isFrozen)
            if name == "intersection" { return .set(result) }
            s.removeAll()
            for e in current { try s.add(e) }
        case "difference", "difference_update":
            var current = s.elements
            for o in try others() { current = try current.filter { !(try o.contains($0)) } }
            if name == "difference" { return .set(try SetObject(current, frozen: s.isFrozen)) }
            s.removeAll()
            for e in current { try s.add(e) }
        case "symmetric_difference":
            guard let o = try others().first else { throw RuntimeError.typeError("symmetric_difference() takes exactly one argument") }
            return try Operations.binary(.bitXor, .set(s), .set(o), vm)
        case "issubset", "issuperset", "isdisjoint":
            guard let o = try others().first else { throw RuntimeError.typeError("\(name)() takes exactly one argument") }
            switch name {
            case "issubset": return .bool(try Operations.order(.lessEqual, .set(s), .set(o)))
            case "issuperset": return .bool(try Operations.order(.greaterEqual, .set(s), .set(o)))
            default: return .bool(try s.elements.allSatisfy { !(try o.contains($0)) })
            }
        default:
            return nil
        }
        return Value.none
    }

    static func bytes(_ b: [UInt8], _ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        try BytesMethods.call(b, name, args, vm)
    }
}

extension CollectionMethods {
    /// `range.count(x)` and `range.index(x)` for integers, without materialising the range.
    static func range(_ r: RangeObject, _ name: String, _ args: Arguments) throws -> Value? {
        guard name == "count" || name == "index", args.count == 1, let x = args[0].bigIntValue else { return nil }
        let found = r.contains(x)
        if name == "count" { return .int(found ? 1 : 0) }
        guard found else { throw RuntimeError.valueError("\(ValueFormatter.repr(args[0])) is not in range") }
        let b = r.bounds
        return .integer((x - b.start).floorDivided(by: b.step).quotient)
    }
}
