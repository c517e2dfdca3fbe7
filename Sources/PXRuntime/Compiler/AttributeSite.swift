import PXLang

/// The inline cache of one `obj.name` read in compiled code.
///
/// It remembers, for the class of the last instance seen there, where `name` is found: a slot of the
/// instance, a method or plain value of the class, or a property's getter. The entry is valid while the
/// class is the same and `ClassEpoch` has not moved (any change to a class, or a new instance attribute name
/// laid out, moves it), and only for instances without a materialized `__dict__`. Everything else takes the
/// full lookup of `Operations.instanceAttribute`, then refills the entry. The entry of the class seen before
/// is kept beside it (`other`), so a site that sees instances of two classes in turn (a method of a base class
/// run for two subclasses) swaps entries instead of looking the name up again.
final class AttributeSite {
    enum Entry {
        case none
        /// The instance's own attribute in slot `index` (no class attribute of that name).
        case slot(Int)
        /// The instance's slot when set, else a plain class attribute.
        case slotOrValue(Int, Value)
        /// A function of the class, bound to the instance on access.
        case method(Value)
        /// A plain class attribute (not a descriptor).
        case value(Value)
        /// A property's getter.
        case property(Value)
    }

    let name: String
    /// The class the entry describes; held so that identity comparison stays sound.
    private var cls: TypeObject?
    private var epoch = -1
    private var entry = Entry.none

    init(name: String) {
        self.name = name
    }

    /// The slot of a `.slot` or `.slotOrValue` entry, or -1: the fast path of `read`, tested without copying
    /// `entry`.
    private var slotIndex = -1

    /// The getter of a `.property` entry when it is a function defined in the language taking the instance
    /// alone: `read` calls it directly, without copying `entry` or dispatching on the getter's kind.
    private var getter: Function?

    /// The entry of the class seen before `cls`.
    private var other = (cls: TypeObject?.none, epoch: -1, entry: Entry.none, slotIndex: -1, getter: Function?.none)

    /// Makes the entry of `inst`'s class current when it is the other one kept: false when neither entry is
    /// for that class (or the other one is stale).
    @inline(never)
    private func switchEntry(_ inst: Instance) -> Bool {
        guard inst.cls === other.cls, other.epoch == ClassEpoch.current else { return false }
        swapEntries()
        return true
    }

    private func swapEntries() {
        swap(&cls, &other.cls)
        swap(&epoch, &other.epoch)
        swap(&entry, &other.entry)
        swap(&slotIndex, &other.slotIndex)
        swap(&getter, &other.getter)
    }

    /// `inst.name`.
    @inline(__always)
    func read(_ inst: Instance, _ vm: Interpreter) throws -> Value {
        if (inst.cls === cls && epoch == ClassEpoch.current) || switchEntry(inst), inst.dict == nil {
            let index = slotIndex
            if index >= 0, index < inst.slotCount {
                let p = inst.slotStorage + index
                if case .undefined = p.pointee {} else { return p.copy }
            }
            if let getter { return try vm.call(getter, .instance(inst)) }
            return try readEntry(inst, vm)
        }
        return try refill(inst, vm)
    }

    /// `read` when the entry is not a set slot.
    func readEntry(_ inst: Instance, _ vm: Interpreter) throws -> Value {
        switch entry {
        case .slot(let index):
            let v = inst.slot(index)
            if !v.isUndefined { return v }
        case .slotOrValue(let index, let value):
            let v = inst.slot(index)
            if !v.isUndefined { return v }
            return value
        case .method(let f):
            return .boundMethod(BoundMethod(receiver: .instance(inst), function: f, name: name))
        case .value(let v):
            return v
        case .property(let getter):
            return try vm.call(getter, .instance(inst))
        case .none:
            break
        }
        return try refill(inst, vm)
    }

    /// The attribute as a double when the instance's slot holds a `float` (the entry is refilled when
    /// stale, without running any code); nil otherwise.
    @inline(__always)
    func float(of inst: Instance) -> Double? {
        if !(inst.cls === cls && epoch == ClassEpoch.current) { prepare(inst) }
        let index = slotIndex
        guard inst.dict == nil, index >= 0, index < inst.slotCount else { return nil }
        if case .float(let d) = inst.slotStorage[index] { return d }
        return nil
    }

