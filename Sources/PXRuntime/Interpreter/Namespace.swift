/// The global variables of one interpreter (the shell's `__main__`, or an engine's namespace).
///
/// Each name has a stable slot object, so compiled code reads and writes globals without hashing.
public final class Namespace {
    /// One global variable.
    public final class Slot {
        /// The variable's name.
        public let name: String
        /// The value; `.undefined` while unbound.
        public var value: Value {
            @inline(__always) get { stored }
            set {
                if case .function(let f) = newValue { function = .passUnretained(f) } else { function = nil }
                // (The old value is copied only when it is a function to retire: a `didSet` reading `oldValue`
                // would copy every value replaced.)
                guard case .function = stored else {
                    stored = newValue
                    return
                }
                let old = stored
                stored = newValue
                namespace?.retire(old)
            }
        }
        @exclusivity(unchecked) private var stored = Value.undefined
        /// The value when it is a function defined in the language, unretained: calls by name use it without
        /// reference counting. A function replaced while calls run is kept alive by `Namespace.retire`, so
        /// the function stays valid for the call that read it.
        @exclusivity(unchecked) var function: Unmanaged<Function>?
        /// The built-in of the same name, found when the global is unbound.
        let builtin: Value?
        /// The namespace owning the slot.
        weak var namespace: Namespace?

        init(name: String, builtin: Value?, namespace: Namespace) {
            self.name = name
            self.builtin = builtin
            self.namespace = namespace
        }
    }

    var slots: [String: Slot] = [:]
    /// Functions replaced in a slot while calls were running (see `Slot.function`).
    var retired: [Value] = []
    /// The interpreter whose calls run code of this namespace: while it is inside a call, replaced functions
    /// are retired rather than released. (Cleared by the interpreter's `deinit`.)
    unowned(unsafe) var interpreter: Interpreter?
    /// Built-in names visible when a global of that name is unbound.
    public let builtins: [String: Value]

    /// Creates an empty namespace over the given built-ins.
    public init(builtins: [String: Value]) {
        self.builtins = builtins
    }

    /// The slot for `name`, created unbound if new.
    public func slot(_ name: String) -> Slot {
        if let slot = slots[name] { return slot }
        let slot = Slot(name: name, builtin: builtins[name], namespace: self)
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

    /// Keeps a function that was replaced in a slot alive while calls run (one of them may be running it);
    /// releases the retired functions once none runs.
    func retire(_ function: Value) {
        if let interpreter, !interpreter.mayReleaseFunctions {
            retired.append(function)
        } else if !retired.isEmpty {
            retired.removeAll()
        }
    }

    /// Unbinds every global.
    public func reset() {
        for slot in slots.values { slot.value = .undefined }
    }
}

/// A namespace the interpreter points back into: kept alive when it is a module's, not when it is transient.
struct WeakNamespace {
    weak var namespace: Namespace?
    /// The namespace, held strongly; nil for a transient one.
    let kept: Namespace?
}
