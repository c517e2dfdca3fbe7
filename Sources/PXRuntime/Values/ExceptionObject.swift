import PXLang

/// A raised or created exception: its class, arguments and traceback.
public final class ExceptionObject {
    /// The exception's class.
    public let type: TypeObject
    /// The constructor arguments (`e.args`).
    public var args: [Value]
    /// Frames from the outermost call to the innermost, filled in as the exception propagates.
    public var traceback: [TracebackEntry] = [] {
        didSet { if traceback.isEmpty { capturedFrames = [:] } }
    }
    /// The variables of the frames it left while the interpreter kept them (Verbose tracebacks), by the frame's
    /// position counted from the innermost (0).
    var capturedFrames: [Int: [(String, Value)]] = [:]
    /// Extra attributes (e.g. `RemoteError.ename`, `engine_info`).
    public var attributes: [String: Value] = [:]
    /// The exception being handled when this one was raised (`__context__`).
    public var context: ExceptionObject?
    /// The exception given by `raise … from cause` (`__cause__`).
    public var cause: ExceptionObject?
    /// Whether `raise … from …` asked not to show the context (`__suppress_context__`).
    public var suppressContext = false
    /// Replaces `str(e)` (remote errors carry their own text).
    public var customMessage: String?
    /// Replaces `repr(e)`.
    public var customRepr: String?
    /// For an error raised on an engine: its engine-side traceback in a `%xmode` mode (the shell shows it in
    /// place of the local one).
    public var remoteTraceback: ((TracebackMode) -> [String])?
    /// For an error raised by one element of a map: that element's index in the mapped sequence.
    public var mapElement: Int?
    /// The source span of the expression that raised it in the frame it is leaving now (the innermost one
    /// marked: an operation, call, subscript, attribute access or name), which that frame's traceback entry takes.
    public var pendingSpan: SourceSpan?
    /// The frame an `except` clause caught it in, at the line that raised there, while it has not left that frame:
    /// the outermost entry of `__traceback__` (as CPython's traceback holds the catching frame).
    public var handlerEntry: TracebackEntry?

    /// Whether a bare `raise` re-raised it in the frame it is in now, whose entry the traceback holds already:
    /// CPython adds no entry for the frame of a bare `raise`, so leaving that frame adds none.
    var reraised = false

    /// The traceback as Python programs see it: the catching frame (``handlerEntry``) before the frames left.
    public var fullTraceback: [TracebackEntry] { (handlerEntry.map { [$0] } ?? []) + traceback }

    /// Prepares raising it again (`raise e`, or a bare `raise` when `bare`): its traceback goes on from the one it
    /// has, the catching frame's entry included, as CPython's `__traceback__` does.
    func prepareRaise(bare: Bool) {
        traceback = fullTraceback
        handlerEntry = nil
        pendingSpan = nil
        reraised = bare
    }

    /// Records that an `except` clause of the frame it is in caught it, at `entry` (the line that raised there),
    /// unless a bare `raise` of this frame raised it, whose entry the traceback holds already.
    func caught(at entry: TracebackEntry) {
        if reraised {
            reraised = false
        } else {
            handlerEntry = entry
        }
        pendingSpan = nil
    }

    /// Records `span` as where the exception was raised in the current frame, unless an expression inside it
    /// was recorded first.
    public func locate(_ span: SourceSpan) {
        if pendingSpan == nil { pendingSpan = span }
    }

    /// Creates an exception.
    public init(type: TypeObject, args: [Value]) {
        self.type = type
        self.args = args
    }

    /// `str(e)`: the message as Python prints it after the class name (a user exception class may define
    /// `__str__`).
    public var message: String {
        if let customMessage { return customMessage }
        if type.isUserDefined, let text = try? Operations.instanceStr(.exception(self), type, nil) { return text }
        return builtinMessage
    }

    /// `BaseException.__str__`: the message made from the arguments.
    var builtinMessage: String {
        if let text = ExceptionFields.message(self) { return text }
        switch args.count {
        case 0: return ""
        case 1:
            if type.isSubtype(of: BuiltinTypes.keyError) { return ValueFormatter.repr(args[0]) }
            return ValueFormatter.str(args[0])
        default: return ValueFormatter.repr(.tuple(args))
        }
    }

    /// `ValueError: bad value`, or just `StopIteration` when there is no message.
    public var summary: String {
        let text = message
        return text.isEmpty ? type.qualifiedName : "\(type.qualifiedName): \(text)"
    }

    /// `repr(e)`: `ValueError('bad value')` (a user exception class may define `__repr__`).
    public var repr: String {
        if let customRepr { return customRepr }
        if type.isUserDefined, let text = try? Operations.instanceRepr(.exception(self), type, nil) { return text }
        return builtinRepr
    }

    /// `BaseException.__repr__`.
    var builtinRepr: String {
        if args.count == 1 { return "\(type.name)(\(ValueFormatter.repr(args[0])))" }
        return "\(type.name)\(ValueFormatter.repr(.tuple(args)))"
    }
}

extension ExceptionObject {
    /// Keeps the variables of the frame the exception is about to leave (before ``closeFrame`` adds its entry).
    func keepFrameValues(_ values: [(String, Value)]) { capturedFrames[traceback.count] = values }

    /// The variables kept for traceback entry `index` (outermost first), if any.
    public func frameValues(at index: Int) -> [(String, Value)]? { capturedFrames[traceback.count - 1 - index] }
}

/// One line of a traceback.
public struct TracebackEntry: Sendable, Equatable, Codable {
    /// The file name (`<stdin>`, a path).
    public var file: String
    /// The line number.
    public var line: Int
    /// The function name, or `<module>`.
    public var function: String
    /// The function's qualified name and parameters as IPython heads a frame with them
    /// (`outer.<locals>.inner(a, *args, **kw)`); nil for module code.
    public var signature: String?
    /// The line where the function's definition starts, the first line a traceback may show; nil for module code.
    public var scopeStart: Int?
    /// The source span of the expression that failed, for the `^`/`~` markers under the line (PEP 657); nil when
    /// not known (the markers are left out).
    public var span: SourceSpan?

    /// Entries are equal when they name the same place (the signature and scope follow from the function).
    public static func == (a: TracebackEntry, b: TracebackEntry) -> Bool {
        a.file == b.file && a.line == b.line && a.function == b.function
    }

    /// Creates an entry.
    public init(file: String, line: Int, function: String, signature: String? = nil, scopeStart: Int? = nil,
                span: SourceSpan? = nil) {
        self.file = file
        self.line = line
        self.function = function
        self.signature = signature
        self.scopeStart = scopeStart
        self.span = span
    }
}
