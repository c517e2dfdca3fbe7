import PXLang
import PXRuntime
import PXWire

/// Classes and instances already written in one encoding: later occurrences refer to them by number, so a
/// list of instances carries its class once and an object graph keeps its sharing.
struct EncodingTable {
    var objects: [ObjectIdentifier: Int] = [:]

    /// The number of `object` if it was written before; otherwise registers it and returns nil.
    mutating func reference(_ object: AnyObject) -> Int? {
        let key = ObjectIdentifier(object)
        if let index = objects[key] { return index }
        objects[key] = objects.count
        return nil
    }
}

/// The classes and instances decoded so far, by the number the encoder gave them.
struct DecodingTable {
    var objects: [Value] = []
}

// MARK: - Classes and instances

/// A class defined in the language travels as its definition: its identity (so a copy coming back resolves to
/// the original, and a class sent again is not made twice), its name, bases, and class attributes (methods
/// travel as functions, that is as syntax trees). An instance travels as its class and its attributes.
///
/// ```
/// class:     tag userClass, origin (signed varint), serial (signed varint), name, qualified name, module,
///            base count, bases (each a class or a built-in type), then 0 when writing the bases wrote the class
///            already, else 1, attribute section length, attribute section
/// section:   attribute count, (name, value)…
/// instance:  tag instance, class, attribute count, (name, value)…, 0 | 1 + the extended built-in value
/// reference: tag objectReference, number (classes and instances in the order they were first written)
/// ```
extension ValueCodec {
    static func encodeClass(_ t: TypeObject, into w: inout ByteWriter, depth: Int, _ table: inout EncodingTable)
        throws(CodecError) {
        guard t.isUserDefined, let identity = t.identity else {
            w.write(Tag.type.rawValue)
            if let module = t.module, module != "builtins" { w.writeText(module + "." + t.name) } else { w.writeText(t.name) }
            return
        }
        if let index = table.objects[ObjectIdentifier(t)] {
            w.write(Tag.objectReference.rawValue)
            w.writeCount(index)
            return
        }
        w.write(Tag.userClass.rawValue)
        w.writeSigned(Int(bitPattern: UInt(identity.origin)))
        w.writeSigned(Int(bitPattern: UInt(identity.serial)))
        w.writeText(t.name)
        w.writeText(t.qualifiedName)
        w.writeText(t.module ?? "__main__")
        w.writeCount(t.bases.count)
        for base in t.bases { try encodeClass(base, into: &w, depth: depth + 1, &table) }
        // A base's methods may refer to this class by name, which writes it in full first.
        guard table.reference(t) == nil else {
            w.write(UInt8(0))
            return
        }
        w.write(UInt8(1))
        var section = ByteWriter(capacity: 256)
        let attributes = t.attributeList
        section.writeCount(attributes.count)
        for (name, value) in attributes {
            section.writeText(name)
            try encode(value, into: &section, depth: depth + 1, &table)
        }
        w.writeCount(section.bytes.count)
        w.write(contentsOf: section.bytes)
    }

    static func decodeClass(_ r: inout ByteReader, _ vm: Interpreter, _ depth: Int, _ table: inout DecodingTable)
        throws(CodecError) -> Value {
        let origin = UInt64(UInt(bitPattern: try r.readSigned()))
        let serial = UInt64(UInt(bitPattern: try r.readSigned()))
        let name = try r.readText(), qualifiedName = try r.readText(), module = try r.readText()
        var bases: [TypeObject] = []
        for _ in 0..<(try r.readCount()) {
            guard case .type(let base) = try decode(from: &r, vm, depth: depth + 1, &table) else {
                throw CodecError.malformed("class base")
            }
            bases.append(base)
        }
        let identity = ClassIdentity(origin: origin, serial: serial)
        if try r.readByte() == 0 {
            guard let written = vm.knownClass(identity) else { throw CodecError.malformed("class '\(name)' not written") }
            return .type(written)
        }
        let cls: TypeObject
        do {
            cls = try vm.receiveClass(identity: identity, name: name, qualifiedName: qualifiedName, module: module,
                                      bases: bases)
        } catch {
            throw CodecError.malformed("class '\(name)': \(error)")
        }
        table.objects.append(.type(cls))
        let section = Array(try r.readRaw(try r.readCount(minimumItemSize: 0)))
        var s = ByteReader(section)
        var attributes: [(String, Value)] = []
        for _ in 0..<(try s.readCount(minimumItemSize: 2)) {
            let key = try s.readText()
            attributes.append((key, try decode(from: &s, vm, depth: depth + 1, &table)))
        }
        do { try s.expectEnd() } catch { throw CodecError.wrap(error) }
        vm.receiveClassAttributes(cls, attributes, encoding: section)
        return .type(cls)
    }

