import PXLang

// MARK: - Safe evaluation, as pure_eval does it

extension FrameVariables {
    /// The value of `x` if it can be found without running code of the program (no `__getattr__`, no operator
    /// of a class defined in the language, no call but of a few pure built-ins on built-in values), else nil.
    func evaluate(_ x: Expr) -> Value? {
        switch x.kind {
        case .constant(let c):
            switch c {
            case .none: return Value.none
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .float(let d): return .float(d)
            case .string(let s): return .str(s)
            case .bytes(let b): return .bytes(b)
            default: return nil
            }
        case .name(let name):
            return names(name)
        case .attribute(let base, let name):
            guard let value = evaluate(base) else { return nil }
            switch value {
            case .instance(let instance):
                if let own = instance.attributeList.first(where: { $0.0 == name }) { return own.1 }
                guard let classValue = instance.cls.lookup(name), isStandard(classValue, deep: false),
                      !classValue.isContainer else { return nil }
                return classValue
            case .module(let module): return module.attribute(name)
            case .type(let type) where type.isUserDefined: return type.lookup(name)
            default: return nil
            }
        case .subscript(let base, let index):
            guard let container = evaluate(base), isStandard(container, deep: false) else { return nil }
            let key: Value
            if case .slice(let lower, let upper, let step) = index.kind {
                var parts: [Value] = []
                for part in [lower, upper, step] {
                    guard let part else { parts.append(.none); continue }
                    guard let v = evaluate(part) else { return nil }
                    parts.append(v)
                }
                key = .slice(SliceObject(start: parts[0], stop: parts[1], step: parts[2]))
            } else {
                guard let v = evaluate(index) else { return nil }
                key = v
            }
            guard isStandard(key, deep: true) else { return nil }
            return try? vm.item(container, key)
        case .list(let items), .tuple(let items), .set(let items):
            var values: [Value] = []
            for item in items {
                if case .starred = item.kind { return nil }
                guard let v = evaluate(item) else { return nil }
                values.append(v)
            }
            if case .list = x.kind { return .list(ListObject(values)) }
            if case .tuple = x.kind { return .tuple(values) }
            guard values.allSatisfy({ isStandard($0, deep: true) }) else { return nil }
            return try? vm.call(vm.globals.builtins["set"] ?? .none, Arguments([.list(ListObject(values))]))
        case .dict(let entries):
            let d = DictObject()
            for entry in entries {
                guard case .pair(let k, let v) = entry, let key = evaluate(k), isStandard(key, deep: true),
                      let value = evaluate(v) else { return nil }
                do { try d.set(key, value) } catch { return nil }
            }
            return .dict(d)
        case .unary(let op, let operand):
            guard let v = evaluate(operand), isStandard(v, deep: false) else { return nil }
            switch op {
            case .negate: return try? Operations.negate(v)
            case .plus: return try? Operations.unaryPlus(v)
            case .invert: return try? Operations.invert(v, vm)
            case .not: return .bool(!v.isTruthy)
            }
        case .binary(let op, let left, let right):
            guard let a = evaluate(left), isStandard(a, deep: false), let b = evaluate(right),
                  isStandard(b, deep: false), isSmall(op, a, b) else { return nil }
            return try? Operations.binary(op, a, b, vm)
        case .and, .or:
            let operands = Self.boolOperands(x)
            guard let first = operands.first, var result = evaluate(first), isStandard(result, deep: false) else { return nil }
            for operand in operands.dropFirst() {
                if x.isAnd ? !result.isTruthy : result.isTruthy { break }
                guard let v = evaluate(operand), isStandard(v, deep: false) else { return nil }
                result = v
            }
            return result
        case .compare(let left, let steps):
            guard var a = evaluate(left) else { return nil }
            for step in steps {
                guard let b = evaluate(step.operand) else { return nil }
                if step.op != .is, step.op != .isNot, !isStandard(a, deep: true) || !isStandard(b, deep: true) { return nil }
                guard let holds = try? Operations.compare(step.op, a, b, vm) else { return nil }
                if !holds { return .bool(false) }
                a = b
            }
            return .bool(true)
        case .call(let callee, let arguments):
            return evaluateCall(callee, arguments)
        default:
            return nil
        }
    }

