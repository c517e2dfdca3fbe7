#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state `sys` keeps for one interpreter: `sys.argv` and `sys.path`, lists programs may change.
public final class SystemState {
    /// `sys.argv`: `['']` in the shell; the script and its arguments under `swiftpx run`.
    public let argv = ListObject([.str("")])
    /// `sys.path`: where `import` looks for `.py` files. First the script's folder (or `''`, the working
    /// directory, in the shell and on engines), then the folders of `$PYTHONPATH`.
    public let path: ListObject

    init() {
        var folders: [Value] = [.str("")]
        if let extra = getenv("PYTHONPATH").map({ String(cString: $0) }) {
            folders += extra.split(separator: ":").map { .str(String($0)) }
        }
        path = ListObject(folders)
    }

    /// The folders of `sys.path` that are strings.
    var searchFolders: [String] {
        path.items.compactMap { if case .str(let s) = $0 { s } else { nil } }
    }
}

extension Interpreter {
    /// The name a Python script's frames carry, as `python3 PATH` names them: the path made absolute by
    /// putting the working directory before a relative one, without normalizing it (`/dir/./x.py`).
    public static func scriptFileName(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        let base = (try? FileSystem.currentDirectory()) ?? "/"
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }

    /// Prepares `sys` for running a script as `python3 FILE ARGS…` does: `sys.argv` is the file as given and
    /// its arguments, and `sys.path` starts with the script's folder (so modules next to it import).
    /// - Parameters:
    ///   - path: the script's path, as given on the command line.
    ///   - arguments: the arguments after it.
    public func prepareScript(path: String, arguments: [String]) {
        let state = SysModule.state(self)
        state.argv.items = ([path] + arguments).map { .str($0) }
        var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let real = realpath(path, &resolved) != nil
            ? String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : FileSystem.absolute(path)
        let folder = PathText.split(real).head
        if state.path.items.isEmpty { state.path.items = [.str(folder)] } else { state.path.items[0] = .str(folder) }
    }
}

/// The `sys` module.
enum SysModule {
    /// The interpreter's `sys` state.
    enum Slot: InterpreterSlot {
        static func makeValue() -> SystemState { SystemState() }
    }

    static func state(_ vm: Interpreter) -> SystemState { vm.slot(Slot.self) }

    /// `sys.version_info` of the Python this language follows.
    static let versionInfo = StructSequence(
        typeName: "sys.version_info", fields: ["major", "minor", "micro", "releaselevel", "serial"],
        values: [.int(3), .int(11), .int(7), .str("final"), .int(0)])

    static func install(into r: Registry) {
        r.declareModule("sys", doc: "This module provides access to some objects used or maintained by the\n"
                        + "interpreter and to functions that interact strongly with the interpreter.")
        r.register("sys.version", value: .str("3.11.7 (swiftpx)"))
        r.register("sys.version_info", value: .object(versionInfo))
        r.register("sys.hexversion", value: .int(0x030B07F0))
        r.register("sys.platform", value: .str("linux"))
        r.register("sys.byteorder", value: .str("little"))
        r.register("sys.maxsize", value: .int(Int.max))
        r.register("sys.maxunicode", value: .int(0x10FFFF))
        r.register("sys.executable", value: .str(executable()))
        r.register("sys.builtin_module_names", value: .tuple(["builtins", "sys"].map { .str($0) }))
        r.register("sys.float_info", value: .object(StructSequence(
            typeName: "sys.float_info",
            fields: ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
                     "radix", "rounds"],
            values: [.float(Double.greatestFiniteMagnitude), .int(1024), .int(308), .float(Double.leastNormalMagnitude),
                     .int(-1021), .int(-307), .int(15), .int(53), .float(Double.ulpOfOne), .int(2), .int(1)])))
        r.registerModule("sys") { vm in
            let state = state(vm)
            return [("argv", .list(state.argv)), ("path", .list(state.path)), ("modules", .dict(vm.modules)),
                    ("stdout", .object(StreamObject(name: "stdout"))), ("stderr", .object(StreamObject(name: "stderr")))]
        }
        r.register("sys.getdefaultencoding", doc: "Return the current default encoding used by the Unicode "
                   + "implementation.") { args, _ in
            try args.check("getdefaultencoding", min: 0, max: 0)
            return .str("utf-8")
        }
        r.register("sys.getrecursionlimit", doc: "Return the current value of the recursion limit.") { args, vm in
            try args.check("getrecursionlimit", min: 0, max: 0)
            return .int(vm.recursionLimit)
        }
        r.register("sys.setrecursionlimit", doc: "Set the maximum depth of the interpreter stack.") { args, vm in
            try args.check("setrecursionlimit", min: 1, max: 1)
            let n = try StringMethods.integer(args[0])
            guard n >= 1 else { throw RuntimeError.valueError("recursion limit must be greater or equal than 1") }
            vm.recursionLimit = min(n, 20_000)
            return .none
        }
        r.register("sys.get_int_max_str_digits", doc: "Return the maximum string digits limit for non-binary int<->str "
                   + "conversions.") { _, vm in .int(vm.intMaxStrDigits) }
        r.register("sys.set_int_max_str_digits", doc: "Set the maximum string digits limit for non-binary int<->str "
                   + "conversions.") { args, vm in
            try args.check("set_int_max_str_digits", min: 1, max: 1)
            let n = try StringMethods.integer(args[0])
            guard n == 0 || n >= IntegerText.minimumMaximumDigits else {
                throw RuntimeError.valueError("maxdigits must be 0 or larger than \(IntegerText.minimumMaximumDigits)")
            }
            vm.intMaxStrDigits = n
            return .none
        }
        r.register("sys.exit", doc: "Exit the interpreter by raising SystemExit(status).") { args, _ in
            try args.check("exit", min: 0, max: 1)
            throw RuntimeError(ExceptionFields.make(BuiltinTypes.systemExit, Arguments(args.positional)))
        }
        r.register("sys.exc_info", doc: "Return information about the most recent exception caught by an except "
                   + "clause in the current stack frame or in an older stack frame.") { args, vm in
            try args.check("exc_info", min: 0, max: 0)
            guard let e = vm.handling.last else { return .tuple([.none, .none, .none]) }
            return .tuple([.type(e.type), .exception(e), TracebackObject.of(e)])
        }
        r.register("sys.intern", doc: "Intern the given string.") { args, _ in
            try args.check("intern", min: 1, max: 1)
            guard case .str = args[0] else {
                throw RuntimeError.typeError("intern() argument must be str, not \(args[0].typeName)")
            }
            return args[0]
        }
    }

    /// The path of the running executable (`sys.executable`).
    static func executable() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return "" }
        return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
