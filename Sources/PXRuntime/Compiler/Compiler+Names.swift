import PXLang

// MARK: - Reading, writing and deleting names

extension Compiler {
    /// Reads `name`; an unbound name raises its error marked with `mark`.
    func compileNameRead(_ name: String, _ mark: ErrorMark) -> Eval {
        switch scope.resolve(name) {
        case .local(let slot):
            return { fp in
                let p = fp + slot
                if case .undefined = p.pointee { throw mark.locate(Compiler.unboundLocal(name)) }
                return p.copy
            }
        case .cell(let slot):
            return { fp in
                guard case .cell(let cell) = fp[slot] else { throw mark.locate(Compiler.unboundLocal(name)) }
                let v = cell.value
                if case .undefined = v { throw mark.locate(Compiler.unboundFree(name)) }
                return v
            }
        case .global(let g):
            return { _ in
                let v = g.value
                if case .undefined = v {
                    if let builtin = g.builtin { return builtin }
                    throw mark.locate(RuntimeError.nameError(name))
                }
                return v
            }
        case .classNamespace(let key, let g):
            let hashKey = HashKey(string: key)
            return { fp in
                if case .dict(let namespace) = fp[0], let v = try namespace.get(hashKey) { return v }
                let v = g.value
                if case .undefined = v {
                    if let builtin = g.builtin { return builtin }
                    throw mark.locate(RuntimeError.nameError(name))
                }
                return v
            }
        }
    }

    /// A closure storing a value into `name`.
    func compileNameWrite(_ name: String) -> (UnsafeMutablePointer<Value>, Value) -> Void {
        switch scope.resolve(name) {
        case .local(let slot):
            return { fp, v in fp[slot] = v }
        case .cell(let slot):
            return { fp, v in
                if case .cell(let cell) = fp[slot] { cell.value = v } else { fp[slot] = .cell(Cell(v)) }
            }
        case .global(let g):
            return { _, v in g.value = v }
        case .classNamespace(let key, _):
            let hashKey = HashKey(string: key)
            return { fp, v in
                if case .dict(let namespace) = fp[0] { try? namespace.set(hashKey, v) }
            }
        }
    }

    /// `del name`; an unbound name raises its error marked with `mark`.
    func compileNameDelete(_ name: String, _ mark: ErrorMark = .none) -> Exec {
        switch scope.resolve(name) {
        case .local(let slot):
            return { fp in
                if fp[slot].isUndefined { throw mark.locate(Compiler.unboundLocal(name)) }
                fp[slot] = .undefined
                return .normal
            }
        case .cell(let slot):
            return { fp in
                guard case .cell(let cell) = fp[slot], !cell.value.isUndefined else {
                    throw mark.locate(Compiler.unboundLocal(name))
                }
                cell.value = .undefined
                return .normal
            }
        case .global(let g):
            return { _ in
                if g.value.isUndefined { throw mark.locate(RuntimeError.nameError(name)) }
                g.value = .undefined
                return .normal
            }
        case .classNamespace(let key, _):
            let hashKey = HashKey(string: key)
            return { fp in
                guard case .dict(let namespace) = fp[0], try namespace.remove(hashKey) != nil else {
                    throw mark.locate(RuntimeError.nameError(name))
                }
                return .normal
            }
        }
    }

    static func unboundLocal(_ name: String) -> RuntimeError {
        RuntimeError(BuiltinTypes.unboundLocalError,
                     "cannot access local variable '\(name)' where it is not associated with a value")
    }

    static func unboundFree(_ name: String) -> RuntimeError {
        RuntimeError(BuiltinTypes.nameError,
                     "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }
}
