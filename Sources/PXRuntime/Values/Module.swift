/// A module: a named table of attributes.
///
/// A built-in module (`math`, `numpy.random`) holds the members its registry gave it. A module run from source
/// (a `.py` file, or a standard module written in the language) is its global namespace: its attributes are
/// the namespace's variables, so `m.x = 1` is seen by the module's functions and `global x` in them is seen
/// as `m.x`, as in Python.
public final class Module {
    /// The module name (`math`, `numpy.random`, `helper_mod`).
    public let name: String
    /// The doc string of a built-in module.
    public var doc: String
    /// For a module run from source, its global namespace; nil for a built-in module.
    public let namespace: Namespace?
    /// For a module run from source, the file it was read from (`__file__`); nil otherwise.
    public let file: String?
    private var table: [String: Value] = [:]
    private var tableOrder: [String] = []
    /// Counts changes to the attributes of a built-in module, so call sites can cache what they looked up.
    private(set) var version = 0

    /// Creates an empty built-in module.
    public init(name: String, doc: String = "") {
        self.name = name
        self.doc = doc
        self.namespace = nil
        self.file = nil
    }

    /// Creates a module whose attributes are the variables of `namespace` (a module run from source).
    /// - Parameters:
    ///   - name: the module name, also bound as `__name__` in the namespace.
    ///   - namespace: the module's globals.
    ///   - file: the source file (`__file__`), if any.
    public init(name: String, namespace: Namespace, file: String?) {
        self.name = name
        self.doc = ""
        self.namespace = namespace
        self.file = file
        namespace["__name__"] = .str(name)
        if let file { namespace["__file__"] = .str(file) }
    }

    /// The attribute `name`, or nil.
    public func attribute(_ name: String) -> Value? {
        if let namespace { return namespace[name] }
        return table[name]
    }

    /// Sets an attribute.
    public func set(_ name: String, _ value: Value) {
        if let namespace {
            namespace[name] = value
            return
        }
        version += 1
        if table.updateValue(value, forKey: name) == nil { tableOrder.append(name) }
    }

    /// Removes an attribute; false when there was none.
    @discardableResult
    public func remove(_ name: String) -> Bool {
        if let namespace {
            guard namespace[name] != nil else { return false }
            namespace[name] = nil
            return true
        }
        guard table.removeValue(forKey: name) != nil else { return false }
        version += 1
        tableOrder.removeAll { $0 == name }
        return true
    }

    /// The attribute names: in definition order for a built-in module, sorted for a module run from source.
    public var order: [String] {
        namespace?.names ?? tableOrder
    }

    /// The attributes (a copy).
    public var attributes: [String: Value] {
        guard let namespace else { return table }
        var result: [String: Value] = [:]
        for name in namespace.names { result[name] = namespace[name] }
        return result
    }

    /// The names `from module import *` binds: `__all__` when the module defines it, else every name that does
    /// not start with an underscore.
    public func publicNames() throws -> [String] {
        if let all = attribute("__all__") {
            return try Operations.collect(all, nil).map { try StringMethods.string($0, "Item in __all__ must be str") }
        }
        return order.filter { !$0.hasPrefix("_") }
    }
}