    static func encodeInstance(_ inst: Instance, into w: inout ByteWriter, depth: Int, _ table: inout EncodingTable)
        throws(CodecError) {
        if let index = table.objects[ObjectIdentifier(inst)] {
            w.write(Tag.objectReference.rawValue)
            w.writeCount(index)
            return
        }
        w.write(Tag.instance.rawValue)
        try encodeClass(inst.cls, into: &w, depth: depth + 1, &table)
        _ = table.reference(inst)
        let attributes = inst.attributeList
        w.writeCount(attributes.count)
        for (name, value) in attributes {
            w.writeText(name)
            try encode(value, into: &w, depth: depth + 1, &table)
        }
        if let base = inst.builtinValue {
            w.write(UInt8(1))
            try encode(base, into: &w, depth: depth + 1, &table)
        } else {
            w.write(UInt8(0))
        }
    }

    static func decodeInstance(_ r: inout ByteReader, _ vm: Interpreter, _ depth: Int, _ table: inout DecodingTable)
        throws(CodecError) -> Value {
        guard case .type(let cls) = try decode(from: &r, vm, depth: depth + 1, &table), cls.isUserDefined else {
            throw CodecError.malformed("instance class")
        }
        let inst = Instance(receivedOf: cls)
        table.objects.append(.instance(inst))
        for _ in 0..<(try r.readCount(minimumItemSize: 2)) {
            let key = try r.readText()
            inst.setReceivedAttribute(key, try decode(from: &r, vm, depth: depth + 1, &table))
        }
        if try r.readByte() == 1 { inst.setReceivedBuiltinValue(try decode(from: &r, vm, depth: depth + 1, &table)) }
        return .instance(inst)
    }

    static func decodeReference(_ r: inout ByteReader, _ table: DecodingTable) throws(CodecError) -> Value {
        let index = try r.readCount(minimumItemSize: 0)
        guard index < table.objects.count else { throw CodecError.malformed("object reference \(index)") }
        return table.objects[index]
    }

    /// An exception whose class was defined in the language: its class, arguments and attributes.
    static func encodeUserException(_ e: ExceptionObject, into w: inout ByteWriter, depth: Int,
                                    _ table: inout EncodingTable) throws(CodecError) {
        w.write(Tag.userException.rawValue)
        try encodeClass(e.type, into: &w, depth: depth + 1, &table)
        try encodeSequence(e.args, into: &w, depth: depth, &table)
        let attributes = e.attributes.sorted { $0.key < $1.key }
        w.writeCount(attributes.count)
        for (k, v) in attributes {
            w.writeText(k)
            try encode(v, into: &w, depth: depth + 1, &table)
        }
    }

    static func decodeUserException(_ r: inout ByteReader, _ vm: Interpreter, _ depth: Int,
                                    _ table: inout DecodingTable) throws(CodecError) -> Value {
        guard case .type(let cls) = try decode(from: &r, vm, depth: depth + 1, &table), cls.isExceptionType else {
            throw CodecError.malformed("exception class")
        }
        let exception = ExceptionObject(type: cls, args: try decodeSequence(&r, vm, depth, &table))
        for _ in 0..<(try r.readCount(minimumItemSize: 2)) {
            let key = try r.readText()
            exception.attributes[key] = try decode(from: &r, vm, depth: depth + 1, &table)
        }
        return .exception(exception)
    }

    // MARK: - Descriptors and methods

    /// The objects classes hold: properties, static and class methods, dataclass fields, the `NotImplemented`
    /// and `MISSING` singletons. Returns false for other objects.
    static func encodeClassObject(_ o: any NativeObject, into w: inout ByteWriter, depth: Int,
                                  _ table: inout EncodingTable) throws(CodecError) -> Bool {
        switch o {
        case let p as PropertyObject:
            w.write(Tag.property.rawValue)
            for v in [p.getter, p.setter, p.deleter, p.doc] { try encode(v, into: &w, depth: depth + 1, &table) }
        case let s as StaticMethodObject:
            w.write(Tag.staticMethod.rawValue)
            try encode(s.function, into: &w, depth: depth + 1, &table)
        case let c as ClassMethodObject:
            w.write(Tag.classMethod.rawValue)
            try encode(c.function, into: &w, depth: depth + 1, &table)
        case let f as DataclassField:
            w.write(Tag.dataclassField.rawValue)
            w.writeText(f.name ?? "")
            for v in [f.annotation, f.hash, f.metadata] { try encode(v, into: &w, depth: depth + 1, &table) }
            for v in [f.defaultValue, f.defaultFactory] {
                if let v {
                    w.write(UInt8(1))
                    try encode(v, into: &w, depth: depth + 1, &table)
                } else {
                    w.write(UInt8(0))
                }
            }
            let flags = (f.isInitialized ? 1 : 0) | (f.isShown ? 2 : 0) | (f.isCompared ? 4 : 0)
                | (f.keywordOnly == nil ? 0 : f.keywordOnly == true ? 8 : 16)
            w.write(UInt8(flags))
        case let c as LRUCacheObject:
            w.write(Tag.lruCache.rawValue)
            try encode(c.function, into: &w, depth: depth + 1, &table)
            w.writeSigned(c.maximumSize ?? -1)
        case let c as CachedPropertyObject:
            w.write(Tag.cachedProperty.rawValue)
            try encode(c.function, into: &w, depth: depth + 1, &table)
            w.writeText(c.name)
        case is NotImplementedObject:
            w.write(Tag.notImplemented.rawValue)
        case is MissingObject:
            w.write(Tag.missing.rawValue)
        default:
            return false
        }
        return true
    }

