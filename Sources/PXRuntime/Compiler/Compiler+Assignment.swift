import PXLang

/// Stores a value into an assignment target.
typealias Store = (UnsafeMutablePointer<Value>, Value) throws -> Void

// MARK: - Assignment

extension Compiler {
    /// Compiles `targets = value`; with a line, running it records the line for tracebacks.
    mutating func compileAssignment(_ targets: [Expr], _ value: Expr, line: Int?) -> Exec {
        unowned(unsafe) let vm = self.vm
        let line = line ?? -1
        if targets.count == 1, case .name(let name) = targets[0].kind, case .local(let slot) = scope.resolve(name) {
            if case .binary(let op, let lhs, let rhs) = value.kind, let program = floatExpression(op, lhs, rhs) {
                return compileFloatAssignment(slot, program, general: compile(value), line: line)
            }
            let operand = inline(value)
            let ref = InterpreterRef(self.vm)
            return { fp in
                if line >= 0 { vm.currentLine = line }
                (fp + slot).store(try operand.evaluate(fp, ref))
                return .normal
            }
        }
        if targets.count == 1, case .subscript(let container, let index) = targets[0].kind,
           case .slice(let lower, let upper, let step) = index.kind,
           case .subscript(let source, let sourceIndex) = value.kind,
           case .slice(let sourceLower, let sourceUpper, let sourceStep) = sourceIndex.kind {
            // `a[i:j] = b[k:l:m]`: a list's slice is copied into the other list without being made a list.
            let read = sliceSubscript(source, sourceLower, sourceUpper, sourceStep)
            let write = sliceSubscript(container, lower, upper, step)
            let ref = InterpreterRef(self.vm)
            return { fp in
                if line >= 0 { vm.currentLine = line }
                if try write.assign(from: read, fp, ref) { return .normal }
                try write.assign(try read.source(fp, ref), fp, ref)
                return .normal
            }
        }
        let eval = compile(value)
        if targets.count == 1 {
            let store = compileTargetStore(targets[0])
            return { fp in
                if line >= 0 { vm.currentLine = line }
                try store(fp, try eval(fp))
                return .normal
            }
        }
        let stores = targets.map { compileTargetStore($0) }
        return { fp in
            if line >= 0 { vm.currentLine = line }
            let v = try eval(fp)
            for store in stores { try store(fp, v) }
            return .normal
        }
    }

    /// Compiles the store for a target: a name, `obj.attr`, `obj[key]`, or a (nested) tuple/list with at
    /// most one starred item. A store or unpacking that fails is marked at the target, as CPython marks it.
    mutating func compileTargetStore(_ target: Expr) -> Store {
        unowned(unsafe) let vm = self.vm
        let mark = errorMark(target)
        switch target.kind {
        case .name(let name):
            let write = compileNameWrite(name)
            return { fp, v in write(fp, v) }
        case .attribute(let object, let name):
            let o = inline(object)
            let ref = InterpreterRef(self.vm)
            let site = AttributeStoreSite(name: name)
            if case .local(let slot, _) = o {
                // `local.name = v`: the instance is used in place, without retaining it.
                return { fp, v in
                    if let inst = (fp + slot).borrowedInstance {
                        try ref { vm in try mark { try inst._withUnsafeGuaranteedRef { try site.write($0, v, vm) } } }
                        return
                    }
                    let receiver = try o.evaluate(fp, ref)
                    try mark { try Operations.setAttribute(receiver, name, v, vm) }
                }
            }
            return { fp, v in
                let receiver = try o.evaluate(fp, ref)
                try mark {
                    if case .instance(let inst) = receiver {
                        try site.write(inst, v, vm)
                        return
                    }
                    try Operations.setAttribute(receiver, name, v, vm)
                }
            }
        case .subscript(let container, let index):
            if case .slice(let lower, let upper, let step) = index.kind {
                // `items[a:b] = values` on a list without a slice object.
                let slice = sliceSubscript(container, lower, upper, step)
                let ref = InterpreterRef(self.vm)
                return { fp, v in try mark { try slice.assign(.value(v), fp, ref) } }
            }
            let c = compile(container), i = compile(index)
            if case .name(let name) = container.kind, case .local(let slot) = scope.resolve(name) {
                // `local[i] = v`: a list in the slot is stored into in place, without retaining it.
                return { fp, v in
                    if let list = (fp + slot).borrowedList {
                        let key = try i(fp)
                        if case .int(let n) = key, list._withUnsafeGuaranteedRef({ $0.setElement(n, v) }) { return }
                        let target = try c(fp)
                        try mark { try Operations.setItem(target, key, v, vm) }
                        return
                    }
                    let target = try c(fp)
                    let key = try i(fp)
                    try mark { try Operations.setItem(target, key, v, vm) }
                }
            }
            return { fp, v in
                let target = try c(fp)
                let key = try i(fp)
                if case .list(let l) = target, case .int(let n) = key {
                    let k = n < 0 ? n + l.items.count : n
                    if k >= 0 && k < l.items.count {
                        l.items[k] = v
                        return
                    }
                } else if case .dict(let d) = target {
                    try mark { try d.set(key, v) }
                    return
                }
                try mark { try Operations.setItem(target, key, v, vm) }
            }
        case .tuple(let items), .list(let items):
            let starIndex = items.firstIndex { if case .starred = $0.kind { return true } else { return false } }
            let stores = items.map { item -> Store in
                if case .starred(let inner) = item.kind { return compileTargetStore(inner) }
                return compileTargetStore(item)
            }
            let count = stores.count
            let slots = items.compactMap { item -> Int? in
                if case .name(let name) = item.kind, case .local(let slot) = scope.resolve(name) { return slot }
                return nil
            }
            if slots.count == count, starIndex == nil {
                // `a, b = pair` into locals: a tuple of the right length is stored without a list of values.
                return { fp, v in
                    if case .tuple(let t) = v, t.count == count {
                        for k in 0..<count { (fp + slots[k]).store(t[k]) }
                        return
                    }
                    let values = try mark { try Operations.unpack(v, count: count, star: nil, vm) }
                    for k in 0..<count { (fp + slots[k]).store(values[k]) }
                }
            }
            return { fp, v in
                if starIndex == nil, case .tuple(let t) = v, t.count == count {
                    // `a, b = pair` into other targets (globals at module level): the tuple's elements directly.
                    for k in 0..<count { try stores[k](fp, t[k]) }
                    return
                }
                let values = try mark { try Operations.unpack(v, count: count, star: starIndex, vm) }
                for (store, value) in zip(stores, values) { try store(fp, value) }
            }
        default:
            return { _, _ in throw RuntimeError(BuiltinTypes.syntaxError, "cannot assign to expression") }
        }
    }

