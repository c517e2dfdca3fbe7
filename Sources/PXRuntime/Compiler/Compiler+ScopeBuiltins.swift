import PXLang

// MARK: - Built-ins that read their caller's scope

extension Compiler {
    /// The built-ins that see the variables of the code calling them.
    private static let scopeBuiltins: Set<String> = ["globals", "locals", "vars", "dir", "eval", "exec"]

    /// `globals()`, `locals()`, `vars()`, `dir()`, `eval(...)` and `exec(...)` called by name. While the name is
    /// the built-in (no global of that name is bound), the call sees this code's module namespace and, in a
    /// function, its bound local variables, as CPython's built-ins see the calling frame. Nil for other calls,
    /// and for `vars(x)` and `dir(x)`, which do not read the scope.
    mutating func compileScopeBuiltinCall(_ callee: Expr, _ arguments: [Argument], _ mark: ErrorMark) -> Eval? {
        guard case .name(let name) = callee.kind, Compiler.scopeBuiltins.contains(name),
              case .global(let slot) = scope.resolve(name) else { return nil }
        if name == "vars" || name == "dir", !arguments.isEmpty { return nil }
        let namespace = globals
        let locals: [(name: String, slot: Int)]? = scope.isFunction
            ? scope.slots.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } : nil
        let build = compileArguments(arguments)
        unowned(unsafe) let vm = self.vm
        return { fp in
            let args = try build(fp)
            if !slot.value.isUndefined { return try mark { try vm.call(slot.value, args) } }
            let bound = locals.map { locals in
                locals.compactMap { local -> (name: String, value: Value)? in
                    var value = fp[local.slot]
                    if case .cell(let cell) = value { value = cell.value }
                    return value.isUndefined ? nil : (local.name, value)
                }
            }
            return try mark { try EvalBuiltins.callInScope(name, args, CallerScope(globals: namespace, locals: bound), vm) }
        }
    }
}
