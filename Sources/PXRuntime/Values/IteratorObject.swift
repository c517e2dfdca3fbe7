/// An iterator: what `iter()`, `zip`, `map`, `enumerate`, `reversed` and generators produce. It yields
/// its elements one at a time and holds nothing but its position, so iterating a huge range allocates
/// nothing.
///
/// Most iterators are a closure returning the next element; generators subclass it (`GeneratorIterator`).
public class IteratorObject {
    /// What `type(it)` reports (`list_iterator`, `zip`, `generator`).
    public let type: TypeObject
    let nextElement: () throws -> Value?
    /// What `repr` shows instead of `<type object at 0x…>`, for iterators whose CPython repr shows their state
    /// (`count(5)`, `repeat('x', 2)`).
    public var describe: ((Interpreter?) -> String)?

    /// Creates an iterator from a closure returning the next element or nil at the end.
    public init(type: TypeObject = IteratorObject.genericType, _ next: @escaping () throws -> Value?) {
        self.type = type
        self.nextElement = next
    }

    /// Creates an iterator of a subclass, which overrides `next()`.
    init(type: TypeObject) {
        self.type = type
        self.nextElement = { nil }
    }

    /// The next element, or nil when exhausted.
    public func next() throws -> Value? { try nextElement() }

    /// An iterator over an array of values.
    public static func over(_ values: [Value], type: TypeObject = IteratorObject.genericType) -> IteratorObject {
        var index = 0
        return IteratorObject(type: type) {
            guard index < values.count else { return nil }
            defer { index += 1 }
            return values[index]
        }
    }

    /// An iterator over `count` elements produced by position, `0..<count` (or backwards), stopping early
    /// when `element` returns nil (a sequence that shrank while it was iterated).
    static func indexed(type: TypeObject, count: @escaping () -> Int, reversed: Bool = false,
                        _ element: @escaping (Int) throws -> Value?) -> IteratorObject {
        if reversed {
            var index = count() - 1
            return IteratorObject(type: type) {
                guard index >= 0, index < count() else {
                    index = -1
                    return nil
                }
                defer { index -= 1 }
                return try element(index)
            }
        }
        var index = 0
        return IteratorObject(type: type) {
            guard index >= 0, index < count() else {
                index = -1
                return nil
            }
            defer { index += 1 }
            return try element(index)
        }
    }

    // MARK: - Types, as `type(it)` names them in CPython

    /// The type of an iterator over a sequence with `__getitem__`.
    public static let genericType = TypeObject(name: "iterator")
    public static let generatorType = TypeObject(name: "generator")
    public static let zipType = TypeObject(name: "zip")
    public static let mapType = TypeObject(name: "map")
    public static let filterType = TypeObject(name: "filter")
    public static let enumerateType = TypeObject(name: "enumerate")
    public static let reversedType = TypeObject(name: "reversed")
    public static let callableType = TypeObject(name: "callable_iterator")
    public static let listType = TypeObject(name: "list_iterator")
    public static let listReversedType = TypeObject(name: "list_reverseiterator")
    public static let tupleType = TypeObject(name: "tuple_iterator")
    public static let rangeType = TypeObject(name: "range_iterator")
    public static let asciiStringType = TypeObject(name: "str_ascii_iterator")
    public static let stringType = TypeObject(name: "str_iterator")
    public static let bytesType = TypeObject(name: "bytes_iterator")
    public static let setType = TypeObject(name: "set_iterator")
    public static let dictKeysType = TypeObject(name: "dict_keyiterator")
    public static let dictValuesType = TypeObject(name: "dict_valueiterator")
    public static let dictItemsType = TypeObject(name: "dict_itemiterator")
    public static let dictReversedKeysType = TypeObject(name: "dict_reversekeyiterator")
    public static let dictReversedValuesType = TypeObject(name: "dict_reversevalueiterator")
    public static let dictReversedItemsType = TypeObject(name: "dict_reverseitemiterator")
}

/// An iterator over a range: it computes each element and holds two integers.
final class RangeIterator: IteratorObject {
    @exclusivity(unchecked) private var current: Int
    @exclusivity(unchecked) private var remaining: Int
    private let step: Int

    init(_ r: RangeObject) {
        current = r.start
        remaining = r.count
        step = r.step
        super.init(type: IteratorObject.rangeType)
    }

    override func next() -> Value? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        defer { current &+= step }
        return .int(current)
    }
}

/// An iterator over a list, by position: it sees the list change as Python's does.
final class ListIterator: IteratorObject {
    private let list: ListObject
    @exclusivity(unchecked) private var index = 0

    init(_ list: ListObject) {
        self.list = list
        super.init(type: IteratorObject.listType)
    }

    override func next() -> Value? {
        guard index >= 0, index < list.items.count else {
            index = -1
            return nil
        }
        defer { index += 1 }
        return list.items[index]
    }
}

/// An iterator over the elements of a tuple.
final class TupleIterator: IteratorObject {
    private let items: [Value]
    @exclusivity(unchecked) private var index = 0

    init(_ items: [Value]) {
        self.items = items
        super.init(type: IteratorObject.tupleType)
    }

    override func next() -> Value? {
        guard index < items.count else { return nil }
        defer { index += 1 }
        return items[index]
    }
}
