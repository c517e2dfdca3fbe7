/// `sys.stdout` / `sys.stderr`: text streams for `print(file=...)`, `.write()` and `.writelines()`, writing to
/// the interpreter's output.
final class StreamObject: NativeObject {
    /// `stdout` or `stderr`.
    let name: String
    let type: TypeObject

    init(name: String) {
        self.name = name
        self.type = TypeObject(name: "TextIOWrapper", module: "_io")
    }

    /// The output stream the object writes to.
    var stream: OutputStream { name == "stderr" ? .stderr : .stdout }

    var pythonType: TypeObject { type }
    var attributeNames: [String] {
        ["closed", "encoding", "errors", "fileno", "flush", "isatty", "mode", "name", "readable", "seekable",
         "writable", "write", "writelines"]
    }

    func attribute(_ attribute: String, _ interpreter: Interpreter) throws -> Value? {
        switch attribute {
        case "name": return .str("<\(name)>")
        case "mode": return .str("w")
        case "encoding": return .str("utf-8")
        case "errors": return .str("strict")
        case "closed": return .bool(false)
        case "line_buffering": return .bool(false)
        default: return nil
        }
    }

    func callMethod(_ method: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        switch method {
        case "write":
            try arguments.check("write", min: 1, max: 1)
            guard case .str(let text) = arguments[0] else {
                throw RuntimeError.typeError("write() argument must be str, not \(arguments[0].typeName)")
            }
            interpreter.output.write(text, to: stream)
            return .int(StringIndexing.codePoints(text))
        case "writelines":
            try arguments.check("writelines", min: 1, max: 1)
            try Operations.iterate(arguments[0], interpreter) { line in
                guard case .str(let text) = line else { throw RuntimeError.typeError("write() argument must be str, not \(line.typeName)") }
                interpreter.output.write(text, to: stream)
                return true
            }
            return Value.none
        case "flush":
            try arguments.check("flush", min: 0, max: 0)
            interpreter.output.flush()
            return Value.none
        case "isatty", "readable", "seekable":
            try arguments.check(method, min: 0, max: 0)
            return .bool(false)
        case "writable":
            try arguments.check(method, min: 0, max: 0)
            return .bool(true)
        case "fileno":
            try arguments.check(method, min: 0, max: 0)
            return .int(name == "stderr" ? 2 : 1)
        default:
            return nil
        }
    }

    func repr(_ interpreter: Interpreter?) -> String { "<_io.TextIOWrapper name='<\(name)>' mode='w' encoding='utf-8'>" }
}
