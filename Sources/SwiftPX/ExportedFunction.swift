import PXCodec
import PXRuntime

/// A function a plugin exported, called by the host through `PluginCall`.
final class ExportedFunction {
    let function: BuiltinFunction
    let runtime: PluginRuntime

    init(function: BuiltinFunction, runtime: PluginRuntime) {
        self.function = function
        self.runtime = runtime
    }

    /// The `PluginCall` every exported function shares: `function` is the retained `ExportedFunction`.
    static let call: PluginCall = { token, bytes, count, replyContext, reply in
        guard let token, let reply else { return 1 }
        let exported = Unmanaged<ExportedFunction>.fromOpaque(token).takeUnretainedValue()
        let input = bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
        let output = exported.run(input)
        output.withUnsafeBufferPointer { reply(replyContext, $0.baseAddress, $0.count) }
        return 0
    }

    /// Decodes the arguments, calls the function and encodes `(status, value or exception, stdout, stderr)`.
    func run(_ input: [UInt8]) -> [UInt8] {
        runtime.withInterpreter { vm in
            let output = BufferedOutput()
            vm.output = output
            var status = 0
            var payload: Value
            do {
                let arguments = try PluginCallEncoding.decodeArguments(input, interpreter: vm)
                payload = try vm.call(.builtin(function), arguments)
            } catch let error as RuntimeError {
                status = 1
                payload = .exception(error.exception)
            } catch {
                status = 1
                payload = .exception(ExceptionObject(type: BuiltinTypes.runtimeError, args: [.str("\(error)")]))
            }
            let (stdout, stderr) = output.take()
            if let bytes = try? ValueCodec.encode(.tuple([.int(status), payload, .str(stdout), .str(stderr)])) {
                return bytes
            }
            let message =
                status == 0
                ? "\(function.qualifiedName)() returned a '\(payload.typeName)' object, which cannot leave the plugin"
                : exceptionSummary(payload)
            let type = status == 0 ? BuiltinTypes.typeError : exceptionType(payload)
            let fallback = Value.exception(ExceptionObject(type: type, args: [.str(message)]))
            return (try? ValueCodec.encode(.tuple([.int(1), fallback, .str(stdout), .str(stderr)]))) ?? []
        }
    }

    func exceptionSummary(_ value: Value) -> String {
        if case .exception(let e) = value { return e.message }
        return ""
    }

    func exceptionType(_ value: Value) -> TypeObject {
        if case .exception(let e) = value { return e.type }
        return BuiltinTypes.runtimeError
    }
}
