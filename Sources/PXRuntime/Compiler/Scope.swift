import PXLang

/// Where a name lives at run time.
enum NameLocation {
    case local(Int)
    case cell(Int)
    case global(Namespace.Slot)
    /// A name assigned in a class body: it lives in the class namespace (a dictionary in slot 0 of the body's
    /// frame); reads fall back to the global (or built-in) of that name.
    case classNamespace(String, fallback: Namespace.Slot)
}

/// The compile-time view of one function (or module) scope: slot numbers for its names.
final class Scope {
    let isFunction: Bool
    let info: FunctionScopeInfo?
    var slots: [String: Int] = [:]
    var frameSize = 0
    /// Comprehension variables in scope, innermost last; each maps a name to a temporary slot.
    var comprehensionNames: [[String: Int]] = []
    /// Nesting of loops, for nothing but bookkeeping of `for` iterator temporaries.
    let namespace: Namespace

    /// A module scope: every name is global.
    init(module namespace: Namespace) {
        self.isFunction = false
        self.info = nil
        self.namespace = namespace
    }

    /// A function scope with its analyzed names.
    init(function info: FunctionScopeInfo, namespace: Namespace) {
        self.isFunction = true
        self.info = info
        self.namespace = namespace
        for name in info.locals { slots[name] = allocate() }
        for name in info.free { slots[name] = allocate() }
    }

    func allocate() -> Int {
        defer { frameSize += 1 }
        return frameSize
    }

    /// Resolves `name` for reading or writing.
    func resolve(_ name: String) -> NameLocation {
        for level in comprehensionNames.reversed() {
            if let slot = level[name] { return .local(slot) }
        }
        if let info, let classNames = info.classNames, classNames.contains(name), !info.globals.contains(name) {
            return .classNamespace(name, fallback: namespace.slot(name))
        }
        return resolveVariable(name)
    }

    /// Resolves `name` as a variable a nested function captures: class namespaces are never captured.
    func resolveVariable(_ name: String) -> NameLocation {
        if let info, !info.globals.contains(name), let slot = slots[name] {
            if info.cells.contains(name) || info.free.contains(name) { return .cell(slot) }
            return .local(slot)
        }
        return .global(namespace.slot(name))
    }
}
