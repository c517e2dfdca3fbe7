import PXLang

// MARK: - Calling

extension Interpreter {
    /// Calls any callable value.
    /// - Throws: `TypeError` when the value is not callable, or whatever the call raises.
    public func call(_ callee: Value, _ arguments: Arguments) throws -> Value {
        switch callee {
        case .function(let f):
            if arguments.keywords.isEmpty, f.directArity == arguments.positional.count {
                let fp = try enter(f)
                for (i, v) in arguments.positional.enumerated() { (fp + i).initialize(to: v) }
                return try run(f, fp)
            }
            let code = f.code
            let fp = try enter(f)
            if arguments.keywords.isEmpty, code.isSimple, arguments.positional.count == code.normalCount {
                for (i, v) in arguments.positional.enumerated() { (fp + i).initialize(to: v) }
                return try runBody(f, fp)
            }
            do {
                try bind(f, arguments, into: fp)
            } catch {
                leave(f, fp)
                throw error
            }
            return try runBody(f, fp)
        case .builtin(let b):
            if let unary = b.unary, arguments.positional.count == 1, arguments.keywords.isEmpty {
                return try unary(arguments.positional[0], self)
            }
            if let binary = b.binary, arguments.positional.count == 2, arguments.keywords.isEmpty {
                return try binary(arguments.positional[0], arguments.positional[1], self)
            }
            return try b.body(arguments, self)
        case .boundMethod(let m):
            if let function = m.function {
                return try call(function, Arguments([m.receiver] + arguments.positional, keywords: arguments.keywords))
            }
            return try callMethod(m.receiver, m.name, arguments)
        case .type(let t):
            if t.isUserDefined || t === BuiltinTypes.object { return try instantiate(t, arguments) }
            if t.isExceptionType { return .exception(ExceptionFields.make(t, arguments)) }
            guard let constructor = t.constructor else {
                throw RuntimeError.typeError("cannot create '\(t.name)' instances")
            }
            return try constructor(arguments, self)
        case .object(let o):
            return try o.call(arguments, self)
        case .instance(let inst):
            guard let method = inst.cls.override("__call__") else {
                throw RuntimeError.typeError("'\(inst.cls.messageName)' object is not callable")
            }
            return try invoke(method, callee, inst.cls, arguments)
        default:
            throw RuntimeError.typeError("'\(callee.messageTypeName)' object is not callable")
        }
    }

    /// Calls with one positional argument (the common case of `map`, `filter`, keys).
    public func call(_ callee: Value, _ argument: Value) throws -> Value {
        switch callee {
        case .function(let f) where f.directArity == 1:
            return try call(f, argument)
        case .builtin(let b) where b.unary != nil:
            return try b.unary!(argument, self)
        case .type(let t) where t.isUserDefined:
            if let initializer = t.plainInit() { return try instantiate(t, initializer, argument) }
            return try instantiate(t, Arguments([argument]))
        case .type(let t) where t === BuiltinTypes.tuple:
            return try Constructors.tuple(of: argument, self)
        case .type(let t) where t === BuiltinTypes.list:
            return try Constructors.list(of: argument, self)
        case .type(let t):
            if let result = try Constructors.callOne(t, argument, self) { return result }
            return try call(callee, Arguments([argument]))
        default:
            return try call(callee, Arguments([argument]))
        }
    }

    /// Calls with two positional arguments (`reduce`).
    public func call(_ callee: Value, _ a: Value, _ b: Value) throws -> Value {
        if case .function(let f) = callee, f.directArity == 2 { return try call(f, a, b) }
        if case .builtin(let function) = callee, let binary = function.binary { return try binary(a, b, self) }
        if case .type(let t) = callee, t.isUserDefined, let initializer = t.plainInit() {
            return try instantiate(t, initializer, a, b)
        }
        return try call(callee, Arguments([a, b]))
    }

    // MARK: - Frames

    /// Calls a function whose `directArity` is 0.
    @inline(__always)
    func call(_ f: Function) throws -> Value {
        try run(f, try enter(f))
    }

    /// Calls a function whose `directArity` is 1.
    @inline(__always)
    func call(_ f: Function, _ a: consuming Value) throws -> Value {
        let fp = try enter(f)
        // Free slots hold `.undefined`, which owns nothing, so initializing over it leaks nothing.
        fp.initialize(to: a)
        return try run(f, fp)
    }

    /// Calls a function whose `directArity` is 2.
    @inline(__always)
    func call(_ f: Function, _ a: consuming Value, _ b: consuming Value) throws -> Value {
        let fp = try enter(f)
        fp.initialize(to: a)
        (fp + 1).initialize(to: b)
        return try run(f, fp)
    }

    /// Calls a function whose `directArity` is 3.
    @inline(__always)
    func call(_ f: Function, _ a: consuming Value, _ b: consuming Value, _ c: consuming Value) throws -> Value {
        let fp = try enter(f)
        fp.initialize(to: a)
        (fp + 1).initialize(to: b)
        (fp + 2).initialize(to: c)
        return try run(f, fp)
    }

    /// Pushes a frame of unbound slots for a call of `f`.
    @inline(__always)
    func enter(_ f: Function) throws -> UnsafeMutablePointer<Value> {
        let fp = top
        let end = fp + f.frameSize
        guard depth < recursionLimit, end < stackEnd else { throw recursionError() }
        if interrupt.isRaised { try raiseInterrupt() }
        reserve(end)
        top = end
        depth += 1
        return fp
    }