    /// Compiles `target op= value`; with a line, running it records the line for tracebacks.
    mutating func compileAugmentedAssignment(_ target: Expr, _ op: BinaryOperator, _ value: Expr,
                                             line: Int? = nil) -> Exec {
        unowned(unsafe) let vm = self.vm
        let line = line ?? -1
        if case .name(let name) = target.kind, case .local(let slot) = scope.resolve(name),
           op == .add || op == .subtract || op == .multiply,
           !value.scopeAssignmentTargets.contains(where: { $0.name == name }) {
            // `local += x`: integers and floats in place. (The local is read after `x`: nothing in `x` may
            // rebind it, as `x += (x := 5)` would.)
            let operand = inline(value)
            let ref = InterpreterRef(self.vm)
            let local = localName(name, target), mark = statementMark(target, value)
            return { fp in
                if line >= 0 { vm.currentLine = line }
                let y = try operand.evaluate(fp, ref)
                let p = fp + slot
                if case .int(let i) = p.pointee, case .int(let j) = y {
                    let (r, o) = Compiler.integerOperation(op, i, j)
                    if !o {
                        p.initialize(to: .int(r))
                        return .normal
                    }
                } else if case .float(let a) = p.pointee, case .float(let b) = y {
                    p.initialize(to: .float(op == .add ? a + b : op == .subtract ? a - b : a * b))
                    return .normal
                } else if op == .add, case .str = p.pointee, case .str(let t) = y,
                          case .str(var text) = p.move() {
                    // `s += t`: the string leaves the slot, so it grows in place when nothing else shares it.
                    text += t
                    p.initialize(to: .str(text))
                    return .normal
                } else if case .bigint = p.pointee, case .bigint(var big) = p.move() {
                    // `n *= k`, `total += x`: the limbs leave the slot, so they change in place when not shared.
                    let done = Operations.bigIntegerInPlace(op, &big, y)
                    p.initialize(to: done ? Value.integer(big) : .bigint(big))
                    if done { return .normal }
                }
                let x = p.pointee
                if case .undefined = x { throw local.unbound() }
                p.pointee = try ref { vm in try mark { try Operations.inPlace(op, x, y, vm) } }
                return .normal
            }
        }
        let inner = compileGeneralAugmentedAssignment(target, op, value)
        guard line >= 0 else { return inner }
        return { fp in
            vm.currentLine = line
            return try inner(fp)
        }
    }