    static func decodeClassObject(_ tag: Tag, _ r: inout ByteReader, _ vm: Interpreter, _ depth: Int,
                                  _ table: inout DecodingTable) throws(CodecError) -> Value {
        switch tag {
        case .property:
            let getter = try decode(from: &r, vm, depth: depth + 1, &table)
            let setter = try decode(from: &r, vm, depth: depth + 1, &table)
            let deleter = try decode(from: &r, vm, depth: depth + 1, &table)
            let doc = try decode(from: &r, vm, depth: depth + 1, &table)
            return .object(PropertyObject(getter: getter, setter: setter, deleter: deleter, doc: doc))
        case .staticMethod: return .object(StaticMethodObject(try decode(from: &r, vm, depth: depth + 1, &table)))
        case .classMethod: return .object(ClassMethodObject(try decode(from: &r, vm, depth: depth + 1, &table)))
        case .dataclassField:
            let name = try r.readText()
            let annotation = try decode(from: &r, vm, depth: depth + 1, &table)
            let hash = try decode(from: &r, vm, depth: depth + 1, &table)
            let metadata = try decode(from: &r, vm, depth: depth + 1, &table)
            let defaultValue = try r.readByte() == 1 ? try decode(from: &r, vm, depth: depth + 1, &table) : nil
            let factory = try r.readByte() == 1 ? try decode(from: &r, vm, depth: depth + 1, &table) : nil
            let flags = try r.readByte()
            return .object(DataclassField(
                name: name.isEmpty ? nil : name, annotation: annotation, defaultValue: defaultValue,
                defaultFactory: factory, isInitialized: flags & 1 != 0, isShown: flags & 2 != 0,
                isCompared: flags & 4 != 0, hash: hash, keywordOnly: flags & 8 != 0 ? true : flags & 16 != 0 ? false : nil,
                metadata: metadata))
        case .lruCache:
            let function = try decode(from: &r, vm, depth: depth + 1, &table)
            let size = try r.readSigned()
            return .object(LRUCacheObject(function: function, maximumSize: size < 0 ? nil : size))
        case .cachedProperty:
            let function = try decode(from: &r, vm, depth: depth + 1, &table)
            return .object(CachedPropertyObject(function: function, name: try r.readText()))
        case .notImplemented: return .notImplemented
        case .missing: return .object(MissingObject.shared)
        default: throw CodecError.malformed("class object tag")
        }
    }

    /// A method bound to its receiver: the receiver, the function and the name.
    static func encodeBoundFunction(_ m: BoundMethod, _ function: Value, into w: inout ByteWriter, depth: Int,
                                    _ table: inout EncodingTable) throws(CodecError) {
        w.write(Tag.boundFunction.rawValue)
        try encode(m.receiver, into: &w, depth: depth + 1, &table)
        try encode(function, into: &w, depth: depth + 1, &table)
        w.writeText(m.name)
    }

    static func decodeBoundFunction(_ r: inout ByteReader, _ vm: Interpreter, _ depth: Int,
                                    _ table: inout DecodingTable) throws(CodecError) -> Value {
        let receiver = try decode(from: &r, vm, depth: depth + 1, &table)
        let function = try decode(from: &r, vm, depth: depth + 1, &table)
        return .boundMethod(BoundMethod(receiver: receiver, function: function, name: try r.readText()))
    }

    /// A method of a built-in type taken from the type (`str.lower`): the type's name and the method's.
    static func decodeMethodDescriptor(_ r: inout ByteReader, _ vm: Interpreter) throws(CodecError) -> Value {
        let typeName = try r.readText(), name = try r.readText()
        guard case .type(let owner)? = vm.globals.builtins[typeName], let method = owner.builtinMethod(name) else {
            throw CodecError.unknownFunction("\(typeName).\(name)")
        }
        return method
    }
}
