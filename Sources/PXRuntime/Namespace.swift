/// The global variables of one interpreter (the shell's `__main__`, or an engine's namespace).
///
/// Each name has a stable slot object, so compiled code reads and writes globals without hashing.
public final class Namespace {
    /// One global variable.
    public final class Slot {
        /// The variable's name.
        public let name: String
        /// The value; `.undefined` while unbound.
        @exclusivity(unchecked) public var value: Value = .undefined
        /// The built-in of the same name, found when the global is unbound.
        var builtin: Value?

        init(name: String, builtin: Value?) {
            self.name = name
            self.builtin = builtin
        }
    }

    var slots: [String: Slot] = [:]
    /// Built-in names visible when a global of that name is unbound.
    public let builtins: [String: Value]

    /// Creates an empty namespace over the given built-ins.
    public init(builtins: [String: Value]) {
        self.builtins = builtins
    }

    /// The slot for `name`, created unbound if new.
    public func slot(_ name: String) -> Slot {
        if let slot = slots[name] { return slot }
        let slot = Slot(name: name, builtin: builtins[name])
        slots[name] = slot
        return slot
    }

    /// The bound value of `name`, or nil.
    public subscript(name: String) -> Value? {
        get {
            guard let v = slots[name]?.value, !v.isUndefined else { return nil }
            return v
        }
        set {
            slot(name).value = newValue ?? .undefined
        }
    }

    /// The value of `name`, falling back to the built-ins.
    public func lookup(_ name: String) -> Value? {
        self[name] ?? builtins[name]
    }

    /// The bound names, sorted.
    public var names: [String] {
        slots.values.filter { !$0.value.isUndefined }.map(\.name).sorted()
    }

    /// Unbinds every global.
    public func reset() {
        for slot in slots.values { slot.value = .undefined }
    }
}
