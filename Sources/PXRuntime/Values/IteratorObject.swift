/// An iterator over a sequence, produced by `iter()`, `zip`, `map`, `enumerate`, generator expressions, ….
public final class IteratorObject {
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

    public static let genericType = TypeObject(name: "iterator")
    public static let generatorType = TypeObject(name: "generator")
    public static let zipType = TypeObject(name: "zip")
    public static let mapType = TypeObject(name: "map")
    public static let filterType = TypeObject(name: "filter")
    public static let enumerateType = TypeObject(name: "enumerate")
    public static let reversedType = TypeObject(name: "list_reverseiterator")
}
