import PXLang

/// The Swift error that carries a language exception while it propagates.
public struct RuntimeError: Error, @unchecked Sendable {
    // @unchecked Sendable: the exception object is only touched by the interpreter thread that raised it;
    // the shell formats it on that thread before anything else sees it.
    /// The exception.
    public let exception: ExceptionObject

    /// Wraps an exception object.
    public init(_ exception: ExceptionObject) {
        self.exception = exception
    }

    /// Creates an exception of `type` with a message.
    public init(_ type: TypeObject, _ message: String) {
        self.exception = ExceptionObject(type: type, args: [.str(message)])
    }

    /// The exception a lexer or parser diagnostic raises when code is run by `exec`-like paths (an engine, a
    /// magic's argument): `SyntaxError` with the line, `IndentationError`, or `RecursionError` for input nested
    /// too deeply.
    public init(_ diagnostic: Diagnostic) {
        switch diagnostic.exceptionName {
        case "RecursionError": self.init(BuiltinTypes.recursionError, diagnostic.message)
        case "MemoryError": self.init(ExceptionObject(type: BuiltinTypes.memoryError, args: []))
        case "IndentationError":
            self.init(BuiltinTypes.indentationError, "\(diagnostic.message) (line \(diagnostic.location.line))")
        default: self.init(BuiltinTypes.syntaxError, "\(diagnostic.message) (line \(diagnostic.location.line))")
        }
    }

    /// The exception's class.
    public var kind: TypeObject { exception.type }

    public static func typeError(_ message: String) -> RuntimeError { RuntimeError(BuiltinTypes.typeError, message) }
    public static func valueError(_ message: String) -> RuntimeError {
        RuntimeError(BuiltinTypes.valueError, message)
    }
    public static func indexError(_ message: String) -> RuntimeError {
        RuntimeError(BuiltinTypes.indexError, message)
    }
    public static func keyError(_ key: Value) -> RuntimeError {
        RuntimeError(ExceptionObject(type: BuiltinTypes.keyError, args: [key]))
    }
    public static func nameError(_ name: String) -> RuntimeError {
        RuntimeError(BuiltinTypes.nameError, "name '\(name)' is not defined")
    }
    public static func attributeError(_ message: String) -> RuntimeError {
        RuntimeError(BuiltinTypes.attributeError, message)
    }
    public static func zeroDivision(_ message: String) -> RuntimeError {
        RuntimeError(BuiltinTypes.zeroDivisionError, message)
    }
    public static func overflow(_ message: String = "integer overflow: the result does not fit in 64 bits")
        -> RuntimeError
    {
        RuntimeError(BuiltinTypes.overflowError, message)
    }
    public static func noAttribute(_ value: Value, _ name: String) -> RuntimeError {
        if case .module(let m) = value {
            return attributeError("module '\(m.name)' has no attribute '\(name)'")
        }
        if case .type(let t) = value {
            return attributeError("type object '\(t.messageName)' has no attribute '\(name)'")
        }
        return attributeError("'\(value.messageTypeName)' object has no attribute '\(name)'")
    }
}
