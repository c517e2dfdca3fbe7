#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `os.path` module: POSIX path text (`join`, `split`, `splitext`, `normpath`, …) and questions about the
/// file system (`exists`, `isfile`, `isdir`, `getsize`, …).
enum PathModule {
    /// A path argument: a `str`, or an object whose `__fspath__` returns one.
    /// - Throws: `TypeError: NAME: path should be string, bytes or os.PathLike, not int`, or with `what`,
    ///   CPython's wording for `os.path` functions (`expected str, bytes or os.PathLike object, not int`).
    static func path(_ v: Value, _ function: String, _ vm: Interpreter, osPath: Bool = false) throws -> String {
        switch v {
        case .str(let s): return s
        case .bytes(let b): return String(decoding: b, as: UTF8.self)
        case .instance, .object:
            if let fspath = try? Operations.attribute(v, "__fspath__", vm), case .str(let s) = try vm.call(fspath, Arguments()) {
                return s
            }
        default: break
        }
        if osPath { throw RuntimeError.typeError("expected str, bytes or os.PathLike object, not \(v.typeName)") }
        throw RuntimeError.typeError("\(function): path should be string, bytes or os.PathLike, not \(v.typeName)")
    }

    /// Registers a one-path function of `os.path`.
    private static func register(_ r: Registry, _ name: String, doc: String,
                                 _ body: @escaping (String, Interpreter) throws -> Value) {
        r.register("os.path." + name, doc: doc, parameters: ["path"]) { args, vm in
            try args.check(name, min: 1, max: 1, keywords: ["path"])
            guard let v = args.argument(0, "path") else {
                throw RuntimeError.typeError("\(name)() missing required argument 'path' (pos 1)")
            }
            return try body(try path(v, name, vm, osPath: true), vm)
        }
    }

    static func install(into r: Registry) {
        r.declareModule("os.path", doc: "Common operations on Posix pathnames.")
        r.register("os.path.sep", value: .str("/"))
        r.register("os.path.curdir", value: .str("."))
        r.register("os.path.pardir", value: .str(".."))
        r.register("os.path.join", doc: "Join two or more pathname components, inserting '/' as needed.") { args, vm in
            guard !args.positional.isEmpty else {
                throw RuntimeError.typeError("join() missing 1 required positional argument: 'a'")
            }
            return .str(PathText.join(try args.positional.map { try path($0, "join", vm, osPath: true) }))
        }
        r.register("os.path.basename", doc: "Returns the final component of a pathname", parameters: ["p"]) {
            (p: String) in PathText.split(p).tail
        }
        r.register("os.path.dirname", doc: "Returns the directory component of a pathname", parameters: ["p"]) {
            (p: String) in PathText.split(p).head
        }
        register(r, "split", doc: "Split a pathname.  Returns tuple \"(head, tail)\" where \"tail\" is everything after "
                 + "the final slash.") { p, _ in
            let (head, tail) = PathText.split(p)
            return .tuple([.str(head), .str(tail)])
        }
        register(r, "splitext", doc: "Split the extension from a pathname.") { p, _ in
            let (root, ext) = PathText.splitExtension(p)
            return .tuple([.str(root), .str(ext)])
        }
        register(r, "normpath", doc: "Normalize path, eliminating double slashes, etc.") { p, _ in .str(PathText.normalize(p)) }
        register(r, "abspath", doc: "Return an absolute path.") { p, _ in .str(FileSystem.absolute(p)) }
        register(r, "realpath", doc: "Return the canonical path of the specified filename, eliminating any symbolic "
                 + "links encountered in the path.") { p, _ in
            var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            guard realpath(p, &resolved) != nil else { return .str(FileSystem.absolute(p)) }
            return .str(String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        register(r, "isabs", doc: "Test whether a path is absolute") { p, _ in .bool(p.hasPrefix("/")) }
        register(r, "exists", doc: "Test whether a path exists.  Returns False for broken symbolic links") { p, _ in
            .bool(FileSystem.status(p) != nil)
        }
        register(r, "lexists", doc: "Test whether a path exists.  Returns True for broken symbolic links") { p, _ in
            .bool(FileSystem.status(p, followLinks: false) != nil)
        }
        register(r, "isfile", doc: "Test whether a path is a regular file") { p, _ in .bool(FileSystem.isFile(p)) }
        register(r, "isdir", doc: "Return true if the pathname refers to an existing directory.") { p, _ in
            .bool(FileSystem.isDirectory(p))
        }
        register(r, "islink", doc: "Test whether a path is a symbolic link") { p, _ in
            guard let info = FileSystem.status(p, followLinks: false) else { return .bool(false) }
            return .bool(info.st_mode & S_IFMT == S_IFLNK)
        }
        register(r, "getsize", doc: "Return the size of a file, reported by os.stat().") { p, _ in
            guard let info = FileSystem.status(p) else { throw ExceptionFields.osError(errno: errno, filename: p) }
            return .int(Int(info.st_size))
        }
        register(r, "getmtime", doc: "Return the last modification time of a file, reported by os.stat().") { p, _ in
            guard let info = FileSystem.status(p) else { throw ExceptionFields.osError(errno: errno, filename: p) }
            return .float(Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
        }
        register(r, "expanduser", doc: "Expand ~ and ~user constructions.") { p, _ in
            guard p == "~" || p.hasPrefix("~/"), let home = getenv("HOME").map({ String(cString: $0) }) else {
                return .str(p)
            }
            return .str(home + p.dropFirst())
        }
    }
}
