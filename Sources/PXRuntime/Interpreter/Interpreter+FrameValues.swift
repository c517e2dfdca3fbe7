import PXLang

/// What IPython's Verbose mode shows of one frame besides its lines: the arguments in its heading and the
/// variables of its failing statement, as text.
public struct FrameDescription: Sendable {
    /// `name=value` for each parameter (`*args` and `**kw` with their stars), in `inspect.getargvalues` order.
    public var arguments: [(name: String, value: String)]
    /// `name = value` lines under the failing line.
    public var variables: [(name: String, value: String)]
}

extension Interpreter {
    /// The values of a function's variables in the frame `fp` (cells opened), kept with an exception leaving it
    /// while ``capturesFrameValues`` is set.
    func frameValues(_ f: Function, _ fp: UnsafeMutablePointer<Value>) -> [(String, Value)] {
        var values: [(String, Value)] = []
        for (name, slot) in f.code.localSlots where slot < f.code.frameSize {
            var value = fp[slot]
            if case .cell(let cell) = value { value = cell.value }
            if !value.isUndefined { values.append((name, value)) }
        }
        return values
    }

    /// The arguments and variables of frame `index` (outermost first) of the exception's traceback, as IPython's
    /// Verbose mode shows them: function frames from the values the frame held when the exception left it (kept
    /// while ``capturesFrameValues`` was set), module frames from the globals. Nil when the frame's source is
    /// not known, or its values were not kept.
    public func frameDescription(_ exception: ExceptionObject, index: Int) -> FrameDescription? {
        guard index >= 0, index < exception.traceback.count else { return nil }
        let entry = exception.traceback[index]
        guard let lines = sources[entry.file] else { return nil }
        let source = lines.map(String.init)
        let program = Parser.parse(source.joined(separator: "\n")).program
        let globals = self.globals
        guard entry.function != "<module>" else {
            let variables = FrameVariables.describe(program: program, scope: nil, line: entry.line, source: source,
                                                    vm: self) { globals.lookup($0) }
            return FrameDescription(arguments: [], variables: variables)
        }
        guard let captured = exception.frameValues(at: index), let start = entry.scopeStart,
              let scope = Self.definition(named: entry.function, at: start, in: program) else { return nil }
        var locals: [String: Value] = [:]
        for (name, value) in captured { locals[name] = value }
        let p = scope.parameters
        let ordered = p.filter { $0.kind == .normal } + p.filter { $0.kind == .keywordOnly }
            + p.filter { $0.kind == .variadic } + p.filter { $0.kind == .variadicKeywords }
        let arguments = ordered.map { parameter -> (name: String, value: String) in
            let prefix = parameter.kind == .variadic ? "*" : parameter.kind == .variadicKeywords ? "**" : ""
            return (prefix + parameter.name, locals[parameter.name].map { TextRepr.repr($0, self) } ?? "<unbound>")
        }
        let variables = FrameVariables.describe(program: program, scope: scope, line: entry.line, source: source,
                                                vm: self) { locals[$0] ?? globals.lookup($0) }
        return FrameDescription(arguments: arguments, variables: variables)
    }

    /// The function definition named `name` whose `def` is on line `line`, anywhere in the program.
    static func definition(named name: String, at line: Int, in program: [Stmt]) -> FunctionDef? {
        var pending = program
        while let stmt = pending.popLast() {
            switch stmt.kind {
            case .functionDef(let d):
                if d.name == name, d.location.line == line { return d }
                pending += d.body
            case .classDef(let c): pending += c.body
            default: pending += FrameVariables.blocks(stmt).flatMap { $0 }
            }
        }
        return nil
    }
}
