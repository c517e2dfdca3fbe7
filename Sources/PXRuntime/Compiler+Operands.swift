import PXLang

/// An operand known at compile time to be a local slot or a constant, so operators can read it without
/// calling a closure.
enum Operand {
    case local(Int)
    case constant(Value)
    case general(Eval)
}

extension Compiler {
    mutating func operand(_ e: Expr) -> Operand {
        switch e.kind {
        case .name(let name):
            if case .local(let slot) = scope.resolve(name) { return .local(slot) }
        case .constant(let c):
            return .constant(Compiler.value(of: c))
        default:
            break
        }
        return .general(compile(e))
    }

    /// A closure reading an operand (locals check for unbound variables).
    mutating func read(_ operand: Operand, name: String) -> Eval {
        switch operand {
        case .local(let slot):
            return { fp in
                let v = fp[slot]
                if case .undefined = v { throw Compiler.unboundLocal(name) }
                return v
            }
        case .constant(let v): return { _ in v }
        case .general(let e): return e
        }
    }
}
