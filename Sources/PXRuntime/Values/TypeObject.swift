import OrderedCollections

/// A type: a built-in type (`int`, `list`), an exception class, the type of a native object, or a class
/// defined in the language with `class`.
///
/// A class defined in the language keeps its attributes in `attributes` (in definition order) and finds them
/// through its method resolution order (`mro`, Python's C3 linearization) with a per-class cache
/// (`TypeObject+Lookup.swift`). Its instances store their attributes in slot arrays laid out by the class
/// (`layout`), so compiled code can cache a slot index per access site.
///
/// `@unchecked Sendable`: built-in types never change after creation and are shared by every interpreter;
/// the mutable state of a class defined in the language (attributes, caches, layout) is touched only by the
/// interpreter thread that runs its program.
public final class TypeObject: @unchecked Sendable {
    /// The type's name, as `type(x).__name__` shows it.
    public let name: String
    /// The dotted path from the module to the class (`Outer.Inner`), as `__qualname__` shows it.
    public internal(set) var qualifiedName: String
    /// The first base class, if any.
    public let base: TypeObject?
    /// The base classes, in the order the definition lists them.
    public let bases: [TypeObject]
    /// The method resolution order after the type itself: its bases in C3 order, ending with `object` (empty
    /// for `object`). `fullMRO` adds the type in front, as `__mro__` shows it.
    public let ancestors: [TypeObject]
    /// The module the type lives in, for `repr` (`<class 'ipyparallel.error.RemoteError'>`).
    public let module: String?
    /// What calling the type does (`int("3")`, `ValueError("x")`); nil when the type cannot be called.
    public let constructor: (@Sendable (Arguments, Interpreter) throws -> Value)?
    /// The type's doc string for `help()`.
    public let doc: String
    /// Whether the class was defined in the language (by `class` or `type(name, bases, dict)`).
    public let isUserDefined: Bool
    /// For a class defined in the language, the built-in type whose representation its instances share: an
    /// exception type (instances are exceptions), a container type such as `dict` (instances wrap one), or
    /// `object`.
    let userSolidBase: TypeObject?

    /// The class attributes of a class defined in the language, in definition order. Change them through
    /// `setAttribute(_:_:)`, which invalidates the lookup caches.
    @exclusivity(unchecked) public internal(set) var attributes: OrderedDictionary<String, Value> = [:]
    /// Whether programs may set class attributes of this built-in type, as they may on the Python classes it
    /// stands for (ipyparallel's `CompositeError.tb_limit = 10`). Default: false (built-in types are immutable).
    @exclusivity(unchecked) public var acceptsAttributeAssignment = false
    /// The global namespace the class was defined in (its methods' globals); nil for built-in types.
    let globals: Namespace?
    /// Where the class travels from: assigned at creation, kept by copies received on engines.
    public internal(set) var identity: ClassIdentity?
    /// Where a class statement defined it (file name and line of `class`), for `Class??`; nil for built-in
    /// types and classes made by `type(...)`.
    public internal(set) var definitionSite: (fileName: String, line: Int)?
    /// Whether the class derives from `abc.ABC` or was made with `metaclass=ABCMeta`, so abstract methods
    /// prevent instantiation.
    var isAbstractBase = false
    /// The abstract methods that no class in the MRO overrides (an abstract-aware class with any of them cannot
    /// be instantiated).
    public internal(set) var abstractMethods: [String] = []
    /// The classes defined in the language that name this class (itself defined in the language) as a direct
    /// base, in creation order, held weakly (`subclasses`).
    @exclusivity(unchecked) var subclassReferences: [WeakType] = []
    /// For a class received from another process, the encoding of the attributes it last received (so a class
    /// sent again unchanged is not rebuilt); nil for classes made here.
    var receivedEncoding: [UInt8]?

    /// Attributes found through the MRO, by name (misses included). Valid while `cacheEpoch` is the current
    /// `ClassEpoch`.
    @exclusivity(unchecked) var lookupCache: [String: ClassAttribute] = [:]
    @exclusivity(unchecked) var cacheEpoch = -1
    /// `plainInitializer` is valid while this is the current `ClassEpoch`.
    @exclusivity(unchecked) var initializerEpoch = -1
    /// The `__init__` function of a class whose instances are plain objects made without `__new__`; nil when
    /// making an instance needs the general path.
    @exclusivity(unchecked) var plainInitializer: Function?
    /// Slot index of each instance attribute name seen on instances of the class (indices never change).
    @exclusivity(unchecked) var layout: [String: Int] = [:]
    /// The names of `layout` in slot order.
    @exclusivity(unchecked) var layoutNames: [String] = []

