import DequeModule
import PXLang

/// `collections.deque`: a double-ended queue with O(1) appends and pops at both ends, optionally bounded
/// (`maxlen`: appending to a full deque drops an element from the other end).
final class DequeObject: NativeObject {
    static let type = TypeObject(name: "deque", module: "collections",
                                 doc: "A list-like sequence optimized for data accesses near its endpoints.") { args, vm in
        try args.check("deque", min: 0, max: 2, keywords: ["iterable", "maxlen"])
        let deque = DequeObject(maxLength: try maxLength(args.argument(1, "maxlen")))
        if let iterable = args.argument(0, "iterable") { try deque.extend(iterable, vm) }
        return .object(deque)
    }

    var items: Deque<Value> = []
    let maxLength: Int?
    /// Counts changes, so an iteration notices the deque changed under it.
    var mutations = 0

    init(maxLength: Int?, items: Deque<Value> = []) {
        self.maxLength = maxLength
        self.items = items
    }

    /// The `maxlen` argument: None or a non-negative int.
    static func maxLength(_ v: Value?) throws -> Int? {
        switch v {
        case nil, .none?: return nil
        case .int(let n)?:
            guard n >= 0 else { throw RuntimeError.valueError("maxlen must be non-negative") }
            return n
        case .bool(let b)?: return b ? 1 : 0
        case let other?: throw RuntimeError.typeError("'\(other.typeName)' object cannot be interpreted as an integer")
        }
    }

    var pythonType: TypeObject { DequeObject.type }
    var isTruthy: Bool { !items.isEmpty }
    var shippedForm: Value? { .list(Array(items)) }
    var attributeNames: [String] {
        ["append", "appendleft", "clear", "copy", "count", "extend", "extendleft", "index", "insert", "maxlen", "pop",
         "popleft", "remove", "reverse", "rotate", "__copy__", "__reversed__"]
    }

    // MARK: - Changing

    func append(_ v: Value) {
        mutations += 1
        if let maxLength {
            if maxLength == 0 { return }
            if items.count == maxLength { items.removeFirst() }
        }
        items.append(v)
    }

    func appendLeft(_ v: Value) {
        mutations += 1
        if let maxLength {
            if maxLength == 0 { return }
            if items.count == maxLength { items.removeLast() }
        }
        items.prepend(v)
    }

    func extend(_ iterable: Value, _ vm: Interpreter) throws {
        if case .object(let o) = iterable, o === self {
            for v in Array(items) { append(v) }
            return
        }
        try Operations.iterate(iterable, vm) { append($0); return true }
    }

    func rotate(_ n: Int) {
        guard items.count > 1 else { return }
        mutations += 1
        let k = ((n % items.count) + items.count) % items.count
        guard k != 0 else { return }
        let tail = items.suffix(k)
        items.removeLast(k)
        items.insert(contentsOf: tail, at: 0)
    }

    private func position(_ key: Value) throws -> Int {
        guard case .int = key.unwrappingBool else {
            throw RuntimeError.typeError("sequence index must be integer, not '\(key.typeName)'")
        }
        return try Operations.index(key.unwrappingBool, count: items.count, kind: "deque")
    }

    // MARK: - Protocols

    func item(_ key: Value, _ interpreter: Interpreter) throws -> Value { items[try position(key)] }

    func setItem(_ key: Value, _ value: Value, _ interpreter: Interpreter) throws {
        items[try position(key)] = value
    }

    func deleteItem(_ key: Value, _ interpreter: Interpreter) throws {
        mutations += 1
        items.remove(at: try position(key))
    }

    func length(_ interpreter: Interpreter) throws -> Int { items.count }

    /// Raises CPython's "deque mutated during iteration" (a `RuntimeError`, or the given type) when the deque
    /// changed since `start` (a value of `mutations`): an element's `__eq__` or the loop body changed it.
    func checkUnchanged(since start: Int, error: TypeObject = BuiltinTypes.runtimeError) throws {
        guard mutations == start else { throw RuntimeError(error, "deque mutated during iteration") }
    }

    func makeIterator(_ interpreter: Interpreter) throws -> IteratorObject {
        let start = mutations
        var index = 0
        return IteratorObject(type: DequeObject.iteratorType) { [self] in
            try checkUnchanged(since: start)
            guard index < items.count else { return nil }
            defer { index += 1 }
            return items[index]
        }
    }

    static let iteratorType = TypeObject(name: "_deque_iterator", module: "collections")
    static let reverseIteratorType = TypeObject(name: "_deque_reverse_iterator", module: "collections")

    func repr(_ interpreter: Interpreter?) -> String {
        let list = ValueFormatter.repr(.list(Array(items)), interpreter)
        return maxLength.map { "deque(\(list), maxlen=\($0))" } ?? "deque(\(list))"
    }

    func compare(_ op: ComparisonOperator, _ other: Value) throws -> Bool? {
        guard case .object(let o) = other, let that = o as? DequeObject else { return op == .equal ? false : nil }
        if op == .equal { return try Operations.sequencesEqual(Array(items), Array(that.items)) }
        return try Operations.orderSequences(op, Array(items), Array(that.items))
    }

    func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool) throws -> Value? {
        switch op {
        case .add where !reflected:
            guard case .object(let o) = other, let that = o as? DequeObject else {
                throw RuntimeError.typeError("can only concatenate deque (not \"\(other.typeName)\") to deque")
            }
            let result = DequeObject(maxLength: maxLength)
            for v in items { result.append(v) }
            for v in that.items { result.append(v) }
            return .object(result)
        case .multiply:
            guard case .int(let n) = other.unwrappingBool else { return nil }
            let result = DequeObject(maxLength: maxLength)
            for _ in 0..<max(0, n) { for v in items { result.append(v) } }
            return .object(result)
        default:
            return nil
        }
    }
}

extension Value {
    /// A bool as the int it equals; other values unchanged.
    var unwrappingBool: Value {
        if case .bool(let b) = self { return .int(b ? 1 : 0) }
        return self
    }
}
