import OrderedCollections

// MARK: - Finding attributes through the MRO

/// A class attribute found through the MRO.
struct ClassAttribute {
    /// The value (`.undefined` when nothing was found).
    let value: Value
    /// Whether it came from a built-in type (a method of `object`, `dict`, `BaseException`, …) rather than a
    /// class defined in the language.
    let isBuiltin: Bool

    static let missing = ClassAttribute(value: .undefined, isBuiltin: true)
}

extension TypeObject {
    /// The attribute `name` of the class or the first class of its MRO that has it, or nil.
    func lookup(_ name: String) -> Value? {
        let found = find(name)
        if case .undefined = found.value { return nil }
        return found.value
    }

    /// The attribute `name` when a class defined in the language provides it (it overrides the built-in
    /// behaviour), or nil.
    @inline(__always)
    func override(_ name: String) -> Value? {
        let found = find(name)
        if found.isBuiltin { return nil }
        return found.value
    }

    /// The attribute `name` through the MRO, cached per class (built-in types are not cached: they are shared
    /// between threads, and their lookups are table searches anyway).
    func find(_ name: String) -> ClassAttribute {
        guard isUserDefined else {
            // A built-in type's own class attributes (see `defineClassAttribute`), then its methods.
            if !attributes.isEmpty, let v = attributes[name] { return ClassAttribute(value: v, isBuiltin: true) }
            return BuiltinMethods.find(self, name)
        }
        let epoch = ClassEpoch.current
        if cacheEpoch == epoch {
            if let hit = lookupCache[name] { return hit }
        } else {
            lookupCache.removeAll(keepingCapacity: true)
            cacheEpoch = epoch
        }
        let found = search(name)
        lookupCache[name] = found
        return found
    }

    /// Searches the class and its ancestors without the cache.
    func search(_ name: String) -> ClassAttribute {
        if let v = attributes[name] { return ClassAttribute(value: v, isBuiltin: false) }
        for t in ancestors {
            if t.isUserDefined {
                if let v = t.attributes[name] { return ClassAttribute(value: v, isBuiltin: false) }
            } else {
                let found = BuiltinMethods.find(t, name)
                if case .undefined = found.value { continue }
                return found
            }
        }
        return .missing
    }

    /// The class attributes in definition order, for sending the class elsewhere.
    public var attributeList: [(String, Value)] { attributes.map { ($0.key, $0.value) } }

    /// The method `name` of a built-in type taken from the type (`str.lower`), or nil.
    public func builtinMethod(_ name: String) -> Value? {
        guard !isUserDefined, let method = BuiltinMethods.descriptor(self, name) else { return nil }
        return .builtin(method)
    }

    /// Sets a class attribute (`Cls.x = v`, `setattr(Cls, "x", v)`), invalidating cached lookups.
    func setAttribute(_ name: String, _ value: Value) {
        attributes[name] = value
        ClassEpoch.advance()
    }

    /// Adds a class attribute to a built-in type that another target declares (`ipp.Cluster.from_file`).
    public func defineClassAttribute(_ name: String, _ value: Value) {
        setAttribute(name, value)
    }

    /// Deletes a class attribute; false when the class itself has no such attribute.
    func removeAttribute(_ name: String) -> Bool {
        guard attributes.removeValue(forKey: name) != nil else { return false }
        ClassEpoch.advance()
        return true
    }

    /// The `__init__` function when instances of the class are plain objects (no built-in base, no `__new__`)
    /// and `__init__` is a function defined in the language; nil otherwise. Cached per epoch.
    @inline(__always)
    func plainInit() -> Function? {
        if initializerEpoch == ClassEpoch.current { return plainInitializer }
        return refreshPlainInit()
    }

    func refreshPlainInit() -> Function? {
        initializerEpoch = ClassEpoch.current
        plainInitializer = nil
        guard isUserDefined, abstractMethods.isEmpty, solidBase === BuiltinTypes.object, override("__new__") == nil,
              case .function(let f)? = override("__init__") else { return nil }
        plainInitializer = f
        return f
    }

    /// The slot index of instance attribute `name`, laying it out when new.
    @inline(__always)
    func slotIndex(_ name: String) -> Int {
        if let index = layout[name] { return index }
        let index = layoutNames.count
        layout[name] = index
        layoutNames.append(name)
        // A new name may shadow a class attribute that access sites cached.
        ClassEpoch.advance()
        return index
    }

    // MARK: - Creating classes

    /// Python's C3 linearization of `bases`: the MRO of a new class after the class itself.
    /// - Throws: `TypeError` when no consistent order exists or a base repeats.
    static func linearize(_ bases: [TypeObject]) throws -> [TypeObject] {
        for (i, b) in bases.enumerated() where bases[..<i].contains(where: { $0 === b }) {
            throw RuntimeError.typeError("duplicate base class \(b.name)")
        }
        var sequences = bases.map { $0.fullMRO } + [bases]
        var result: [TypeObject] = []
        while true {
            sequences.removeAll { $0.isEmpty }
            if sequences.isEmpty { return result }
            var chosen: TypeObject?
            for sequence in sequences {
                let head = sequence[0]
                if !sequences.contains(where: { $0.dropFirst().contains { $0 === head } }) {
                    chosen = head
                    break
                }
            }
            guard let next = chosen else {
                var heads: [String] = []
                // CPython names the head of every sequence left, the list of bases included.
                for sequence in sequences where !heads.contains(sequence[0].name) {
                    heads.append(sequence[0].name)
                }
                throw RuntimeError.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                    + heads.joined(separator: ", "))
            }
            result.append(next)
            for i in sequences.indices where sequences[i].first === next { sequences[i].removeFirst() }
        }
    }

    /// The built-in type whose representation instances of a class with `bases` share.
    /// - Throws: `TypeError` for built-in types that cannot be subclassed, or bases with conflicting layouts.
    static func solidBase(of bases: [TypeObject]) throws -> TypeObject {
        var solid = BuiltinTypes.object
        for b in bases {
            let candidate = b.solidBase
            guard candidate.isUserDefined || BuiltinTypes.subclassable.contains(where: { candidate === $0 })
                    || candidate.isExceptionType else {
                throw RuntimeError.typeError("type '\(candidate.name)' is not an acceptable base type")
            }
            if candidate.isSubtype(of: solid) {
                solid = candidate
            } else if !solid.isSubtype(of: candidate) {
                throw RuntimeError.typeError("multiple bases have instance lay-out conflict")
            }
        }
        return solid
    }
}
