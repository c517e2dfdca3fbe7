#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The attributes some built-in exception classes derive from their arguments, as CPython's constructors do:
/// `OSError(errno, strerror, filename)` (`e.errno`, `e.strerror`, `e.filename`, and the text
/// `[Errno 2] No such file or directory: 'x'`), `SystemExit(code)` (`e.code`), `ImportError(msg, name=, path=)`
/// (`e.name`, `e.path`, `e.msg`) and `SyntaxError(msg, (filename, lineno, offset, text))`.
enum ExceptionFields {
    /// The class `OSError(errno, …)` really makes for an error number (`OSError(2, 'x')` is a
    /// `FileNotFoundError`), as CPython's `OSError.__new__` chooses it.
    static func osErrorType(errno code: Int32) -> TypeObject {
        switch code {
        case ENOENT: return BuiltinTypes.fileNotFoundError
        case EEXIST: return BuiltinTypes.fileExistsError
        case EISDIR: return BuiltinTypes.isADirectoryError
        case ENOTDIR: return BuiltinTypes.notADirectoryError
        case EACCES, EPERM: return BuiltinTypes.permissionError
        case EINTR: return BuiltinTypes.interruptedError
        case EAGAIN, EALREADY, EINPROGRESS: return BuiltinTypes.blockingIOError
        case ECHILD: return BuiltinTypes.childProcessError
        case ESRCH: return BuiltinTypes.processLookupError
        case ETIMEDOUT: return BuiltinTypes.timeoutError
        case EPIPE, ESHUTDOWN: return BuiltinTypes.brokenPipeError
        case ECONNABORTED: return BuiltinTypes.connectionAbortedError
        case ECONNREFUSED: return BuiltinTypes.connectionRefusedError
        case ECONNRESET: return BuiltinTypes.connectionResetError
        default: return BuiltinTypes.osError
        }
    }

    /// The exception `OSError(errno, strerror, filename)` for a failed system call, of the subclass CPython
    /// raises for that error number, with the system's text for it.
    /// - Parameters:
    ///   - code: the error number (`errno`).
    ///   - filename: the path involved, if any.
    ///   - filename2: the second path (`rename`), if any.
    static func osError(errno code: Int32, filename: String? = nil, filename2: String? = nil) -> RuntimeError {
        let text = String(cString: strerror(code))
        var args: [Value] = [.int(Int(code)), .str(text)]
        if let filename {
            args.append(.str(filename))
            if let filename2 { args += [.int(0), .str(filename2)] }
        }
        let exception = ExceptionObject(type: osErrorType(errno: code), args: args)
        initialize(exception)
        return RuntimeError(exception)
    }

    /// Makes an exception of a built-in class from constructor arguments, with its derived attributes.
    static func make(_ type: TypeObject, _ arguments: Arguments) -> ExceptionObject {
        var type = type
        if type === BuiltinTypes.osError, arguments.positional.count >= 2, case .int(let code) = arguments.positional[0],
           let code32 = Int32(exactly: code) {
            type = osErrorType(errno: code32)
        }
        let exception = ExceptionObject(type: type, args: arguments.positional)
        initialize(exception)
        for (name, value) in arguments.keywords { exception.attributes[name] = value }
        return exception
    }

    /// Sets the attributes an exception's class derives from its arguments (for the classes that have any).
    static func initialize(_ e: ExceptionObject) {
        let type = e.type
        let args = e.args
        if type.isSubtype(of: BuiltinTypes.osError) {
            var fields: [Value] = [.none, .none, .none, .none]
            if (2...5).contains(args.count) {
                fields[0] = args[0]
                fields[1] = args[1]
                if args.count >= 3 { fields[2] = args[2] }
                if args.count == 5 { fields[3] = args[4] }
                e.args = Array(args.prefix(2))
            }
            for (name, value) in zip(["errno", "strerror", "filename", "filename2"], fields) {
                e.attributes[name] = value
            }
        } else if type.isSubtype(of: BuiltinTypes.systemExit) {
            switch args.count {
            case 0: e.attributes["code"] = Value.none
            case 1: e.attributes["code"] = args[0]
            default: e.attributes["code"] = .tuple(args)
            }
        } else if type.isSubtype(of: BuiltinTypes.importError) {
            e.attributes["msg"] = args.count == 1 ? args[0] : Value.none
            e.attributes["name"] = Value.none
            e.attributes["path"] = Value.none
        } else if type.isSubtype(of: BuiltinTypes.syntaxError) {
            let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]
            for name in ["msg"] + names { e.attributes[name] = Value.none }
            if let first = args.first { e.attributes["msg"] = first }
            if args.count == 2, case .tuple(let details) = args[1] {
                for (name, value) in zip(names, details) { e.attributes[name] = value }
            }
        }
    }

    /// `str(e)` for the classes whose text is not made from `args` alone; nil for the others.
    static func message(_ e: ExceptionObject) -> String? {
        let type = e.type
        if type.isSubtype(of: BuiltinTypes.osError) {
            guard let code = e.attributes["errno"], let text = e.attributes["strerror"],
                  !code.isNone || !text.isNone else { return nil }
            var out = "[Errno \(ValueFormatter.str(code))] \(ValueFormatter.str(text))"
            if let filename = e.attributes["filename"], !filename.isNone {
                out += ": " + ValueFormatter.repr(filename)
                if let second = e.attributes["filename2"], !second.isNone { out += " -> " + ValueFormatter.repr(second) }
            }
            return out
        }
        if type.isSubtype(of: BuiltinTypes.syntaxError), let msg = e.attributes["msg"], !msg.isNone {
            let file = e.attributes["filename"] ?? .none, line = e.attributes["lineno"] ?? .none
            let text = ValueFormatter.str(msg)
            switch (file, line) {
            case (.str(let f), .int(let n)): return "\(text) (\(basename(f)), line \(n))"
            case (.str(let f), _): return "\(text) (\(basename(f)))"
            case (_, .int(let n)): return "\(text) (line \(n))"
            default: return text
            }
        }
        return nil
    }

    private static func basename(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }
}
