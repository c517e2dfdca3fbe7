/// The inline cache of one `obj.name(...)` call site: the function the class provides for `name`, when calling
/// it directly with the instance first is what Python would do (the instance has no attribute of that name and
/// the class does not customize attribute access); and the kind of built-in value last found to have the
/// method, so that the lookup a call makes before its arguments costs a comparison there.
final class MethodSite {
    let name: String
    private var cls: TypeObject?
    private var epoch = -1
    private var method: Function?

    init(name: String) {
        self.name = name
    }

    /// The entry of the class seen before `cls` (see `AttributeSite`).
    private var other = (cls: TypeObject?.none, epoch: -1, method: Function?.none)

    /// The function to call with `inst` first, or nil for the general path.
    @inline(__always)
    func function(for inst: Instance) -> Function? {
        if inst.cls === cls, epoch == ClassEpoch.current, inst.dict == nil { return method }
        return refill(inst)
    }

    func refill(_ inst: Instance) -> Function? {
        let cls = inst.cls
        if !(cls === self.cls && ClassEpoch.current == epoch) {
            swap(&self.cls, &other.cls)
            swap(&epoch, &other.epoch)
            swap(&method, &other.method)
            // The other entry, when it is for this class, serves (a class's `method` needs no `__dict__`).
            if cls === self.cls, ClassEpoch.current == epoch, inst.dict == nil { return method }
        }
        self.cls = cls
        self.epoch = ClassEpoch.current
        method = nil
        guard inst.dict == nil, cls.override("__getattribute__") == nil, cls.layout[name] == nil,
              case .function(let f)? = cls.find(name).found else { return nil }
        method = f
        return f
    }

    /// The `builtinKind` of the built-in values found to have the method `name` (0: none yet).
    private var knownKind = 0

    /// Looks the method up on `receiver` (`Interpreter.lookUpMethod`), before the call's arguments are
    /// evaluated; a built-in value of the kind seen last costs one comparison.
    @inline(__always)
    func target(_ receiver: Value, _ vm: Interpreter) throws -> MethodTarget {
        let kind = MethodSite.builtinKind(receiver)
        if kind != 0, kind == knownKind { return .byName }
        return try lookUp(receiver, kind, vm)
    }

    private func lookUp(_ receiver: Value, _ kind: Int, _ vm: Interpreter) throws -> MethodTarget {
        let target = try vm.lookUpMethod(receiver, name)
        if case .byName = target { knownKind = kind }
        return target
    }

    /// A number for the kinds of built-in values whose methods depend on the kind alone, or 0.
    @inline(__always)
    static func builtinKind(_ value: Value) -> Int {
        switch value {
        case .str: return 1
        case .list: return 2
        case .tuple: return 3
        case .dict: return 4
        case .bytes: return 5
        case .int: return 6
        case .bigint: return 7
        case .bool: return 8
        case .float: return 9
        case .range: return 10
        case .set(let s): return s.isFrozen ? 11 : 12
        default: return 0
        }
    }
}
