#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `tempfile` module: `gettempdir`, `mkdtemp`, `mkstemp`, `TemporaryDirectory` and `NamedTemporaryFile`.
enum TempfileModule {
    /// The `suffix`, `prefix` and `dir` arguments, with tempfile's defaults.
    struct Naming {
        var suffix = "", prefix = "tmp", folder = FileSystem.temporaryDirectory

        init(_ args: Arguments, _ function: String, _ vm: Interpreter, first: Int = 0) throws {
            func text(_ index: Int, _ name: String) throws -> String? {
                guard let v = args.argument(first + index, name), !v.isNone else { return nil }
                return try PathModule.path(v, function, vm, osPath: true)
            }
            suffix = try text(0, "suffix") ?? suffix
            prefix = try text(1, "prefix") ?? prefix
            folder = try text(2, "dir") ?? folder
        }
    }

    static func install(into r: Registry) {
        r.declareModule("tempfile", doc: "Temporary files.")
        r.register("tempfile.gettempdir", doc: "Returns tempfile.tempdir as str.") { args, _ in
            try args.check("gettempdir", min: 0, max: 0)
            return .str(FileSystem.temporaryDirectory)
        }
        r.register("tempfile.mkdtemp", doc: "User-callable function to create and return a unique temporary "
                   + "directory.", parameters: ["suffix", "prefix", "dir"]) { args, vm in
            try args.check("mkdtemp", min: 0, max: 3, keywords: ["suffix", "prefix", "dir"])
            let naming = try Naming(args, "mkdtemp", vm)
            return .str(try FileSystem.makeTemporaryDirectory(prefix: naming.prefix, suffix: naming.suffix,
                                                              in: naming.folder))
        }
        r.register("tempfile.mkstemp", doc: "User-callable function to create and return a unique temporary file.",
                   parameters: ["suffix", "prefix", "dir", "text"]) { args, vm in
            try args.check("mkstemp", min: 0, max: 4, keywords: ["suffix", "prefix", "dir", "text"])
            let naming = try Naming(args, "mkstemp", vm)
            let (fd, path) = try makeFile(naming)
            return .tuple([.int(Int(fd)), .str(path)])
        }
        r.register("tempfile.NamedTemporaryFile", doc: "Create and return a temporary file.",
                   parameters: ["mode", "buffering", "encoding", "newline", "suffix", "prefix", "dir", "delete"])
        { args, vm in
            let names = ["mode", "buffering", "encoding", "newline", "suffix", "prefix", "dir", "delete", "errors"]
            try args.check("NamedTemporaryFile", min: 0, max: 8, keywords: names)
            let naming = try Naming(args, "NamedTemporaryFile", vm, first: 4)
            let (fd, path) = try makeFile(naming)
            close(fd)
            var options: [(name: String, value: Value)] = [("mode", args.argument(0, "mode") ?? .str("w+b"))]
            if let e = args.argument(2, "encoding") { options.append(("encoding", e)) }
            guard case .object(let o) = try IOModule.open(Arguments([.str(path)], keywords: options), vm),
                  let file = o as? FileObject else { return .none }
            if args.argument(7, "delete")?.isTruthy ?? true { file.removesOnClose = path }
            return .object(file)
        }
        r.register("tempfile.TemporaryDirectory", value: .type(TemporaryDirectory.type))
    }

    /// Creates a new empty file with a unique name, open for reading and writing by its owner only.
    static func makeFile(_ naming: Naming) throws -> (Int32, String) {
        for _ in 0..<100 {
            let path = FileSystem.absolute(naming.folder + "/" + naming.prefix + FileSystem.randomName() + naming.suffix)
            let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, path) }
            if errno != EEXIST { throw ExceptionFields.osError(errno: errno, filename: path) }
        }
        throw ExceptionFields.osError(errno: EEXIST, filename: naming.folder)
    }
}

/// `tempfile.TemporaryDirectory()`: a new directory, removed with its contents by `cleanup()` or at the end of
/// a `with` block (which binds its name).
final class TemporaryDirectory: NativeObject {
    let name: String
    private var isRemoved = false

    static let type = TypeObject(name: "TemporaryDirectory", module: "tempfile",
                                 doc: "Create and return a temporary directory.") { args, vm in
        try args.check("TemporaryDirectory", min: 0, max: 3, keywords: ["suffix", "prefix", "dir",
                                                                          "ignore_cleanup_errors"])
        let naming = try TempfileModule.Naming(args, "TemporaryDirectory", vm)
        return .object(TemporaryDirectory(name: try FileSystem.makeTemporaryDirectory(
            prefix: naming.prefix, suffix: naming.suffix, in: naming.folder)))
    }

    init(name: String) {
        self.name = name
    }

    var pythonType: TypeObject { TemporaryDirectory.type }
    var attributeNames: [String] { ["cleanup", "name"] }

    func attribute(_ attribute: String, _ interpreter: Interpreter) throws -> Value? {
        attribute == "name" ? .str(name) : nil
    }

    func callMethod(_ method: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        guard method == "cleanup" else { return nil }
        try arguments.check("cleanup", min: 0, max: 0)
        try cleanup()
        return Value.none
    }

    /// Removes the directory and everything in it, once.
    func cleanup() throws {
        guard !isRemoved else { return }
        isRemoved = true
        if FileSystem.status(name, followLinks: false) != nil { try FileSystem.removeTree(name) }
    }

    func repr(_ interpreter: Interpreter?) -> String { "<TemporaryDirectory \(ValueFormatter.repr(.str(name)))>" }
    func enter(_ interpreter: Interpreter) throws -> Value { .str(name) }
    func exit(_ interpreter: Interpreter) throws { try cleanup() }
}
