/// The built-in `open()` and the `io` module (`io.open`, `io.UnsupportedOperation`).
enum IOModule {
    static let openParameters = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"]

    /// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
    static func open(_ args: Arguments, _ vm: Interpreter) throws -> Value {
        try args.check("open", min: 0, max: openParameters.count, keywords: openParameters)
        guard let file = args.argument(0, "file") else {
            throw RuntimeError.typeError("open() missing required argument 'file' (pos 1)")
        }
        let path = try PathModule.path(file, "open", vm, osPath: true)
        var modeText = "r"
        if let m = args.argument(1, "mode") {
            guard case .str(let text) = m else {
                throw RuntimeError.typeError("open() argument 'mode' must be str, not \(m.typeName)")
            }
            modeText = text
        }
        let mode = try FileMode(modeText)
        var encoding: String?
        if let e = args.argument(3, "encoding"), !e.isNone {
            guard case .str(let text) = e else {
                throw RuntimeError.typeError("open() argument 'encoding' must be str or None, not \(e.typeName)")
            }
            if mode.isBinary { throw RuntimeError.valueError("binary mode doesn't take an encoding argument") }
            let normalized = String(text.lowercased().map { $0 == "_" ? "-" : $0 })
            guard ["utf-8", "utf8", "u8", "utf"].contains(normalized) else {
                throw RuntimeError(BuiltinTypes.lookupError, "unknown encoding: \(text)")
            }
            encoding = text
        }
        if let e = args.argument(4, "errors"), !e.isNone, mode.isBinary {
            throw RuntimeError.valueError("binary mode doesn't take an errors argument")
        }
        if let n = args.argument(5, "newline"), !n.isNone, mode.isBinary {
            throw RuntimeError.valueError("binary mode doesn't take a newline argument")
        }
        return .object(try FileObject(path: path, name: file, mode: mode, encoding: encoding))
    }

    static func install(into r: Registry) {
        r.register("open", doc: "Open file and return a stream.  Raise OSError upon failure.",
                   parameters: openParameters, body: open)
        r.declareModule("io", doc: "The io module provides the Python interfaces to stream handling.")
        r.register("io.open", doc: "Open file and return a stream.  Raise OSError upon failure.",
                   parameters: openParameters, body: open)
        r.register("io.UnsupportedOperation", value: .type(FileObject.unsupportedOperation))
        r.register("io.DEFAULT_BUFFER_SIZE", value: .int(8192))
        r.register("io.TextIOWrapper", value: .type(FileObject.textType))
        r.register("io.BufferedReader", value: .type(FileObject.readerType))
        r.register("io.BufferedWriter", value: .type(FileObject.writerType))
    }
}
