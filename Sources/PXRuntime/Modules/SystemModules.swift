#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `os`, `os.path` and `socket` modules.
enum SystemModules {
    static func install(into r: Registry) {
        r.declareModule("os", doc: "OS routines for Linux.")
        r.register("os.getpid", doc: "Return the current process id.") { Int(getpid()) }
        r.register("os.getppid", doc: "Return the parent's process id.") { Int(getppid()) }
        r.register("os.getcwd", doc: "Return a unicode string representing the current working directory.") {
            try FileSystem.currentDirectory()
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
        PathModule.install(into: r)
        installFileFunctions(into: r)
        r.declareModule("socket", doc: "Low-level networking interface.")
        r.register("socket.gethostname", doc: "Return the current host name.") {
            var buffer = [CChar](repeating: 0, count: 256)
            gethostname(&buffer, buffer.count)
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
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
