import PXCodec
import PXRuntime

/// One thing a plugin registered, as it crosses from the plugin's copy of the library to the host's: a module
/// and its doc string, a function and its signature, or a constant.
///
/// Encoded with `ValueCodec` as a tuple whose first item names the kind:
/// `("module", name, doc)`, `("function", name, doc, [keyword names], signature or None)`,
/// `("value", name, value)`. A signature is `([slot], result or None)`, a slot
/// `(spec or None, type, can be omitted)`, a spec `(name, keyword only, () or (default,))`.
enum PluginDefinition {
    case module(name: String, doc: String)
    case function(name: String, doc: String, parameterNames: [String], signature: TypedSignature?)
    case value(name: String, value: Value)

    /// The definition of `name` in a plugin's registry, or nil if it is neither a module nor a value there.
    init?(name: String, in registry: Registry) {
        if case .builtin(let b)? = registry.value(named: name) {
            self = .function(name: name, doc: b.doc, parameterNames: b.parameterNames, signature: b.signature)
        } else if let value = registry.value(named: name) {
            self = .value(name: name, value: value)
        } else if let doc = registry.moduleDoc(name) {
            self = .module(name: name, doc: doc)
        } else {
            return nil
        }
    }

    var name: String {
        switch self {
        case .module(let name, _), .function(let name, _, _, _), .value(let name, _): return name
        }
    }

    // MARK: - Encoding

    func encoded() throws(CodecError) -> [UInt8] {
        switch self {
        case .module(let name, let doc):
            return try ValueCodec.encode(.tuple([.str("module"), .str(name), .str(doc)]))
        case .value(let name, let value):
            return try ValueCodec.encode(.tuple([.str("value"), .str(name), value]))
        case .function(let name, let doc, let parameterNames, let signature):
            let names = Value.list(parameterNames.map { .str($0) })
            return try ValueCodec.encode(
                .tuple([
                    .str("function"), .str(name), .str(doc), names,
                    signature.map(PluginDefinition.encode) ?? .none,
                ]))
        }
    }

    static func encode(_ signature: TypedSignature) -> Value {
        let slots = signature.slots.map { slot -> Value in
            let spec =
                slot.spec.map { p -> Value in
                    .tuple([.str(p.name), .bool(p.isKeywordOnly), .tuple(p.defaultValue.map { [$0] } ?? [])])
                } ?? .none
            return .tuple([spec, .str(slot.typeDescription), .bool(slot.canBeOmitted)])
        }
        return .tuple([.list(slots), signature.resultDescription.map { .str($0) } ?? .none])
    }

    // MARK: - Decoding

    /// Decodes a definition on the host; nil if the bytes are not one.
    static func decode(_ bytes: [UInt8], interpreter: Interpreter) -> PluginDefinition? {
        guard case .tuple(let items)? = try? ValueCodec.decode(bytes, interpreter: interpreter),
            case .str(let kind)? = items.first, items.count >= 3, case .str(let name) = items[1]
        else { return nil }
        switch (kind, items.count) {
        case ("module", 3):
            guard case .str(let doc) = items[2] else { return nil }
            return .module(name: name, doc: doc)
        case ("value", 3):
            return .value(name: name, value: items[2])
        case ("function", 5):
            guard case .str(let doc) = items[2], let names = strings(items[3]) else { return nil }
            if case .none = items[4] { return .function(name: name, doc: doc, parameterNames: names, signature: nil) }
            guard let signature = decodeSignature(items[4], function: name) else { return nil }
            return .function(name: name, doc: doc, parameterNames: names, signature: signature)
        default:
            return nil
        }
    }

    static func strings(_ value: Value) -> [String]? {
        guard case .list(let list) = value else { return nil }
        var result: [String] = []
        for case .str(let s) in list.items { result.append(s) }
        return result.count == list.items.count ? result : nil
    }

    static func decodeSignature(_ value: Value, function: String) -> TypedSignature? {
        guard case .tuple(let parts) = value, parts.count == 2, case .list(let list) = parts[0] else { return nil }
        var slots: [TypedSignature.Slot] = []
        for item in list.items {
            guard case .tuple(let fields) = item, fields.count == 3, case .str(let type) = fields[1],
                case .bool(let canBeOmitted) = fields[2]
            else { return nil }
            var spec: Parameter?
            if case .tuple(let s) = fields[0] {
                guard s.count == 3, case .str(let name) = s[0], case .bool(let keywordOnly) = s[1],
                    case .tuple(let defaults) = s[2], defaults.count <= 1
                else { return nil }
                spec =
                    defaults.first.map { Parameter(name, default: $0, keywordOnly: keywordOnly) }
                    ?? Parameter(name, keywordOnly: keywordOnly)
            }
            slots.append(TypedSignature.Slot(spec: spec, typeDescription: type, canBeOmitted: canBeOmitted))
        }
        let result: String?
        switch parts[1] {
        case .str(let s): result = s
        case .none: result = nil
        default: return nil
        }
        return TypedSignature(function: function, slots: slots, result: result)
    }
}
