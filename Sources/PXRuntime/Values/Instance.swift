/// An instance of a class defined in the language.
///
/// Attributes live in slots, indexed by the class's `layout` (a name gets the same index in every instance
/// of the class, so an access site can cache it). The slots are one block of memory the instance owns (no
/// array: no copy-on-write checks or generic metadata on the hot path). Reading `__dict__` moves them into a
/// dictionary that is then the instance's storage (`dict`), so `obj.__dict__` is live as in Python.
public final class Instance {
    /// The instance's class.
    public let cls: TypeObject
    /// Attribute values by slot index of `cls.layout`, `slotCount` of them, all initialized; `.undefined` where
    /// an attribute is not set. Unused once `dict` exists.
    @exclusivity(unchecked) private(set) var slotStorage: UnsafeMutablePointer<Value>
    /// The number of slots.
    @exclusivity(unchecked) private(set) var slotCount: Int
    /// The attribute dictionary, once `__dict__` was asked for.
    @exclusivity(unchecked) var dict: DictObject?
    /// For an instance of a subclass of a built-in type (`class Registry(dict)`), the built-in value it
    /// extends; nil otherwise.
    @exclusivity(unchecked) public internal(set) var builtinValue: Value?

    /// Creates an instance with no attributes set.
    init(cls: TypeObject) {
        self.cls = cls
        let count = cls.layoutNames.count
        slotCount = count
        slotStorage = .allocate(capacity: max(count, 1))
        slotStorage.initialize(repeating: .undefined, count: count)
    }

    deinit {
        let storage = slotStorage, count = slotCount
        if count > 0 {
            DeferredRelease.release(now: { storage.deinitialize(count: count) }, later: {
                [Value](unsafeUninitializedCapacity: count) { buffer, initialized in
                    guard let base = buffer.baseAddress else { return }
                    base.moveInitialize(from: storage, count: count)
                    initialized = count
                }
            })
        }
        storage.deallocate()
    }

    /// The value in slot `index` (`.undefined` when unset or beyond the slots).
    @inline(__always)
    func slot(_ index: Int) -> Value {
        index < slotCount ? slotStorage[index] : .undefined
    }

    /// Creates an instance of a class received from another process, to be filled with
    /// `setReceivedAttribute(_:_:)` (no `__init__` runs, as when unpickling).
    public convenience init(receivedOf cls: TypeObject) {
        self.init(cls: cls)
    }

    /// Sets an attribute of an instance being received.
    public func setReceivedAttribute(_ name: String, _ value: Value) {
        setOwnAttribute(name, value)
    }

    /// Sets the built-in value of a received instance of a subclass of a built-in type.
    public func setReceivedBuiltinValue(_ value: Value) {
        builtinValue = value
    }

    /// The attributes set on the instance, for sending it elsewhere.
    public var attributeList: [(String, Value)] { ownAttributes }

    /// The attribute `name` set on the instance itself, or nil.
    func ownAttribute(_ name: String) -> Value? {
        if let dict { return (try? dict.get(HashKey(string: name))) ?? nil }
        guard let index = cls.layout[name] else { return nil }
        let v = slot(index)
        if case .undefined = v { return nil }
        return v
    }

    /// Sets the attribute `name` on the instance itself.
    func setOwnAttribute(_ name: String, _ value: Value) {
        if let dict {
            dict.set(name, value)
            return
        }
        store(value, at: cls.slotIndex(name))
    }

    /// Stores into slot `index`, growing the slots when the class laid out names after this instance was made.
    @inline(__always)
    func store(_ value: consuming Value, at index: Int) {
        if index >= slotCount { grow(to: max(index + 1, cls.layoutNames.count)) }
        (slotStorage + index).store(value)
    }

    /// Makes room for `count` slots, the new ones unset.
    func grow(to count: Int) {
        let storage = UnsafeMutablePointer<Value>.allocate(capacity: count)
        storage.moveInitialize(from: slotStorage, count: slotCount)
        (storage + slotCount).initialize(repeating: .undefined, count: count - slotCount)
        slotStorage.deallocate()
        slotStorage = storage
        slotCount = count
    }

    /// Unsets every slot (their values moved to `dict`, or replaced by an assigned `__dict__`).
    func clearSlots() {
        for i in 0..<slotCount { slotStorage[i] = .undefined }
    }

    /// Removes the attribute `name` from the instance; false when it was not set.
    func removeOwnAttribute(_ name: String) -> Bool {
        if let dict { return ((try? dict.remove(HashKey(string: name))) ?? nil) != nil }
        guard let index = cls.layout[name], !slot(index).isUndefined else { return false }
        slotStorage[index] = .undefined
        return true
    }

    /// The attributes set on the instance, in layout order (or dictionary order once `__dict__` exists).
    var ownAttributes: [(String, Value)] {
        if let dict {
            return dict.storage.compactMap { key, value in
                if case .str(let name) = key.value { return (name, value) }
                return nil
            }
        }
        var result: [(String, Value)] = []
        for i in 0..<slotCount where !slotStorage[i].isUndefined { result.append((cls.layoutNames[i], slotStorage[i])) }
        return result
    }

    /// `obj.__dict__`: the instance's attributes as a live dictionary.
    var attributeDictionary: DictObject {
        if let dict { return dict }
        let d = DictObject()
        for (name, value) in ownAttributes { d.set(name, value) }
        dict = d
        clearSlots()
        return d
    }
}
