import PXCodec
import PXRuntime

/// How a call to a plugin function crosses the C interface: arguments as the encoded tuple
/// `(positional, [(keyword, value)])`, the answer as `(status, value or exception, stdout, stderr)` where status
/// 0 means returned and 1 means raised.
enum PluginCallEncoding {
    /// Encodes a call's arguments (host side).
    /// - Throws: `CodecError` when an argument cannot be copied (a client object, a module, an iterator).
    static func encodeArguments(_ arguments: Arguments) throws(CodecError) -> [UInt8] {
        let keywords = arguments.keywords.map { Value.tuple([.str($0.name), $0.value]) }
        return try ValueCodec.encode(.tuple([.tuple(arguments.positional), .list(keywords)]))
    }

    /// Decodes a call's arguments (plugin side).
    /// - Throws: `RuntimeError` when the bytes are not a call.
    static func decodeArguments(_ bytes: [UInt8], interpreter: Interpreter) throws -> Arguments {
        guard case .tuple(let parts) = try decode(bytes, interpreter), parts.count == 2,
            case .tuple(let positional) = parts[0], case .list(let list) = parts[1]
        else { throw malformed() }
        var keywords: [(name: String, value: Value)] = []
        for item in list.items {
            guard case .tuple(let pair) = item, pair.count == 2, case .str(let name) = pair[0] else {
                throw malformed()
            }
            keywords.append((name, pair[1]))
        }
        return Arguments(positional, keywords: keywords)
    }

    /// What a plugin function did.
    enum Outcome {
        case returned(Value)
        case raised(ExceptionObject)
    }

    /// Decodes the answer (host side), with the text the function printed.
    /// - Throws: `RuntimeError` when the bytes are not an answer.
    static func decodeReply(_ bytes: [UInt8], interpreter: Interpreter) throws
        -> (outcome: Outcome, stdout: String, stderr: String)
    {
        guard case .tuple(let parts) = try decode(bytes, interpreter), parts.count == 4,
            case .int(let status) = parts[0],
            case .str(let stdout) = parts[2], case .str(let stderr) = parts[3]
        else { throw malformed() }
        switch (status, parts[1]) {
        case (0, let value): return (.returned(value), stdout, stderr)
        case (1, .exception(let e)): return (.raised(e), stdout, stderr)
        default: throw malformed()
        }
    }

    static func decode(_ bytes: [UInt8], _ interpreter: Interpreter) throws -> Value {
        do { return try ValueCodec.decode(bytes, interpreter: interpreter) } catch {
            throw RuntimeError(BuiltinTypes.runtimeError, "plugin call: \(error)")
        }
    }

    static func malformed() -> RuntimeError {
        RuntimeError(BuiltinTypes.runtimeError, "plugin call: malformed message")
    }
}
