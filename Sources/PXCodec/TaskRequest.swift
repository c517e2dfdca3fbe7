import PXRuntime
import PXWire

/// What a task asks an engine to do: the opaque payload of `submitTask`/`runTask`.
public enum TaskRequest {
    /// `f(*arguments, **keywords)`.
    case apply(function: Value, arguments: [Value], keywords: [(name: String, value: Value)])
    /// `f(*items[i])` for every item, giving a list (one map chunk).
    case map(function: Value, items: [[Value]])
    /// Run source text in the namespace; with `silent` false, a final expression's value is the result.
    case execute(code: String, silent: Bool)
    /// Set names in the namespace.
    case push([(name: String, value: Value)])
    /// Read one name (a value) or several (a list).
    case pull(names: [String], single: Bool)

    /// The method name used in error reports (`[0:apply]`, `[1:execute]`).
    public var method: String {
        switch self {
        case .execute: return "execute"
        default: return "apply"
        }
    }

    enum Tag: UInt8 { case apply = 1, map, execute, push, pull }

    /// Encodes the request.
    /// - Throws: `CodecError.notShippable` when an argument cannot travel.
    public func encoded() throws(CodecError) -> [UInt8] {
        var w = ByteWriter(capacity: 64)
        try encode(into: &w)
        return w.bytes
    }

    /// Appends the request's encoding to `w`.
    /// - Throws: `CodecError.notShippable` when an argument cannot travel.
    public func encode(into w: inout ByteWriter) throws(CodecError) {
        switch self {
        case .apply(let function, let arguments, let keywords):
            w.write(Tag.apply.rawValue)
            try ValueCodec.encode(function, into: &w)
            w.writeCount(arguments.count)
            for a in arguments { try ValueCodec.encode(a, into: &w) }
            w.writeCount(keywords.count)
            for (k, v) in keywords {
                w.writeText(k)
                try ValueCodec.encode(v, into: &w)
            }
        case .map(let function, let items):
            w.write(Tag.map.rawValue)
            try ValueCodec.encode(function, into: &w)
            w.writeCount(items.count)
            for item in items {
                w.writeCount(item.count)
                for a in item { try ValueCodec.encode(a, into: &w) }
            }
        case .execute(let code, let silent):
            w.write(Tag.execute.rawValue)
            w.writeText(code)
            w.write(UInt8(silent ? 1 : 0))
        case .push(let pairs):
            w.write(Tag.push.rawValue)
            w.writeCount(pairs.count)
            for (k, v) in pairs {
                w.writeText(k)
                try ValueCodec.encode(v, into: &w)
            }
        case .pull(let names, let single):
            w.write(Tag.pull.rawValue)
            w.write(UInt8(single ? 1 : 0))
            w.writeCount(names.count)
            for n in names { w.writeText(n) }
        }
    }

    /// Decodes a request on an engine.
    public static func decode(_ bytes: [UInt8], interpreter vm: Interpreter) throws(CodecError) -> TaskRequest {
        try decode(bytes[...], interpreter: vm)
    }

    /// Decodes a request on an engine, reading the bytes where they are (large arrays are copied once, into
    /// their own storage).
    public static func decode(_ bytes: ArraySlice<UInt8>, interpreter vm: Interpreter) throws(CodecError)
        -> TaskRequest
    {
        try decode(Payload(bytes), interpreter: vm)
    }

    /// Decodes a request on an engine, reading the bytes where they are; arrays that arrived as memory segments
    /// wrap the mapped segment without a copy.
    public static func decode(_ payload: Payload, interpreter vm: Interpreter) throws(CodecError) -> TaskRequest {
        var r = ByteReader(payload)
        guard let tag = Tag(rawValue: try r.readByte()) else { throw CodecError.malformed("task kind") }
        let request: TaskRequest
        switch tag {
        case .apply:
            let function = try ValueCodec.decode(from: &r, interpreter: vm)
            var arguments: [Value] = []
            for _ in 0..<(try r.readCount()) { arguments.append(try ValueCodec.decode(from: &r, interpreter: vm)) }
            var keywords: [(name: String, value: Value)] = []
            for _ in 0..<(try r.readCount(minimumItemSize: 2)) {
                let k = try r.readText()
                keywords.append((k, try ValueCodec.decode(from: &r, interpreter: vm)))
            }
            request = .apply(function: function, arguments: arguments, keywords: keywords)
        case .map:
            let function = try ValueCodec.decode(from: &r, interpreter: vm)
            var items: [[Value]] = []
            for _ in 0..<(try r.readCount()) {
                var item: [Value] = []
                for _ in 0..<(try r.readCount()) { item.append(try ValueCodec.decode(from: &r, interpreter: vm)) }
                items.append(item)
            }
            request = .map(function: function, items: items)
        case .execute:
            let code = try r.readText()
            request = .execute(code: code, silent: try r.readByte() == 1)
        case .push:
            var pairs: [(name: String, value: Value)] = []
            for _ in 0..<(try r.readCount(minimumItemSize: 2)) {
                let k = try r.readText()
                pairs.append((k, try ValueCodec.decode(from: &r, interpreter: vm)))
            }
            request = .push(pairs)
        case .pull:
            let single = try r.readByte() == 1
            var names: [String] = []
            for _ in 0..<(try r.readCount()) { names.append(try r.readText()) }
            request = .pull(names: names, single: single)
        }
        do { try r.expectEnd() } catch { throw CodecError.wrap(error) }
        return request
    }
}
