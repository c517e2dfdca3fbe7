import PXBigInt
import PXLang

// MARK: - Expressions

extension Compiler {
    /// Compiles an expression. One that starts on a later line than its statement (a statement of several
    /// lines) records its line in `Interpreter.currentLine` while it runs, so that a traceback points at the
    /// line that failed, as Python's does; it puts back the statement's line when it succeeds.
    /// When the interpreter marks error locations (``Interpreter/marksErrorLocations``), an operation, call,
    /// subscript, attribute access, name or comprehension gives an exception it raises its span on its own error
    /// path (``ErrorMark``).
    mutating func compile(_ expr: Expr) -> Eval {
        guard let (start, outer) = enterStartLine(of: expr) else { return compileExpression(expr) }
        let inner = compileExpression(expr)
        expressionLine = outer
        let ref = InterpreterRef(vm)
        return { fp in
            try ref { vm in
                vm.currentLine = start
                let value = try inner(fp)
                vm.currentLine = outer
                return value
            }
        }
    }
}

extension Compiler {
    /// When `expr` starts on a later line than its statement, makes that line `expressionLine` (for the parts
    /// compiled next) and gives it with the statement's line, which the caller restores; nil otherwise.
    ///
    /// (`compile(_:)` and `compileCondition(_:)` each wrap their own closure type: a helper generic over the
    /// result would make every compiled expression a generic closure called through a reabstraction thunk.)
    mutating func enterStartLine(of expr: Expr) -> (start: Int, outer: Int)? {
        guard expressionLine > 0, let start = Self.startLine(expr, after: expressionLine) else { return nil }
        let outer = expressionLine
        expressionLine = start
        return (start, outer)
    }

    /// The line where `e` starts as Python counts it (at its leftmost operand: the parser records a binary
    /// operation at its operator, an attribute at its name), or nil when that is `line` or before.
    static func startLine(_ e: Expr, after line: Int) -> Int? {
        var node = e
        while node.location.line > line {
            switch node.kind {
            case .binary(_, let left, _), .compare(let left, _), .and(let left, _), .or(let left, _), .call(let left, _),
                 .attribute(let left, _), .subscript(let left, _), .conditional(_, let left, _):
                node = left
            default:
                return node.location.line
            }
        }
        return nil
    }