    /// Pops the frame `fp` of a call of `f`, unbinding its slots.
    @inline(__always)
    func leave(_ f: Function, _ fp: UnsafeMutablePointer<Value>) {
        for i in 0..<f.frameSize {
            let slot = fp + i
            // Values owning nothing are overwritten without the outlined destroy.
            switch slot.pointee {
            case .undefined: continue
            case .none, .bool, .int, .float: slot.initialize(to: .undefined)
            default: slot.pointee = .undefined
            }
        }
        top = fp
        depth -= 1
    }

    /// Runs the body of `f` in the frame `fp` pushed by `enter`, then pops the frame. An exception leaving
    /// the body gets a traceback entry for the frame.
    @inline(__always)
    func run(_ f: Function, _ fp: UnsafeMutablePointer<Value>) throws -> Value {
        let savedLine = currentLine
        let result: Value
        do {
            result = try f.run(fp)
        } catch {
            unwind(f, fp, error, savedLine: savedLine)
            throw error
        }
        currentLine = savedLine
        leave(f, fp)
        if hasPendingFinalizers { runFinalizers() }
        return result
    }

    /// The slow path of `run` when the body raised.
    func unwind(_ f: Function, _ fp: UnsafeMutablePointer<Value>, _ error: any Error, savedLine: Int) {
        if let error = error as? RuntimeError {
            if capturesFrameValues { error.exception.keepFrameValues(frameValues(f, fp)) }
            error.exception.closeFrame(file: f.code.fileName, function: f.code.definition.name, line: currentLine,
                                       code: f.code)
        }
        currentLine = savedLine
        leave(f, fp)
    }

    /// Sets up the cells of a bound frame, runs the body and pops the frame.
    func runBody(_ f: Function, _ fp: UnsafeMutablePointer<Value>) throws -> Value {
        let code = f.code
        if code.needsCells {
            for slot in code.cellSlots { fp[slot] = .cell(Cell(fp[slot])) }
            for (i, slot) in code.freeSlots.enumerated() { fp[slot] = .cell(f.closure[i]) }
        }
        return try run(f, fp)
    }

    /// Binds arguments to parameters as Python does, with Python's error messages.
    func bind(_ f: Function, _ arguments: Arguments, into fp: UnsafeMutablePointer<Value>) throws {
        let code = f.code
        let name = f.qualifiedName
        let parameters = code.definition.parameters
        let positional = arguments.positional
        let normal = code.normalCount
        for i in 0..<min(positional.count, normal) { fp[i] = positional[i] }
        if positional.count > normal {
            if let slot = code.variadicSlot {
                fp[slot] = .tuple(Array(positional[normal...]))
            } else {
                let required = parameters.prefix(normal).filter { $0.defaultValue == nil }.count
                let takes = required == normal ? "\(normal)" : "from \(required) to \(normal)"
                let plural = normal == 1 && required == normal ? "" : "s"
                throw RuntimeError.typeError("\(name)() takes \(takes) positional argument\(plural) "
                    + "but \(positional.count) \(positional.count == 1 ? "was" : "were") given")
            }
        } else if let slot = code.variadicSlot {
            fp[slot] = .tuple([])
        }
        var extra: DictObject?
        if let slot = code.variadicKeywordsSlot {
            let d = DictObject()
            fp[slot] = .dict(d)
            extra = d
        }
        var positionalOnlyKeywords: [String] = []
        for (keyword, value) in arguments.keywords {
            if let index = parameters.firstIndex(where: {
                $0.name == keyword && ($0.kind == .normal && !$0.isPositionalOnly || $0.kind == .keywordOnly)
            }) {
                if !fp[index].isUndefined {
                    throw RuntimeError.typeError("\(name)() got multiple values for argument '\(keyword)'")
                }
                fp[index] = value
            } else if let extra {
                extra.set(keyword, value)
            } else if parameters.contains(where: { $0.name == keyword && $0.isPositionalOnly }) {
                positionalOnlyKeywords.append(keyword)
            } else {
                throw RuntimeError.typeError("\(name)() got an unexpected keyword argument '\(keyword)'")
            }
        }
        if !positionalOnlyKeywords.isEmpty {
            throw RuntimeError.typeError("\(name)() got some positional-only arguments passed as keyword arguments: "
                + "'\(positionalOnlyKeywords.joined(separator: ", "))'")
        }
        var missing: [String] = []
        for i in 0..<normal where fp[i].isUndefined {
            if let d = f.defaults[i] { fp[i] = d } else { missing.append(parameters[i].name) }
        }
        if !missing.isEmpty {
            throw RuntimeError.typeError("\(name)() missing \(missing.count) required positional argument"
                + "\(missing.count == 1 ? "" : "s"): \(Interpreter.listNames(missing))")
        }
        for (kwName, slot) in code.keywordOnly where fp[slot].isUndefined {
            if let d = f.defaults[slot] { fp[slot] = d } else { missing.append(kwName) }
        }
        if !missing.isEmpty {
            throw RuntimeError.typeError("\(name)() missing \(missing.count) required keyword-only argument"
                + "\(missing.count == 1 ? "" : "s"): \(Interpreter.listNames(missing))")
        }
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` — Python's way of listing missing arguments.
    static func listNames(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        switch quoted.count {
        case 1: return quoted[0]
        case 2: return "\(quoted[0]) and \(quoted[1])"
        default: return quoted.dropLast().joined(separator: ", ") + ", and " + quoted[quoted.count - 1]
        }
    }
}