    /// `inst.name op= y` computed in the instance's slot, when the slot holds an `int` or a `float`, the
    /// result is Python's without any further rule (see `NumericOperand.arithmetic`), and both this entry and
    /// `store`'s say the attribute is read from and stored into that slot (no property, `__getattribute__` or
    /// `__setattr__`). False, with nothing changed, otherwise. (Refilling a stale entry runs no code.)
    @inline(__always)
    func update(_ inst: Instance, _ op: BinaryOperator, _ y: NumericOperand.Number, _ store: AttributeStoreSite)
        -> Bool {
        if !(inst.cls === cls && epoch == ClassEpoch.current) { prepare(inst) }
        let index = slotIndex
        guard inst.dict == nil, index >= 0, index < inst.slotCount, store.cachedSlot(inst) == index else {
            return false
        }
        let p = inst.slotStorage + index
        let x: NumericOperand.Number
        switch p.pointee {
        case .int(let i): x = .int(i)
        case .float(let d): x = .float(d)
        default: return false
        }
        guard let r = NumericOperand.arithmetic(op, x, y) else { return false }
        // The old value, an int or a float, owns nothing.
        p.initialize(to: r)
        return true
    }

    /// Looks the attribute up in full and records where it was found.
    func refill(_ inst: Instance, _ vm: Interpreter) throws -> Value {
        prepare(inst)
        return try Operations.instanceAttribute(inst, name, vm)
    }

    /// Records where the attribute of `inst` is found (class lookups only: no code of the program runs).
    func prepare(_ inst: Instance) {
        let cls = inst.cls
        let epoch = ClassEpoch.current
        if !(cls === self.cls && epoch == self.epoch) {
            if switchEntry(inst) { return }
            // The current entry becomes the other one; a new one is made for this class.
            swapEntries()
        }
        var entry = Entry.none
        if inst.dict == nil, cls.override("__getattribute__") == nil {
            let slot = cls.layout[name]
            switch cls.find(name).found {
            case nil:
                if let slot { entry = .slot(slot) }
            case .object(let o)? where o is PropertyObject:
                // (A getter's `AttributeError` falls back to `__getattr__`: the full lookup does that.)
                if let property = o as? PropertyObject, !property.getter.isNone, cls.override("__getattr__") == nil {
                    entry = .property(property.getter)
                }
            case let value?:
                if value.isDataDescriptor {
                    entry = .none
                } else if let slot {
                    // The instance's own attribute wins; without it, a plain class value can be cached too.
                    entry = value.isBoundOnAccess || value.isFunction ? .slot(slot) : .slotOrValue(slot, value)
                } else if value.isFunction {
                    entry = .method(value)
                } else if !value.isBoundOnAccess {
                    entry = .value(value)
                }
            }
        }
        self.cls = cls
        self.epoch = epoch
        self.entry = entry
        switch entry {
        case .slot(let index), .slotOrValue(let index, _): slotIndex = index
        default: slotIndex = -1
        }
        getter = nil
        if case .property(.function(let f)) = entry, f.directArity == 1 { getter = f }
    }
}

/// The inline cache of one `obj.name = value` store: the slot the name has in the class's layout, or the
/// class's property with a setter of that name; valid while the class is the same, `ClassEpoch` has not moved
/// and the class has no `__setattr__` (and, for a slot, no data descriptor for the name).
final class AttributeStoreSite {
    let name: String
    private var cls: TypeObject?
    private var epoch = -1
    private var slot = -1
    private var property: PropertyObject?

    init(name: String) {
        self.name = name
    }

    /// The entry of the class seen before `cls` (see `AttributeSite`).
    private var other = (cls: TypeObject?.none, epoch: -1, slot: -1, property: PropertyObject?.none)

    /// Makes the entry of `inst`'s class current when it is the other one kept; false otherwise.
    @inline(never)
    private func switchEntry(_ inst: Instance) -> Bool {
        guard inst.cls === other.cls, other.epoch == ClassEpoch.current else { return false }
        swapEntries()
        return true
    }

    private func swapEntries() {
        swap(&cls, &other.cls)
        swap(&epoch, &other.epoch)
        swap(&slot, &other.slot)
        swap(&property, &other.property)
    }