    mutating func compileExpression(_ expr: Expr) -> Eval {
        let location = expr.location
        switch expr.kind {
        case .name(let name):
            return compileNameRead(name, errorMark(expr))
        case .constant(let c):
            let value = Compiler.value(of: c)
            return { _ in value }
        case .fstring(let parts):
            return compileFString(parts)
        case .unary(let op, let operand):
            unowned(unsafe) let vm = self.vm
            let mark = errorMark(expr)
            if op == .not {
                let condition = compileCondition(operand)
                return { fp in .bool(!(try mark { try condition(fp) })) }
            }
            let x = compile(operand)
            switch op {
            case .negate:
                return { fp in
                    let v = try x(fp)
                    if case .int(let i) = v, i != Int.min { return .int(-i) }
                    return try mark { try Operations.negate(v) }
                }
            case .plus: return { fp in try mark { try Operations.unaryPlus(try x(fp)) } }
            default: return { fp in try mark { try Operations.invert(try x(fp), vm) } }
            }
        case .binary(let op, let lhs, let rhs):
            return compileBinary(op, lhs, rhs, errorMark(expr))
        case .and(let lhs, let rhs):
            let a = compile(lhs), b = compile(rhs)
            return { fp in
                let v = try a(fp)
                return try v.isTruthyOrThrow() ? try b(fp) : v
            }
        case .or(let lhs, let rhs):
            let a = compile(lhs), b = compile(rhs)
            return { fp in
                let v = try a(fp)
                return try v.isTruthyOrThrow() ? v : try b(fp)
            }
        case .compare(let first, let steps) where steps.count == 1:
            let a = compile(first)
            let op = steps[0].op
            let ref = InterpreterRef(self.vm)
            let mark = errorMark(expr)
            if case .constant(.int(let k)) = steps[0].operand.kind {
                // `x % 2 == 0`, `n > 1`: an int is compared with the constant directly.
                return { fp in
                    let x = try a(fp)
                    if case .int(let i) = x, let r = Compiler.compareIntegers(op, i, k) { return .bool(r) }
                    return try ref { vm in try mark { try Operations.compareValue(op, x, .int(k), vm) } }
                }
            }
            let b = compile(steps[0].operand)
            return { fp in
                let x = try a(fp), y = try b(fp)
                if case .int(let i) = x, case .int(let j) = y, let r = Compiler.compareIntegers(op, i, j) {
                    return .bool(r)
                }
                return try ref { vm in try mark { try Operations.compareValue(op, x, y, vm) } }
            }
        case .compare:
            let condition = compileCondition(expr)
            return { fp in .bool(try condition(fp)) }
        case .conditional(let test, let then, let otherwise):
            let t = compileCondition(test), a = compile(then), b = compile(otherwise)
            return { fp in try t(fp) ? try a(fp) : try b(fp) }
        case .lambda(let def):
            return compileFunctionValue(def)
        case .call(let callee, let arguments):
            return compileCall(callee, arguments, at: location, errorMark(expr))
        case .attribute(let object, let name):
            let o = inline(object)
            let ref = InterpreterRef(self.vm)
            let site = AttributeSite(name: name)
            let mark = errorMark(expr)
            if case .local(let slot, _) = o {
                // `local.name`: the instance is read in place, without retaining it.
                return { fp in
                    if let inst = (fp + slot).borrowedInstance {
                        // (The interpreter comes from `ref`: an `unowned(unsafe)` capture used in the inner
                        // closure would be retained and released on every read.)
                        return try ref { vm in
                            try mark { try inst._withUnsafeGuaranteedRef { try site.read($0, vm) } }
                        }
                    }
                    let v = try o.evaluate(fp, ref)
                    return try ref { vm in try mark { try Operations.attribute(v, name, vm) } }
                }
            }
            return { fp in
                let v = try o.evaluate(fp, ref)
                return try ref { vm in
                    try mark {
                        if case .instance(let inst) = v { return try site.read(inst, vm) }
                        return try Operations.attribute(v, name, vm)
                    }
                }
            }
        case .subscript(let container, let index):
            return compileSubscript(container, index, errorMark(expr))
        case .slice(let lower, let upper, let step):
            let l = lower.map { compile($0) }, u = upper.map { compile($0) }, s = step.map { compile($0) }
            return { fp in
                .slice(SliceObject(start: try l?(fp) ?? .none, stop: try u?(fp) ?? .none, step: try s?(fp) ?? .none))
            }
        case .list(let items):
            let build = compileSequence(items)
            return { fp in .list(ListObject(try build(fp))) }
        case .tuple(let items):
            if items.isEmpty { return { _ in .emptyTuple } }
            let build = compileSequence(items)
            return { fp in .tuple(try build(fp)) }
        case .set(let items):
            let build = compileSequence(items)
            return { fp in .set(try SetObject(try build(fp))) }
        case .dict(let entries):
            return compileDict(entries)
        case .starred:
            return { _ in throw RuntimeError(BuiltinTypes.syntaxError, "can't use starred expression here") }
        case .yield, .yieldFrom:
            return { _ in throw RuntimeError(BuiltinTypes.syntaxError, "'yield' is not supported here by swiftpx") }
        case .namedExpr(let name, let value):
            // The parser refuses a target that is a comprehension's variable, so `name` resolves past them.
            let v = compile(value)
            let write = compileNameWrite(name)
            return { fp in
                let result = try v(fp)
                write(fp, result)
                return result
            }
        case .listComprehension(let element, let clauses):
            let mark = errorMark(expr)
            if ComprehensionFunction.runsAsFunction(expr) { return compileComprehensionCall(expr, mark) }
            let run = compileFramedComprehension(expr, clauses, name: "<listcomp>") { compiler in
                let e = compiler.inline(element)
                let ref = InterpreterRef(compiler.vm)
                return { fp, sink in sink.append(try e.evaluate(fp, ref)) }
            }
            return { fp in
                var sink = ComprehensionSink()
                try mark { try run(fp, &sink) }
                return .list(ListObject(sink.items))
            }
        case .generator:
            return compileComprehensionCall(expr, .none)
        case .setComprehension(let element, let clauses):
            let mark = errorMark(expr)
            if ComprehensionFunction.runsAsFunction(expr) { return compileComprehensionCall(expr, mark) }
            let run = compileFramedComprehension(expr, clauses, name: "<setcomp>") { compiler in
                let e = compiler.compile(element)
                return { fp, sink in sink.append(try e(fp)) }
            }
            return { fp in
                var sink = ComprehensionSink()
                try mark { try run(fp, &sink) }
                return .set(try mark { try SetObject(sink.items) })
            }
        case .dictComprehension(let key, let value, let clauses):
            let mark = errorMark(expr)
            if ComprehensionFunction.runsAsFunction(expr) { return compileComprehensionCall(expr, mark) }
            let run = compileFramedComprehension(expr, clauses, name: "<dictcomp>") { compiler in
                let k = compiler.compile(key), v = compiler.compile(value)
                return { fp, sink in
                    let keyValue = try k(fp)
                    try sink.dict.set(keyValue, try v(fp))
                }
            }
            return { fp in
                var sink = ComprehensionSink()
                try mark { try run(fp, &sink) }
                return .dict(sink.dict)
            }
        }
    }

