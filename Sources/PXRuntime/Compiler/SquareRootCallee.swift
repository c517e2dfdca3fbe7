/// The callee of `math.sqrt(x)` or `sqrt(x)` inside a float program (`dt / (d2 * math.sqrt(d2))`): a global
/// holding a module, whose attribute `sqrt` is read through the site's cache, or a global holding the function
/// itself. Reading it runs no code of the program; the call is computed in the program only while the callee
/// is `math.sqrt` (anything else, a global rebound or `math.sqrt` replaced, makes the program give `.other`).
final class SquareRootCallee {
    private let global: Namespace.Slot
    /// The attribute read from the module the global holds; nil when the global names the function.
    private let member: ModuleMemberSite?
    /// The function last found to be `math.sqrt` (held, so that identity comparison stays sound).
    private var known: BuiltinFunction?

    /// - Parameter throughModule: whether the global holds a module (`math.sqrt`) rather than the function.
    init(global: Namespace.Slot, throughModule: Bool) {
        self.global = global
        self.member = throughModule ? ModuleMemberSite(name: "sqrt") : nil
    }

    /// Whether calling the callee now calls `math.sqrt`.
    var isSquareRoot: Bool {
        switch global.value {
        case .builtin(let b) where member == nil:
            return isMathSquareRoot(b)
        case .module(let m):
            guard let member, case .builtin(let b)? = member.member(of: m) else { return false }
            return isMathSquareRoot(b)
        default:
            return false
        }
    }

    private func isMathSquareRoot(_ b: BuiltinFunction) -> Bool {
        if b === known { return true }
        guard b.name == "sqrt", b.module == "math" else { return false }
        known = b
        return true
    }
}