    /// `inst.name = value`.
    @inline(__always)
    func write(_ inst: Instance, _ value: Value, _ vm: Interpreter) throws {
        if (inst.cls === cls && epoch == ClassEpoch.current) || switchEntry(inst), inst.dict == nil {
            if slot >= 0 {
                inst.store(value, at: slot)
                return
            }
            if let property {
                try property.set(.instance(inst), name, value, vm)
                return
            }
        }
        try refill(inst, value, vm)
    }

    /// The slot a store into `inst` writes, when an entry is valid for it and says a slot; -1 otherwise.
    @inline(__always)
    func cachedSlot(_ inst: Instance) -> Int {
        guard inst.dict == nil, (inst.cls === cls && epoch == ClassEpoch.current) || switchEntry(inst) else { return -1 }
        return slot
    }

    func refill(_ inst: Instance, _ value: Value, _ vm: Interpreter) throws {
        let cls = inst.cls
        if !(cls === self.cls && ClassEpoch.current == epoch) { swapEntries() }
        self.cls = cls
        self.epoch = ClassEpoch.current
        self.slot = -1
        self.property = nil
        if inst.dict == nil, name != "__class__", name != "__dict__", cls.override("__setattr__") == nil {
            switch cls.find(name).found {
            case .object(let o)? where o is PropertyObject:
                property = o as? PropertyObject
            case let found? where found.isDataDescriptor:
                break
            default:
                let index = cls.slotIndex(name)
                // (Laying out a new name moves the epoch: the entry records the one after it.)
                self.epoch = ClassEpoch.current
                self.slot = index
                inst.store(value, at: index)
                return
            }
        }
        try Operations.setInstanceAttribute(inst, name, value, vm)
    }
}

extension Value {
    /// Whether the value is a function defined in the language.
    var isFunction: Bool {
        if case .function = self { return true }
        return false
    }

    /// Whether a class attribute turns into something else when read through an instance (static and class
    /// methods, built-in method descriptors, objects with `__get__`), so it cannot be cached as a plain value.
    var isBoundOnAccess: Bool {
        switch self {
        case .object(let o):
            return o is StaticMethodObject || o is ClassMethodObject || o is CachedPropertyObject || o is LRUCacheObject
        case .builtin(let b): return b.owner != nil
        case .instance(let d): return d.cls.override("__get__") != nil
        default: return false
        }
    }
}

/// The inline cache of one binary operator site for a left operand that is an instance: the class's plain
/// `__op__` function, used when the right operand is not an instance of another class (whose reflected method
/// might have to go first).
final class BinaryMethodSite {
    let op: BinaryOperator
    private var cls: TypeObject?
    private var epoch = -1
    private var method: Function?

    init(_ op: BinaryOperator) {
        self.op = op
    }

    /// `a op b` where `a` is `inst`.
    @inline(__always)
    func apply(_ inst: Instance, _ a: Value, _ b: Value, _ vm: Interpreter) throws -> Value {
        if case .instance(let other) = b, other.cls !== inst.cls { return try Operations.binary(op, a, b, vm) }
        if inst.cls !== cls || epoch != ClassEpoch.current { refill(inst.cls) }
        guard let f = method else { return try Operations.binary(op, a, b, vm) }
        let r = try vm.call(f, a, b)
        if !r.isNotImplemented { return r }
        if let r = try Operations.binaryAfterLeft(op, a, b, reflected: nil, vm) { return r }
        throw Operations.unsupported(op, a, b)
    }

    func refill(_ cls: TypeObject) {
        self.cls = cls
        epoch = ClassEpoch.current
        method = nil
        if case .function(let f)? = cls.override(op.specialNames.plain), f.directArity == 2 { method = f }
    }
}

/// The inline cache of one `module.name(...)` call site: the attribute a built-in module (`math.sqrt`) had
/// when last looked up, valid while the module is the same and its attributes did not change. A module run
/// from source is looked up each time (its functions may rebind its globals).
final class ModuleMemberSite {
    let name: String
    private var module: Module?
    private var version = -1
    private var member: Value?

    init(name: String) {
        self.name = name
    }

    /// The attribute `name` of `module`, or nil.
    @inline(__always)
    func member(of module: Module) -> Value? {
        if module === self.module, version == module.version { return member }
        return refill(module)
    }

    func refill(_ module: Module) -> Value? {
        let found = module.attribute(name)
        if module.namespace == nil {
            self.module = module
            version = module.version
            member = found
        }
        return found
    }
}
