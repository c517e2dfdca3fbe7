import PXCodec
import PXRuntime

/// ipyparallel's serialization functions (`serialize_object`, `deserialize_object`, `pack_apply_message`,
/// `unpack_apply_message`), in swiftpx's own value format instead of pickle: the buffers round-trip in swiftpx
/// (functions travel as syntax trees), and are not ipyparallel's bytes.
enum SerializationFunctions {
    static let signatures: [(name: String, signature: CallSignature, doc: String)] = [
        ("serialize_object", CallSignature("(obj, buffer_threshold=1024, item_threshold=64)", name: "serialize_object",
                                           isMethod: false),
         "serialize_object(obj, buffer_threshold=1024, item_threshold=64): [bytes], obj in swiftpx's value format."),
        ("deserialize_object", CallSignature("(buffers, g=None)", name: "deserialize_object", isMethod: false),
         "deserialize_object(buffers, g=None): (obj, the buffers after obj's), reading swiftpx's value format."),
        ("pack_apply_message", CallSignature("(f, args, kwargs, buffer_threshold=1024, item_threshold=64)",
                                             name: "pack_apply_message", isMethod: false),
         "pack_apply_message(f, args, kwargs, ...): [bytes], a call in swiftpx's value format."),
        ("unpack_apply_message", CallSignature("(bufs, g=None, copy=True)", name: "unpack_apply_message", isMethod: false),
         "unpack_apply_message(bufs, g=None, copy=True): (f, args, kwargs) from pack_apply_message's buffers."),
    ]

    /// Registers the functions in the `swiftpx` module.
    static func install(into registry: Registry) {
        for (name, signature, doc) in signatures {
            registry.register("swiftpx." + name, doc: doc) { args, vm in
                try call(name, try signature.bind(args), vm)
            }
        }
    }

    static func call(_ name: String, _ call: BoundCall, _ vm: Interpreter) throws -> Value {
        switch name {
        case "serialize_object":
            return .list(ListObject([.bytes(try encode(call["obj"]))]))
        case "deserialize_object":
            let buffers = try vm.collect(call["buffers"])
            guard let first = buffers.first else { throw RuntimeError.indexError("list index out of range") }
            return .tuple([try decode(first, vm), .list(ListObject(Array(buffers.dropFirst())))])
        case "pack_apply_message":
            let message = Value.tuple([call["f"], .tuple(try vm.collect(call["args"])), call["kwargs"]])
            return .list(ListObject([.bytes(try encode(message))]))
        default:
            // unpack_apply_message
            let buffers = try vm.collect(call["bufs"])
            guard let first = buffers.first, case .tuple(let parts) = try decode(first, vm), parts.count == 3 else {
                throw RuntimeError.valueError("unpack_apply_message: not a message of pack_apply_message")
            }
            return .tuple(parts)
        }
    }

    static func encode(_ value: Value) throws -> [UInt8] {
        do {
            return try ValueCodec.encode(value)
        } catch {
            throw RuntimeError.typeError("cannot serialize \(value.typeName) in swiftpx's value format: \(error)")
        }
    }

    static func decode(_ buffer: Value, _ vm: Interpreter) throws -> Value {
        guard case .bytes(let bytes) = buffer else {
            throw RuntimeError.typeError("a buffer must be bytes, not \(buffer.typeName)")
        }
        do {
            return try ValueCodec.decode(bytes, interpreter: vm)
        } catch {
            throw RuntimeError.valueError("not a value in swiftpx's format: \(error)")
        }
    }
}
