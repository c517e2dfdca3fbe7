import PXRuntime

/// What `get_ipython()` returns at the shell: the object IPython's rewritten lines call
/// (``IPythonSyntax``): `system(cmd)` runs a shell command, `getoutput(cmd)` returns its lines,
/// `run_line_magic(name, line)` runs a magic. The commands expand `{expression}` and `$name` first; an
/// optional dict of locals (the rewritten lines of a function pass `locals()`) comes before the globals.
final class InteractiveShellObject: NativeObject {
    unowned let shell: Shell

    init(shell: Shell) {
        self.shell = shell
    }

    static let type = TypeObject(name: "InteractiveShell", module: "swiftpx",
                                 doc: "The running shell, as IPython's get_ipython() returns it.")
    var pythonType: TypeObject { Self.type }
    static let methods = ["getoutput", "run_line_magic", "system"]
    var attributeNames: [String] { Self.methods }

    func attribute(_ name: String, _ vm: Interpreter) throws -> Value? {
        guard Self.methods.contains(name) else { return nil }
        return .builtin(BuiltinFunction(name: name, doc: "") { [unowned self] args, vm in
            try self.callMethod(name, args, vm) ?? .none
        })
    }

    func callMethod(_ name: String, _ args: Arguments, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "system", "getoutput":
            try args.check(name, min: 1, max: 2)
            guard case .str(let command) = args[0] else {
                throw RuntimeError.typeError("\(name)() argument must be str, not \(args[0].typeName)")
            }
            var locals: DictObject?
            if args.positional.count > 1 { if case .dict(let d) = args[1] { locals = d } }
            let text = SystemCommand.expand(command, vm, locals: locals)
            if name == "getoutput" { return .list(ListObject(SystemCommand.capture(text).map { .str($0) })) }
            shell.output.flush()
            SystemCommand.run(text)
            return Value.none
        case "run_line_magic":
            try args.check(name, min: 2, max: 2)
            guard case .str(let magic) = args[0], case .str(let line) = args[1] else {
                throw RuntimeError.typeError("run_line_magic() arguments must be str")
            }
            shell.runMagic(magic, arguments: line, body: nil)
            return Value.none
        default:
            return nil
        }
    }

    func repr(_ interpreter: Interpreter?) -> String { "<swiftpx.InteractiveShell object>" }
}
