import PXLang

/// A traceback object (`e.__traceback__`, `sys.exc_info()[2]`): one frame of an exception's traceback, outermost
/// first, with `tb_next` leading inwards; `tb_frame` stands for the frame as far as tracebacks show it (its code's
/// name and file, its line).
final class TracebackObject: NativeObject {
    let entries: [TracebackEntry]
    let index: Int

    init(entries: [TracebackEntry], index: Int) {
        self.entries = entries
        self.index = index
    }

    /// The traceback of `e` as it stands (the frames it has left, and the one that caught it), or None.
    static func of(_ e: ExceptionObject) -> Value {
        e.fullTraceback.isEmpty ? .none : .object(TracebackObject(entries: e.fullTraceback, index: 0))
    }

    var entry: TracebackEntry { entries[index] }

    static let type = TypeObject(name: "traceback", module: "builtins", doc: "Create a new traceback object.")
    var pythonType: TypeObject { Self.type }
    var attributeNames: [String] { ["tb_frame", "tb_lasti", "tb_lineno", "tb_next"] }

    func attribute(_ name: String, _ vm: Interpreter) throws -> Value? {
        switch name {
        case "tb_lineno": return .int(entry.line)
        case "tb_lasti": return .int(-1)
        case "tb_next":
            return index + 1 < entries.count ? .object(TracebackObject(entries: entries, index: index + 1)) : Value.none
        case "tb_frame": return .object(FrameSummaryObject(entry: entry))
        default: return nil
        }
    }

    func repr(_ interpreter: Interpreter?) -> String { "<traceback object at \(ValueFormatter.address(self))>" }
}

/// `tb.tb_frame` and its `f_code`: a frame as a traceback knows it (its function's name and file, the line it was
/// at); `isCode` says which of the two it is.
final class FrameSummaryObject: NativeObject {
    let entry: TracebackEntry
    let isCode: Bool

    init(entry: TracebackEntry, isCode: Bool = false) {
        self.entry = entry
        self.isCode = isCode
    }

    static let frameType = TypeObject(name: "frame", module: "builtins", doc: "A stack frame.")
    static let codeType = TypeObject(name: "code", module: "builtins", doc: "A code object.")
    var pythonType: TypeObject { isCode ? Self.codeType : Self.frameType }
    var attributeNames: [String] {
        isCode ? ["co_filename", "co_firstlineno", "co_name", "co_qualname"] : ["f_code", "f_lineno"]
    }

    func attribute(_ name: String, _ vm: Interpreter) throws -> Value? {
        switch (isCode, name) {
        case (false, "f_code"): return .object(FrameSummaryObject(entry: entry, isCode: true))
        case (false, "f_lineno"): return .int(entry.line)
        case (true, "co_name"): return .str(entry.function)
        case (true, "co_qualname"):
            return .str(entry.signature.map { String($0.prefix { $0 != "(" }) } ?? entry.function)
        case (true, "co_filename"): return .str(entry.file)
        case (true, "co_firstlineno"): return .int(entry.scopeStart ?? 1)
        default: return nil
        }
    }

    func repr(_ interpreter: Interpreter?) -> String {
        let address = ValueFormatter.address(self)
        if isCode { return "<code object \(entry.function) at \(address), file \"\(entry.file)\", line \(entry.scopeStart ?? 1)>" }
        return "<frame at \(address), file '\(entry.file)', line \(entry.line), code \(entry.function)>"
    }
}
