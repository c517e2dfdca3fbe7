/// A class held without keeping it alive.
struct WeakType {
    weak var type: TypeObject?
}

extension TypeObject {
    /// The live classes that name this one as a direct base, in creation order, as `__subclasses__()` returns
    /// them. Only classes defined in the language keep track; a built-in type answers an empty list (CPython's
    /// would hold its own standard library's classes).
    public var subclasses: [TypeObject] {
        subclassReferences.compactMap(\.type)
    }
}
