#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `os`, `os.path`, `socket` and `sys` modules.
enum SystemModules {
    static func install(into r: Registry) {
        r.declareModule("os", doc: "OS routines for Linux.")
        r.register("os.getpid", doc: "Return the current process id.") { Int(getpid()) }
        r.register("os.getppid", doc: "Return the parent's process id.") { Int(getppid()) }
        r.register("os.getcwd", doc: "Return a unicode string representing the current working directory.") {
            var buffer = [CChar](repeating: 0, count: 4096)
            guard getcwd(&buffer, buffer.count) != nil else { throw RuntimeError(BuiltinTypes.osError, "getcwd failed") }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        r.register("os.cpu_count", doc: "Return the number of logical CPUs in the system.") {
            Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        }
        r.register("os.getenv", doc: "Get an environment variable, return None if it doesn't exist.",
                   parameters: ["key", Parameter("default", default: Value.none)]) { (key: String, fallback: Value) in
            getenv(key).map { Value.str(String(cString: $0)) } ?? fallback
        }
        r.register("os.kill", doc: "Send a signal to a process (os.kill(pid, 9) kills it).") { args, _ in
            try args.check("kill", min: 2, max: 2)
            let pid = try StringMethods.integer(args[0]), signal = try StringMethods.integer(args[1])
            guard kill(pid_t(clamping: pid), Int32(clamping: signal)) == 0 else {
                throw RuntimeError(errno == ESRCH ? BuiltinTypes.osError : BuiltinTypes.permissionError,
                                   "[Errno \(errno)] cannot signal process \(pid)")
            }
            return .none
        }
        r.register("os.name", value: .str("posix"))
        r.register("os.sep", value: .str("/"))
        r.register("os.linesep", value: .str("\n"))
        r.registerModule("os") { _ in [("environ", .dict(environment()))] }
        r.declareModule("os.path", doc: "Common operations on Posix pathnames.")
        r.register("os.path.join", doc: "Join two or more pathname components.") { args, _ in
            var path = ""
            for v in args.positional {
                let part = try StringMethods.string(v, "expected str, not \(v.typeName)")
                if part.hasPrefix("/") || path.isEmpty { path = part } else { path += (path.hasSuffix("/") ? "" : "/") + part }
            }
            return .str(path)
        }
        r.register("os.path.basename", doc: "Returns the final component of a pathname.",
                   parameters: ["p"]) { (p: String) in
            p.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? p
        }
        r.register("os.path.dirname", doc: "Returns the directory component of a pathname.",
                   parameters: ["p"]) { (p: String) in
            guard let slash = p.lastIndex(of: "/") else { return "" }
            let head = String(p[..<slash])
            return head.isEmpty ? "/" : head
        }
        r.register("os.path.exists", doc: "Test whether a path exists.", parameters: ["path"]) { (p: String) in
            access(p, F_OK) == 0
        }
        r.declareModule("socket", doc: "Low-level networking interface.")
        r.register("socket.gethostname", doc: "Return the current host name.") {
            var buffer = [CChar](repeating: 0, count: 256)
            gethostname(&buffer, buffer.count)
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        r.declareModule("sys", doc: "System-specific parameters and functions.")
        r.register("sys.version", value: .str("3.11 (swiftpx)"))
        r.register("sys.platform", value: .str("linux"))
        r.register("sys.maxsize", value: .int(Int.max))
        r.register("sys.argv", value: .list([.str("swiftpx")]))
        r.register("sys.stdout", value: .object(StreamObject(name: "stdout")))
        r.register("sys.stderr", value: .object(StreamObject(name: "stderr")))
        r.register("sys.getrecursionlimit", doc: "Return the current value of the recursion limit.") { _, vm in
            .int(vm.recursionLimit)
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
            throw RuntimeError(ExceptionObject(type: BuiltinTypes.systemExit, args: args.positional))
        }
    }

    static func environment() -> DictObject {
        let d = DictObject()
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") {
                d.set(String(text[..<eq]), .str(String(text[text.index(after: eq)...])))
            }
            pointer += 1
        }
        return d
    }
}

/// `sys.stdout` / `sys.stderr`: writable streams for `print(file=...)` and `.write()`.
final class StreamObject: NativeObject {
    let name: String
    let type: TypeObject

    init(name: String) {
        self.name = name
        self.type = TypeObject(name: name)
    }

    var pythonType: TypeObject { type }
    var attributeNames: [String] { ["write", "flush"] }

    func callMethod(_ method: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        switch method {
        case "write":
            try arguments.check("write", min: 1, max: 1)
            let text = ValueFormatter.str(arguments[0], interpreter)
            interpreter.output.write(text, to: name == "stderr" ? .stderr : .stdout)
            return .int(text.unicodeScalars.count)
        case "flush":
            interpreter.output.flush()
            return Value.none
        default:
            return nil
        }
    }

    func repr(_ interpreter: Interpreter?) -> String { "<_io.TextIOWrapper name='<\(name)>' mode='w' encoding='utf-8'>" }
}