    /// A comprehension that runs as a function (`ComprehensionFunction`): the function is created, then
    /// called with an iterator over the first iterable, evaluated here. Its errors are marked with `mark`.
    mutating func compileComprehensionCall(_ expr: Expr, _ mark: ErrorMark) -> Eval {
        guard let def = ComprehensionFunction.definition(of: expr), let (_, _, clauses) = ComprehensionFunction.parts(of: expr)
        else { return { _ in .none } }
        unowned(unsafe) let vm = self.vm
        let first = compile(clauses[0].iterable)
        let make = compileFunctionValue(def)
        return { fp in
            try mark {
                let source = try Operations.makeIterator(try first(fp), vm)
                return try vm.call(try make(fp), .iterator(source))
            }
        }
    }

    static func value(of constant: Constant) -> Value {
        switch constant {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInteger(let digits, let radix): return BigInt(digits, radix: radix).map { .integer($0) } ?? .none
        case .float(let d): return .float(d)
        case .string(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        case .ellipsis: return .builtin(Builtins.ellipsis)
        }
    }

    /// Builds the elements of a display, expanding `*iterable` items.
    mutating func compileSequence(_ items: [Expr]) -> (UnsafeMutablePointer<Value>) throws -> [Value] {
        unowned(unsafe) let vm = self.vm
        let parts: [(Eval, Bool)] = items.map { item in
            if case .starred(let inner) = item.kind { return (compile(inner), true) }
            return (compile(item), false)
        }
        if !parts.contains(where: { $0.1 }) {
            let evals = parts.map(\.0)
            switch evals.count {
            case 1:
                let a = evals[0]
                return { fp in [try a(fp)] }
            case 2:
                let a = evals[0], b = evals[1]
                return { fp in [try a(fp), try b(fp)] }
            default:
                return { fp in
                    var result: [Value] = []
                    result.reserveCapacity(evals.count)
                    for e in evals { result.append(try e(fp)) }
                    return result
                }
            }
        }
        return { fp in
            var result: [Value] = []
            for (eval, starred) in parts {
                if starred {
                    result += try Operations.collect(try eval(fp), vm)
                } else {
                    result.append(try eval(fp))
                }
            }
            return result
        }
    }

    mutating func compileDict(_ entries: [DictEntry]) -> Eval {
        unowned(unsafe) let vm = self.vm
        let parts: [(Eval, Eval?)] = entries.map { entry in
            switch entry {
            case .pair(let k, let v): return (compile(k), compile(v))
            case .unpack(let e): return (compile(e), nil)
            }
        }
        let pairCount = parts.count { $0.1 != nil }
        return { fp in
            let d = DictObject(DictTable(minimumCapacity: pairCount))
            for (first, second) in parts {
                if let second {
                    let key = try first(fp)
                    try d.set(key, try second(fp))
                } else {
                    let source = try first(fp)
                    guard case .dict(let other) = source.unwrappingBuiltin else {
                        throw RuntimeError.typeError("'\(source.typeName)' object is not a mapping")
                    }
                    for (k, v) in other.storage { try d.set(k, v) }
                }
            }
            _ = vm
            return .dict(d)
        }
    }

    /// `container[index]`, whose errors are marked with `mark`.
    mutating func compileSubscript(_ container: Expr, _ index: Expr, _ mark: ErrorMark) -> Eval {
        if case .slice(let lower, let upper, let step) = index.kind {
            let slice = sliceSubscript(container, lower, upper, step)
            let ref = InterpreterRef(self.vm)
            return { fp in try mark { try slice.value(fp, ref) } }
        }
        let c = compile(container)
        unowned(unsafe) let vm = self.vm
        let i = compile(index)
        if case .name(let name) = container.kind, case .local(let slot) = scope.resolve(name) {
            // `local[i]`: a list in the slot is indexed in place, without retaining it.
            let ref = InterpreterRef(self.vm)
            let key = inline(index)
            return { fp in
                if let list = (fp + slot).borrowedList {
                    let k = try key.evaluate(fp, ref)
                    if case .int(let n) = k, let v = list._withUnsafeGuaranteedRef({ $0.element(n) }) { return v }
                    let target = try c(fp)
                    return try mark { try Operations.item(target, k, vm) }
                }
                let target = try c(fp)
                let k = try key.evaluate(fp, ref)
                return try mark { try Operations.item(target, k, vm) }
            }
        }
        return { fp in
            let target = try c(fp)
            let key = try i(fp)
            if case .list(let l) = target, case .int(let n) = key {
                let count = l.items.count
                let k = n < 0 ? n + count : n
                if k >= 0 && k < count { return l.items[k] }
            }
            return try mark { try Operations.item(target, key, vm) }
        }
    }

    /// Creates a function value at run time: evaluates defaults and captures cells.
    mutating func compileFunctionValue(_ def: FunctionDef) -> Eval {
        let defaultEvals: [(Int, Eval)] = def.parameters.enumerated().compactMap { i, p in
            p.defaultValue.map { (i, compile($0)) }
        }
        let code = compileFunction(def)
        let captureSlots = self.captureSlots(code.freeNames)
        let globals = self.globals
        return { fp in
            var defaults: [Int: Value] = [:]
            for (i, eval) in defaultEvals { defaults[i] = try eval(fp) }
            return .function(Function(code: code, defaults: defaults, closure: Compiler.capture(captureSlots, fp),
                                      globals: globals))
        }
    }

    /// The frame slots of the variables a nested function captures (-1 for a name with no slot here).
    func captureSlots(_ names: [String]) -> [Int] {
        names.map { name in
            if case .cell(let slot) = scope.resolveVariable(name) { return slot }
            if case .local(let slot) = scope.resolveVariable(name) { return slot }
            return -1
        }
    }

    /// The cells of the captured variables, turning a plain local into a cell the first time it is captured.
    static func capture(_ slots: [Int], _ fp: UnsafeMutablePointer<Value>) -> [Cell] {
        var closure: [Cell] = []
        closure.reserveCapacity(slots.count)
        for slot in slots {
            if slot >= 0, case .cell(let cell) = fp[slot] {
                closure.append(cell)
            } else if slot >= 0 {
                let cell = Cell(fp[slot])
                fp[slot] = .cell(cell)
                closure.append(cell)
            } else {
                closure.append(Cell())
            }
        }
        return closure
    }
}