    /// A call of one of the built-ins pure_eval calls, with positional arguments of built-in types.
    func evaluateCall(_ callee: Expr, _ arguments: [Argument]) -> Value? {
        guard let function = evaluate(callee) else { return nil }
        let name: String
        switch function {
        case .builtin(let b): name = b.name
        case .type(let t): name = t.name
        default: return nil
        }
        guard let builtin = vm.globals.builtins[name], builtin.isIdentical(to: function) else { return nil }
        var values: [Value] = []
        for argument in arguments {
            guard case .positional(let a) = argument, let v = evaluate(a), isStandard(v, deep: false) else { return nil }
            values.append(v)
        }
        let anyCount: Set = ["slice", "int", "range", "round", "complex", "list", "tuple", "abs", "hex", "bin", "oct",
                             "bool", "ord", "float", "len", "chr"]
        var allowed = anyCount.contains(name)
            || (values.isEmpty && ["set", "dict", "str", "frozenset", "bytes", "bytearray", "object"].contains(name))
            || (values.count >= 2 && ["str", "divmod", "bytes", "bytearray", "pow"].contains(name))
        if values.count == 1 {
            if ["id", "type"].contains(name) { allowed = true }
            if ["all", "any", "sum"].contains(name) {
                allowed = values[0].isContainer && isStandard(values[0], deep: true)
            }
            if ["sorted", "min", "max", "hash", "set", "dict", "ascii", "str", "repr", "frozenset"].contains(name) {
                allowed = isStandard(values[0], deep: true, dictValues: true)
            }
        }
        guard allowed else { return nil }
        return try? vm.call(function, Arguments(values))
    }

    /// Whether the value is of the built-in types pure_eval trusts (numbers, strings, and containers of them
    /// when `deep`, dict values only with `dictValues`; at most 100,000 items).
    func isStandard(_ value: Value, deep: Bool, dictValues: Bool = false) -> Bool {
        var budget = 100_000
        func check(_ v: Value) -> Bool {
            budget -= 1
            guard budget > 0 else { return false }
            switch v {
            case .none, .bool, .int, .bigint, .float, .str, .bytes: return true
            case .slice(let s): return !deep || (check(s.start) && check(s.stop) && check(s.step))
            case .tuple(let items): return !deep || items.allSatisfy(check)
            case .list(let list): return !deep || list.items.allSatisfy(check)
            case .set(let set): return !deep || set.elements.allSatisfy(check)
            case .dict(let dict):
                return !deep || dict.storage.allSatisfy { check($0.key.value) && (!dictValues || check($0.value)) }
            default: return false
            }
        }
        return check(value)
    }

