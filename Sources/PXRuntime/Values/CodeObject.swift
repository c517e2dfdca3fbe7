import PXLang

/// What `compile(source, filename, mode)` returns: source that parsed, ready for `exec` or `eval`.
public final class CodeObject: NativeObject {
    /// How the source was compiled, as `compile`'s `mode` names it.
    public enum Mode: String, Sendable {
        /// A module: any statements.
        case exec
        /// One expression.
        case eval
        /// One interactive statement: the values of its expression statements are printed.
        case single
    }

    /// The source text.
    public let source: String
    /// The file name shown in tracebacks.
    public let fileName: String
    /// The compile mode.
    public let mode: Mode
    /// The parsed statements (for `eval` mode, one expression statement).
    let program: [Stmt]

    init(source: String, fileName: String, mode: Mode, program: [Stmt]) {
        self.source = source
        self.fileName = fileName
        self.mode = mode
        self.program = program
    }

    static let type = TypeObject(name: "code", module: "builtins")
    public var pythonType: TypeObject { CodeObject.type }
    public var attributeNames: [String] { ["co_filename", "co_firstlineno", "co_name"] }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "co_filename": return .str(fileName)
        case "co_name": return .str("<module>")
        case "co_firstlineno": return .int(1)
        default: return nil
        }
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        "<code object <module> at \(ValueFormatter.address(self)), file \"\(fileName)\", line 1>"
    }
}
