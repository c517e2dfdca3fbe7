import PXCodec
import PXRuntime

/// The host's handle on one function of a loaded plugin: calling it copies the arguments into the plugin,
/// and the result (or the exception, and anything printed) back.
final class PluginFunction {
    let name: String
    let token: UnsafeMutableRawPointer
    let call: PluginCall

    init(name: String, token: UnsafeMutableRawPointer, call: @escaping PluginCall) {
        self.name = name
        self.token = token
        self.call = call
    }

    /// The built-in function programs see.
    func builtin(doc: String, parameterNames: [String], signature: TypedSignature?) -> BuiltinFunction {
        let (module, short) = PluginFunction.split(name)
        return BuiltinFunction(
            name: short, module: module, doc: doc, parameterNames: parameterNames,
            signature: signature
        ) { [self] args, vm in try invoke(args, vm) }
    }

    static func split(_ name: String) -> (String?, String) {
        guard let dot = name.lastIndex(of: ".") else { return (nil, name) }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }

    /// Where the plugin's answer lands.
    final class Reply {
        var bytes: [UInt8] = []
    }

    static let receive: PluginReply = { context, bytes, count in
        guard let context, let bytes else { return }
        Unmanaged<Reply>.fromOpaque(context).takeUnretainedValue().bytes = Array(
            UnsafeBufferPointer(
                start: bytes,
                count: count))
    }

    /// Calls the plugin function.
    /// - Throws: `TypeError` for an argument that cannot be copied; whatever the function raised.
    func invoke(_ arguments: Arguments, _ vm: Interpreter) throws -> Value {
        let input: [UInt8]
        do { input = try PluginCallEncoding.encodeArguments(arguments) } catch {
            throw RuntimeError.typeError("\(name)() takes values that can be copied into its plugin: \(error)")
        }
        let reply = Reply()
        let status = withExtendedLifetime(reply) {
            input.withUnsafeBufferPointer {
                call(
                    token, $0.baseAddress, $0.count, Unmanaged.passUnretained(reply).toOpaque(), PluginFunction.receive)
            }
        }
        guard status == 0 else {
            throw RuntimeError(BuiltinTypes.runtimeError, "\(name)(): the plugin refused the call")
        }
        let (outcome, stdout, stderr) = try PluginCallEncoding.decodeReply(reply.bytes, interpreter: vm)
        if !stdout.isEmpty { vm.output.write(stdout, to: .stdout) }
        if !stderr.isEmpty { vm.output.write(stderr, to: .stderr) }
        switch outcome {
        case .returned(let value): return value
        case .raised(let exception): throw RuntimeError(exception)
        }
    }
}
