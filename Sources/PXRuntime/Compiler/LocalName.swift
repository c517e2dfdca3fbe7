/// A local variable read in place: its name, and the mark of its `UnboundLocalError` (CPython marks the name).
struct LocalName {
    /// The variable's name.
    let name: String
    /// The name's span, when error locations are marked.
    let mark: ErrorMark

    /// The `UnboundLocalError` of reading the variable before assignment, marked at the name.
    func unbound() -> RuntimeError { mark.locate(Compiler.unboundLocal(name)) }
}