    /// `target op= value` for any target. As CPython marks them: reading or storing the target fails at the
    /// target, the operation at the whole statement.
    mutating func compileGeneralAugmentedAssignment(_ target: Expr, _ op: BinaryOperator, _ value: Expr) -> Exec {
        unowned(unsafe) let vm = self.vm
        let eval = compile(value)
        let targetMark = errorMark(target), mark = statementMark(target, value)
        switch target.kind {
        case .name(let name):
            let read = compileNameRead(name, targetMark)
            let write = compileNameWrite(name)
            return { fp in
                let x = try read(fp)
                let y = try eval(fp)
                write(fp, try mark { try Operations.inPlace(op, x, y, vm) })
                return .normal
            }
        case .attribute(let object, let name):
            let o = inline(object)
            let ref = InterpreterRef(self.vm)
            let load = AttributeSite(name: name), store = AttributeStoreSite(name: name)
            if case .local(let slot, _) = o {
                // `local.name op= value`: the instance is used in place, without retaining it.
                let general: Exec = { fp in
                    guard let receiver = (fp + slot).borrowedInstance else {
                        let r = try o.evaluate(fp, ref)
                        let x = try targetMark { try Operations.attribute(r, name, vm) }
                        let y = try eval(fp)
                        let result = try mark { try Operations.inPlace(op, x, y, vm) }
                        try targetMark { try Operations.setAttribute(r, name, result, vm) }
                        return .normal
                    }
                    try ref { vm in try receiver._withUnsafeGuaranteedRef { inst in
                        let x = try targetMark { try load.read(inst, vm) }
                        let y = try eval(fp)
                        let quick = Operations.quickArithmetic(op, x, y)
                        let result = try quick ?? mark { try Operations.inPlace(op, x, y, vm) }
                        try targetMark { try store.write(inst, result, vm) }
                    } }
                    return .normal
                }
                if let numeric = compileNumericAttributeUpdate(slot, op, value, load: load, store: store,
                                                               general: general) { return numeric }
                return general
            }
            return { fp in
                let receiver = try o.evaluate(fp, ref)
                if case .instance(let inst) = receiver {
                    let x = try targetMark { try load.read(inst, vm) }
                    let y = try eval(fp)
                    let result = try mark { try Operations.inPlace(op, x, y, vm) }
                    try targetMark { try store.write(inst, result, vm) }
                    return .normal
                }
                let x = try targetMark { try Operations.attribute(receiver, name, vm) }
                let y = try eval(fp)
                let result = try mark { try Operations.inPlace(op, x, y, vm) }
                try targetMark { try Operations.setAttribute(receiver, name, result, vm) }
                return .normal
            }
        case .subscript(let container, let index):
            let c = compile(container), i = compile(index)
            return { fp in
                let receiver = try c(fp)
                let key = try i(fp)
                if case .list(let l) = receiver, case .int(let n) = key, let x = l.element(n) {
                    let y = try eval(fp)
                    let r = try Operations.quickArithmetic(op, x, y) ?? mark { try Operations.inPlace(op, x, y, vm) }
                    if !l.setElement(n, r) { try targetMark { try Operations.setItem(receiver, key, r, vm) } }
                    return .normal
                }
                let x = try targetMark { try Operations.item(receiver, key, vm) }
                let y = try eval(fp)
                let result = try mark { try Operations.inPlace(op, x, y, vm) }
                try targetMark { try Operations.setItem(receiver, key, result, vm) }
                return .normal
            }
        default:
            return { _ in throw RuntimeError(BuiltinTypes.syntaxError, "illegal expression for augmented assignment") }
        }
    }

    /// `del target`; a deletion that fails is marked at the target.
    mutating func compileDelete(_ target: Expr) -> Exec {
        unowned(unsafe) let vm = self.vm
        let mark = errorMark(target)
        switch target.kind {
        case .name(let name):
            return compileNameDelete(name, mark)
        case .subscript(let container, let index):
            let c = compile(container), i = compile(index)
            return { fp in
                let receiver = try c(fp)
                let key = try i(fp)
                try mark { try Operations.deleteItem(receiver, key, vm) }
                return .normal
            }
        case .attribute(let object, let name):
            let o = compile(object)
            return { fp in
                let receiver = try o(fp)
                try mark { try Operations.deleteAttribute(receiver, name, vm) }
                return .normal
            }
        case .tuple(let items), .list(let items):
            return block(items.map { Step(run: compileDelete($0)) })
        default:
            return { _ in throw RuntimeError(BuiltinTypes.syntaxError, "cannot delete expression") }
        }
    }

    /// `local.name op= value` for `+ - * /` where `value` is an `int` constant or float arithmetic that runs no
    /// code (`b.vx -= dx * m2`, `self.age += 1`): computed in the instance's slot when it holds an `int` or a
    /// `float` and the attribute's caches say that reading and storing it are plain slot accesses; the
    /// general path otherwise. Nil when `value` is not such an operand.
    mutating func compileNumericAttributeUpdate(_ slot: Int, _ op: BinaryOperator, _ value: Expr,
                                                load: AttributeSite, store: AttributeStoreSite,
                                                general: @escaping Exec) -> Exec? {
        guard [.add, .subtract, .multiply, .divide].contains(op) else { return nil }
        var constant: Int?
        if case .constant(.int(let k)) = value.kind { constant = k }
        let float = constant == nil ? floatOperand(value) : nil
        if constant == nil && float == nil { return nil }
        return { fp in
            if let receiver = (fp + slot).borrowedInstance {
                let y: NumericOperand.Number
                if let k = constant {
                    y = .int(k)
                } else {
                    y = float?.evaluate(fp) ?? .other
                }
                if receiver._withUnsafeGuaranteedRef({ load.update($0, op, y, store) }) { return .normal }
            }
            return try general(fp)
        }
    }
}
