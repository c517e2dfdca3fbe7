#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - The file functions of `os`

extension SystemModules {
    /// `os.stat_result` for a `stat` of the file system.
    static func statResult(_ info: stat) -> Value {
        func seconds(_ t: timespec) -> Value { .float(Double(t.tv_sec) + Double(t.tv_nsec) / 1e9) }
        return .object(StructSequence(
            typeName: "os.stat_result",
            fields: ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime",
                     "st_ctime"],
            values: [.int(Int(info.st_mode)), .int(Int(info.st_ino)), .int(Int(info.st_dev)), .int(Int(info.st_nlink)),
                     .int(Int(info.st_uid)), .int(Int(info.st_gid)), .int(Int(info.st_size)), seconds(info.st_atim),
                     seconds(info.st_mtim), seconds(info.st_ctim)]))
    }

    /// Registers an `os` function of one path argument (and optional keywords).
    private static func register(_ r: Registry, _ name: String, doc: String, keywords: [String] = [],
                                 _ body: @escaping (String, Arguments, Interpreter) throws -> Value) {
        r.register("os." + name, doc: doc, parameters: ["path"] + keywords) { args, vm in
            try args.check(name, min: 0, max: 1 + keywords.count, keywords: ["path"] + keywords)
            guard let v = args.argument(0, "path") else {
                throw RuntimeError.typeError("\(name)() missing required argument 'path' (pos 1)")
            }
            return try body(try PathModule.path(v, name, vm), args, vm)
        }
    }

    static func installFileFunctions(into r: Registry) {
        r.register("os.pathsep", value: .str(":"))
        r.register("os.curdir", value: .str("."))
        r.register("os.pardir", value: .str(".."))
        r.register("os.devnull", value: .str("/dev/null"))
        r.register("os.fspath", doc: "Return the file system path representation of the object.") { args, vm in
            try args.check("fspath", min: 1, max: 1)
            return .str(try PathModule.path(args[0], "fspath", vm, osPath: true))
        }
        register(r, "chdir", doc: "Change the current working directory to the specified path.") { p, _, _ in
            guard chdir(p) == 0 else { throw ExceptionFields.osError(errno: errno, filename: p) }
            return .none
        }
        register(r, "mkdir", doc: "Create a directory.", keywords: ["mode"]) { p, args, _ in
            let mode = try args.argument(1, "mode").map { try StringMethods.integer($0) } ?? 0o777
            try FileSystem.makeDirectory(p, mode: mode)
            return .none
        }
        register(r, "makedirs", doc: "makedirs(name [, mode=0o777][, exist_ok=False])\n\nSuper-mkdir; create a leaf "
                 + "directory and all intermediate ones.", keywords: ["mode", "exist_ok"]) { p, args, _ in
            let mode = try args.argument(1, "mode").map { try StringMethods.integer($0) } ?? 0o777
            let existOK = args.argument(2, "exist_ok")?.isTruthy ?? false
            try makeDirectories(p, mode: mode, existOK: existOK)
            return .none
        }
        register(r, "rmdir", doc: "Remove a directory.") { p, _, _ in
            try FileSystem.removeDirectory(p)
            return .none
        }
        for name in ["remove", "unlink"] {
            register(r, name, doc: "Remove a file (same as \(name == "remove" ? "unlink" : "remove")()).") { p, _, _ in
                try FileSystem.removeFile(p)
                return .none
            }
        }
        for name in ["rename", "replace"] {
            r.register("os." + name, doc: "Rename a file or directory.", parameters: ["src", "dst"]) { args, vm in
                try args.check(name, min: 2, max: 2)
                try FileSystem.move(try PathModule.path(args[0], name, vm), to: try PathModule.path(args[1], name, vm))
                return .none
            }
        }
        r.register("os.listdir", doc: "Return a list containing the names of the files in the directory.",
                   parameters: ["path"]) { args, vm in
            try args.check("listdir", min: 0, max: 1, keywords: ["path"])
            let p = try args.argument(0, "path").map { try PathModule.path($0, "listdir", vm) } ?? "."
            return .list(try FileSystem.list(p).map { .str($0) })
        }
        register(r, "stat", doc: "Perform a stat system call on the given path.") { p, _, _ in
            guard let info = FileSystem.status(p) else { throw ExceptionFields.osError(errno: errno, filename: p) }
            return statResult(info)
        }
        r.register("os.walk", doc: "Directory tree generator: for each directory in the tree rooted at top, yields "
                   + "a 3-tuple (dirpath, dirnames, filenames).", parameters: ["top", "topdown"]) { args, vm in
            try args.check("walk", min: 1, max: 2, keywords: ["top", "topdown", "onerror", "followlinks"])
            guard let top = args.argument(0, "top") else {
                throw RuntimeError.typeError("walk() missing 1 required positional argument: 'top'")
            }
            return .iterator(walk(try PathModule.path(top, "walk", vm)))
        }
    }

    /// `os.makedirs`: creates the missing folders of `path`, parents first.
    static func makeDirectories(_ path: String, mode: Int, existOK: Bool) throws {
        let (head, tail) = PathText.split(path)
        if !head.isEmpty, !tail.isEmpty, FileSystem.status(head) == nil {
            try makeDirectories(head, mode: mode, existOK: true)
        }
        do {
            try FileSystem.makeDirectory(path, mode: mode)
        } catch let error as RuntimeError where error.kind === BuiltinTypes.fileExistsError {
            if !existOK || !FileSystem.isDirectory(path) { throw error }
        }
    }

    /// `os.walk(top)`, top-down: each folder's `(path, folders, files)`, visiting the folders the caller left
    /// in the `folders` list (it may prune it), lazily.
    static func walk(_ top: String) -> IteratorObject {
        var pending: [String] = [top]
        var visiting: (path: String, folders: ListObject)?
        return IteratorObject(type: IteratorObject.generatorType) {
            if let (path, folders) = visiting {
                let children = folders.items.reversed().compactMap { v -> String? in
                    if case .str(let name) = v { return PathText.join([path, name]) }
                    return nil
                }
                pending.append(contentsOf: children)
                visiting = nil
            }
            while let path = pending.popLast() {
                guard let names = try? FileSystem.list(path) else { continue }
                var folders: [Value] = [], files: [Value] = []
                for name in names {
                    if FileSystem.isDirectory(PathText.join([path, name])) { folders.append(.str(name)) } else {
                        files.append(.str(name))
                    }
                }
                let list = ListObject(folders)
                visiting = (path, list)
                return .tuple([.str(path), .list(list), .list(files)])
            }
            return nil
        }
    }
}
