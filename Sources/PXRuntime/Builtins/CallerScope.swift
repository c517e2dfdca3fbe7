/// The variables the code that calls `globals()`, `locals()`, `vars()`, `dir()`, `eval` or `exec` sees: its
/// module's global namespace and, inside a function, a snapshot of the function's bound local variables.
struct CallerScope {
    /// The calling code's module namespace.
    let globals: Namespace
    /// The calling function's bound locals in name order; nil at module level.
    let locals: [(name: String, value: Value)]?

    /// `globals()`: the module's bound names as a dictionary (a copy: assigning into it binds nothing).
    var globalsDictionary: DictObject {
        let d = DictObject()
        for name in globals.names { if let v = globals[name] { d.set(name, v) } }
        return d
    }

    /// `locals()` and `vars()`: the function's locals, or the module's globals at module level.
    var localsDictionary: DictObject {
        guard let locals else { return globalsDictionary }
        let d = DictObject()
        for (name, value) in locals { d.set(name, value) }
        return d
    }

    /// `dir()`: the names in scope, sorted.
    var names: [String] {
        locals.map { $0.map(\.name).sorted() } ?? globals.names
    }
}
