/// The `re` module: the parser (`RegexParser`), the compiled program (`RegexProgram`) and the backtracking
/// matcher (`RegexMachine`) in Swift; `Pattern`, `Match`, the module functions, the flags and `re.error`
/// written in the language over them (`RegexSource`).
enum RegexModule {
    static func install(into r: Registry) {
        r.declareModule("re", doc: "Support for regular expressions (RE).")
        r.register("re._compile", doc: "Compile a pattern: (program, groups, groupindex, flags).",
                   parameters: ["pattern", "flags"]) { args, vm in
            try args.check("_compile", min: 2, max: 2)
            let pattern = try StringMethods.string(args[0], "first argument must be string or compiled pattern")
            let flags = try StringMethods.integer(args[1])
            var parser = RegexParser(pattern, flags: flags)
            do {
                let node = try parser.parse()
                let program = try RegexProgram(node, groupCount: parser.groupCount)
                let index = DictObject()
                for (name, number) in parser.groupNames { index.set(name, .int(number)) }
                return .tuple([.object(program), .int(parser.groupCount), .dict(index), .int(parser.flags)])
            } catch let failure as RegexParser.Failure {
                throw try error(failure, pattern: pattern, vm)
            }
        }
        r.register("re._match", doc: "The spans of the first match, or None.",
                   parameters: ["program", "string", "pos", "endpos", "scan", "full"]) { args, vm in
            try args.check("_match", min: 6, max: 6)
            let (program, text, pos, end) = try subject(args, vm)
            var machine = RegexMachine(program, text: text, end: end)
            var acceptance = RegexMachine.Acceptance()
            if args[5].isTruthy { acceptance.requiredEnd = end }
            guard let slots = machine.find(from: pos, scan: args[4].isTruthy, acceptance: acceptance) else {
                return .none
            }
            return spans(slots)
        }
        r.register("re._scan", doc: "The spans of every match, as findall, finditer, sub and split take them.",
                   parameters: ["program", "string", "pos", "endpos", "count"]) { args, vm in
            try args.check("_scan", min: 5, max: 5)
            let (program, text, pos, end) = try subject(args, vm)
            let limit = try StringMethods.integer(args[4])
            var machine = RegexMachine(program, text: text, end: end)
            var found: [Value] = []
            var position = pos
            var acceptance = RegexMachine.Acceptance()
            while position <= end, limit <= 0 || found.count < limit {
                guard let slots = machine.find(from: position, scan: true, acceptance: acceptance) else { break }
                found.append(spans(slots))
                // After an empty match, the next one may start at the same place only if it is not empty.
                acceptance.refuseEmptyAt = slots[0] == slots[1] ? slots[1] : -1
                position = slots[1]
            }
            return .list(found)
        }
        r.registerSource("re", RegexSource.text)
    }

    /// The program, the subject's code points and the bounds of a `_match` or `_scan` call.
    private static func subject(_ args: Arguments, _ vm: Interpreter) throws
        -> (RegexProgram, [UInt32], Int, Int) {
        guard case .object(let o) = args[0], let program = o as? RegexProgram else {
            throw RuntimeError.typeError("expected a compiled pattern")
        }
        guard case .str(let string) = args[1].unwrappingBuiltin else {
            throw RuntimeError.typeError("expected string or bytes-like object, got '\(args[1].typeName)'")
        }
        let text = program.codePoints(string)
        let end = min(max(try StringMethods.integer(args[3]), 0), text.count)
        let pos = min(max(try StringMethods.integer(args[2]), 0), text.count)
        return (program, text, pos, end)
    }

    /// Slots as a list of ints: start and end of each group (-1 when unset), then `lastindex` (-1 for none).
    private static func spans(_ slots: [Int]) -> Value {
        .list(slots.map { .int($0) })
    }

    /// `re.error(message, pattern, position)`, the class the module's source defines.
    private static func error(_ failure: RegexParser.Failure, pattern: String, _ vm: Interpreter) throws
        -> RuntimeError {
        let position: Value = failure.position.map { .int($0) } ?? .none
        guard case .module(let module) = try vm.importModule("re"), let type = module.attribute("error"),
              case .exception(let exception) = try vm.call(type, Arguments([.str(failure.message), .str(pattern),
                                                                                 position]))
        else { return RuntimeError.valueError(failure.message) }
        return RuntimeError(exception)
    }
}