    /// Creates a built-in type.
    public init(name: String, base: TypeObject? = nil, module: String? = nil, doc: String = "",
                constructor: (@Sendable (Arguments, Interpreter) throws -> Value)? = nil) {
        self.name = name
        self.qualifiedName = name
        self.base = base
        self.bases = base.map { [$0] } ?? []
        self.module = module
        self.doc = doc
        self.constructor = constructor
        self.isUserDefined = false
        self.globals = nil
        var chain: [TypeObject] = []
        var t = base
        while let current = t {
            chain.append(current)
            t = current.base
        }
        self.ancestors = chain.last === BuiltinTypes.object ? chain : chain + [BuiltinTypes.object]
        self.userSolidBase = nil
        self.identity = nil
    }

    /// Creates a built-in type with several bases (`io.UnsupportedOperation`, an `OSError` and a `ValueError`),
    /// its MRO by C3 linearization.
    /// - Precondition: the bases have a consistent MRO (a fact of the built-in catalog).
    public init(name: String, bases: [TypeObject], module: String? = nil, doc: String = "") {
        self.name = name
        self.qualifiedName = name
        self.base = bases.first
        self.bases = bases
        self.module = module
        self.doc = doc
        self.constructor = nil
        self.isUserDefined = false
        self.globals = nil
        guard let ancestors = try? TypeObject.linearize(bases) else {
            fatalError("internal inconsistency: the bases of built-in type \(name) have no consistent MRO")
        }
        self.ancestors = ancestors.last === BuiltinTypes.object ? ancestors : ancestors + [BuiltinTypes.object]
        self.userSolidBase = nil
        self.identity = nil
    }

    /// The root `object` type (no bases, and no `object` in its own MRO list).
    init(root name: String) {
        self.name = name
        self.qualifiedName = name
        self.base = nil
        self.bases = []
        self.ancestors = []
        self.module = nil
        self.doc = "The base class of the class hierarchy."
        self.constructor = nil
        self.isUserDefined = false
        self.globals = nil
        self.userSolidBase = nil
        self.identity = nil
    }

    /// Creates a class defined in the language.
    /// - Parameters:
    ///   - name: the class name.
    ///   - qualifiedName: its `__qualname__`.
    ///   - bases: the base classes (`object` when none is given).
    ///   - ancestors: the MRO after the class itself, computed by `TypeObject.linearize`.
    ///   - solidBase: the built-in type whose representation instances share.
    ///   - attributes: the class namespace.
    ///   - module: the module name (`__main__`).
    ///   - globals: the namespace the methods run in.
    init(userClass name: String, qualifiedName: String, bases: [TypeObject], ancestors: [TypeObject],
         solidBase: TypeObject,
         attributes: OrderedDictionary<String, Value>, module: String, globals: Namespace?) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.base = bases.first
        self.bases = bases
        self.ancestors = ancestors
        self.module = module
        if case .str(let text)? = attributes["__doc__"] { self.doc = text } else { self.doc = "" }
        self.constructor = nil
        self.isUserDefined = true
        self.userSolidBase = solidBase
        self.attributes = attributes
        self.globals = globals
        self.identity = nil
        for base in bases where base.isUserDefined {
            base.subclassReferences.removeAll { $0.type == nil }
            base.subclassReferences.append(WeakType(type: self))
        }
    }

    /// The built-in type whose representation values of this type have (itself, for a built-in type).
    public var solidBase: TypeObject { userSolidBase ?? self }

    /// Whether this type is `other` or derives from it.
    public func isSubtype(of other: TypeObject) -> Bool {
        if self === other || other === BuiltinTypes.object { return true }
        for t in ancestors where t === other { return true }
        return false
    }

    /// Whether this is an exception class.
    public var isExceptionType: Bool { isSubtype(of: BuiltinTypes.baseException) }

    /// The MRO as `__mro__` shows it: the type itself first.
    public var fullMRO: [TypeObject] { [self] + ancestors }

    /// `<class 'int'>`, `<class '__main__.Point'>`.
    public var repr: String {
        if let module, module != "builtins" { return "<class '\(module).\(qualifiedName)'>" }
        return "<class '\(qualifiedName)'>"
    }
}

/// Where a class defined in the language comes from: the process that created it and a serial number there.
/// A class that travels to an engine and back arrives as the original class.
public struct ClassIdentity: Hashable, Sendable {
    /// A random number drawn once per process.
    public let origin: UInt64
    /// The class's serial number in its process.
    public let serial: UInt64

    /// Creates an identity.
    public init(origin: UInt64, serial: UInt64) {
        self.origin = origin
        self.serial = serial
    }
}