    /// Whether an operation's result stays small (pure_eval computes any; a traceback should not allocate
    /// gigabytes for `"x" * n` or `2 ** n`).
    func isSmall(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Bool {
        func count(_ v: Value) -> Int? { if case .int(let i) = v { i } else if case .bool = v { 1 } else { nil } }
        switch op {
        case .power, .leftShift: return (count(b) ?? 0) <= 10_000
        case .multiply:
            if a.isSequence { return (count(b) ?? 0) <= 100_000 }
            if b.isSequence { return (count(a) ?? 0) <= 100_000 }
            return true
        default: return true
        }
    }

    // MARK: - What is worth showing

    /// pure_eval's `is_expression_interesting`: not a literal, not a function, class or module under its own
    /// name, not a built-in under its name.
    func isInteresting(_ x: Expr, _ value: Value) -> Bool {
        if Self.isLiteral(x) { return false }
        let nodeName: String?
        switch x.kind {
        case .name(let n): nodeName = n
        case .attribute(_, let n): nodeName = n
        default: nodeName = nil
        }
        if let nodeName, let own = ownName(value), own == nodeName { return false }
        if case .name(let n) = x.kind, let builtin = vm.globals.builtins[n], builtin.isIdentical(to: value) { return false }
        return true
    }

    /// `__name__` of a function, class or module.
    func ownName(_ value: Value) -> String? {
        switch value {
        case .function, .builtin, .type, .module, .boundMethod:
            if case .str(let s)? = try? Operations.attribute(value, "__name__", vm) { return s }
            return nil
        default: return nil
        }
    }

    /// Whether `ast.literal_eval` accepts the expression.
    static func isLiteral(_ x: Expr) -> Bool {
        switch x.kind {
        case .constant: return true
        case .list(let items), .tuple(let items), .set(let items): return items.allSatisfy(isLiteral)
        case .dict(let entries):
            return entries.allSatisfy { if case .pair(let k, let v) = $0 { isLiteral(k) && isLiteral(v) } else { false } }
        case .unary(let op, let a):
            guard op == .negate || op == .plus, case .constant(let c) = a.kind else { return false }
            if case .int = c { return true }
            if case .float = c { return true }
            return false
        default: return false
        }
    }

    // MARK: - Where expressions are in the source

    /// Where the expression starts and ends in the source, as Python's `ast` positions give them.
    func span(_ x: Expr) -> (Position, Position)? {
        let start = Position(line: x.location.line, column: x.location.column - 1)
        switch x.kind {
        case .name(let n):
            return (start, Position(line: start.line, column: start.column + n.unicodeScalars.count))
        case .constant:
            return spans.endOfLiteral(start).map { (start, $0) }
        case .attribute(let base, let n):
            guard let b = outerSpan(base) else { return nil }
            return (b.0, Position(line: start.line, column: start.column + n.unicodeScalars.count))
        case .subscript(let base, _):
            guard let b = outerSpan(base), let end = spans.afterClosing(start) else { return nil }
            return (b.0, end)
        case .call(let callee, _):
            guard let f = outerSpan(callee), let open = spans.skipSpace(from: f.1), spans.character(open) == "(",
                  let end = spans.afterClosing(open) else { return nil }
            return (f.0, end)
        case .binary(_, let a, let b):
            guard let l = outerSpan(a), let r = outerSpan(b) else { return nil }
            return (l.0, r.1)
        case .and, .or:
            let operands = Self.boolOperands(x)
            guard let first = operands.first, let last = operands.last, let l = outerSpan(first), let r = outerSpan(last) else { return nil }
            return (l.0, r.1)
        case .compare(let a, let steps):
            guard let l = outerSpan(a), let last = steps.last, let r = outerSpan(last.operand) else { return nil }
            return (l.0, r.1)
        case .unary(_, let a), .starred(let a):
            guard let r = outerSpan(a) else { return nil }
            return (start, r.1)
        case .list, .set, .dict, .listComprehension, .setComprehension, .dictComprehension, .generator:
            return spans.afterClosing(start).map { (start, $0) }
        case .tuple(let items):
            if spans.character(start) == "(" { return spans.afterClosing(start).map { (start, $0) } }
            guard let first = items.first, let last = items.last, let l = outerSpan(first), let r = outerSpan(last) else { return nil }
            return (l.0, r.1)
        case .conditional(_, let then, let otherwise):
            guard let l = outerSpan(then), let r = outerSpan(otherwise) else { return nil }
            return (l.0, r.1)
        default:
            return nil
        }
    }

    /// The span with the parentheses around the expression, as an operand's extent counts them.
    func outerSpan(_ x: Expr) -> (Position, Position)? {
        guard var (start, end) = span(x) else { return nil }
        while let before = spans.skipSpaceBack(from: spans.retreat(start)), spans.character(before) == "(",
              let after = spans.skipSpace(from: end), spans.character(after) == ")",
              spans.afterClosing(before) == Position(line: after.line, column: after.column + 1) {
            start = before
            end = Position(line: after.line, column: after.column + 1)
        }
        return (start, end)
    }
}

extension Value {
    /// A list, tuple, string or bytes (what `*` repeats).
    var isSequence: Bool {
        switch self {
        case .list, .tuple, .str, .bytes: return true
        default: return false
        }
    }

    /// A list, tuple, dict or set.
    var isContainer: Bool {
        switch self {
        case .list, .tuple, .dict, .set: return true
        default: return false
        }
    }
}
