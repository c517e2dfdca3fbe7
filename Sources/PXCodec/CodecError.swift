import PXWire

/// Why a value could not be encoded or decoded.
public struct CodecError: Error, CustomStringConvertible, Sendable, Equatable {
    enum Base: Sendable, Equatable {
        case notShippable(String)
        case notPicklable(String)
        case malformed(String)
        case unknownFunction(String)
        case tooDeep
    }

    let base: Base

    /// A value that cannot travel to engines (a client object, a module, an iterator).
    public static func notShippable(_ typeName: String) -> CodecError { CodecError(base: .notShippable(typeName)) }
    /// A value Python cannot pickle either (a generator): the error says so in Python's words.
    public static func notPicklable(_ typeName: String) -> CodecError { CodecError(base: .notPicklable(typeName)) }
    /// Bytes that do not decode.
    public static func malformed(_ what: String) -> CodecError { CodecError(base: .malformed(what)) }
    /// A built-in or registered function this side does not have.
    public static func unknownFunction(_ name: String) -> CodecError { CodecError(base: .unknownFunction(name)) }
    /// Nesting deeper than the codec follows (or a container that contains itself).
    public static let tooDeep = CodecError(base: .tooDeep)

    static func wrap(_ error: WireError) -> CodecError { .malformed("\(error)") }

    public var description: String {
        switch base {
        case .notShippable(let t): return "cannot send a '\(t)' object to the engines"
        case .notPicklable(let t): return "cannot pickle '\(t)' object"
        case .malformed(let what): return "malformed value encoding: \(what)"
        case .unknownFunction(let name): return "function '\(name)' is not available here"
        case .tooDeep: return "value is nested too deeply (or contains itself) to be sent"
        }
    }

    /// Whether the error is about a function missing on this side.
    public var missingFunction: String? {
        if case .unknownFunction(let name) = base { return name }
        return nil
    }
}
