import PXBigInt
import PXLang
import PXNumeric
import PXRuntime
import PXWire

extension ValueCodec {
    /// Decodes a value.
    /// - Parameter interpreter: compiles received functions and resolves built-ins, types and exceptions by name.
    /// - Throws: `CodecError` for malformed bytes or a function this side does not have.
    public static func decode(_ bytes: [UInt8], interpreter: Interpreter) throws(CodecError) -> Value {
        var reader = ByteReader(bytes)
        let value = try decode(from: &reader, interpreter: interpreter)
        do { try reader.expectEnd() } catch { throw CodecError.wrap(error) }
        return value
    }

    /// Decodes one value from a reader.
    public static func decode(from r: inout ByteReader, interpreter: Interpreter) throws(CodecError) -> Value {
        var table = DecodingTable()
        return try decode(from: &r, interpreter, depth: 0, &table)
    }

    static func decode(from r: inout ByteReader, _ vm: Interpreter, depth: Int, _ table: inout DecodingTable)
        throws(CodecError) -> Value {
        guard depth < maximumDepth else { throw CodecError.tooDeep }
        guard let tag = Tag(rawValue: try r.readByte()) else { throw CodecError.malformed("value tag") }
        switch tag {
        case .none: return .none
        case .falseValue: return .bool(false)
        case .trueValue: return .bool(true)
        case .int: return .int(try r.readSigned())
        case .bigint: return try decodeBigInt(&r)
        case .bigRange:
            var bounds: [BigInt] = []
            for _ in 0..<3 {
                guard let bound = try decode(from: &r, vm, depth: depth + 1, &table).bigIntValue else {
                    throw CodecError.malformed("range bound")
                }
                bounds.append(bound)
            }
            guard !bounds[2].isZero else { throw CodecError.malformed("range step 0") }
            return .range(RangeObject(start: bounds[0], stop: bounds[1], step: bounds[2]))
        case .float: return .float(try r.readDouble())
        case .str: return .str(try r.readText())
        case .bytes: return .bytes(Array(try r.readRaw(try r.readCount())))
        case .tuple: return .tuple(try decodeSequence(&r, vm, depth, &table))
        case .list: return .list(ListObject(try decodeSequence(&r, vm, depth, &table)))
        case .dict:
            let d = DictObject()
            for _ in 0..<(try r.readCount(minimumItemSize: 2)) {
                let k = try decode(from: &r, vm, depth: depth + 1, &table)
                let v = try decode(from: &r, vm, depth: depth + 1, &table)
                do { try d.set(k, v) } catch { throw CodecError.malformed("unhashable dict key") }
            }
            return .dict(d)
        case .set, .frozenset:
            do {
                return .set(try SetObject(try decodeSequence(&r, vm, depth, &table), frozen: tag == .frozenset))
            } catch let e as CodecError {
                throw e
            } catch {
                throw CodecError.malformed("unhashable set element")
            }
        case .range:
            let start = try r.readSigned(), stop = try r.readSigned(), step = try r.readSigned()
            guard step != 0 else { throw CodecError.malformed("range step 0") }
            return .range(RangeObject(start: start, stop: stop, step: step))
        case .slice:
            let a = try decode(from: &r, vm, depth: depth + 1, &table), b = try decode(from: &r, vm, depth: depth + 1, &table)
            return .slice(SliceObject(start: a, stop: b, step: try decode(from: &r, vm, depth: depth + 1, &table)))
        case .ndarray: return .ndarray(try decodeArray(&r))
        case .scalar:
            guard let dtype = DType(rawValue: try r.readByte()) else { throw CodecError.malformed("scalar dtype") }
            let bits = (try r.readDouble()).bitPattern
            // Loading the element from its bytes keeps only what the dtype holds.
            return .scalar(withUnsafeBytes(of: bits) { ArrayScalar(loading: $0.baseAddress!, dtype: dtype) })
        case .function: return try decodeFunction(&r, vm, depth, &table)
        case .builtin:
            let name = try r.readText()
            guard let function = try? vm.registry.function(named: name, for: vm) else {
                throw CodecError.unknownFunction(name)
            }
            return function
        case .boundMethod:
            let receiver = try decode(from: &r, vm, depth: depth + 1, &table)
            return .boundMethod(BoundMethod(receiver: receiver, name: try r.readText()))
        case .exception: return try decodeException(&r, vm, depth, &table)
        case .type: return .type(try decodeType(try r.readText(), vm))
        case .reference: return .object(ReferenceObject(name: try r.readText()))
        case .partial:
            let function = try decode(from: &r, vm, depth: depth + 1, &table)
            let arguments = try decodeSequence(&r, vm, depth, &table)
            var keywords: [(name: String, value: Value)] = []
            for _ in 0..<(try r.readCount(minimumItemSize: 2)) {
                let k = try r.readText()
                keywords.append((k, try decode(from: &r, vm, depth: depth + 1, &table)))
            }
            return .object(Partial(function: function, arguments: arguments, keywords: keywords))
        case .userClass: return try decodeClass(&r, vm, depth, &table)
        case .objectReference: return try decodeReference(&r, table)
        case .instance: return try decodeInstance(&r, vm, depth, &table)
        case .userException: return try decodeUserException(&r, vm, depth, &table)
        case .boundFunction: return try decodeBoundFunction(&r, vm, depth, &table)
        case .methodDescriptor: return try decodeMethodDescriptor(&r, vm)
        case .staticMethod, .classMethod, .property, .dataclassField, .notImplemented, .missing, .lruCache,
             .cachedProperty:
            return try decodeClassObject(tag, &r, vm, depth, &table)
        }
    }

    static func decodeSequence(_ r: inout ByteReader, _ vm: Interpreter, _ depth: Int, _ table: inout DecodingTable)
        throws(CodecError) -> [Value] {
        let count = try r.readCount()
        var items: [Value] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try decode(from: &r, vm, depth: depth + 1, &table)) }
        return items
    }

    static func decodeArray(_ r: inout ByteReader) throws(CodecError) -> NDArray {
        guard let dtype = DType(rawValue: try r.readByte()) else { throw CodecError.malformed("array dtype") }
        var shape: [Int] = []
        for _ in 0..<(try r.readCount()) { shape.append(try r.readCount(minimumItemSize: 0)) }
        if let count = Shape.count(shape), case (let length, false) = count.multipliedReportingOverflow(by: dtype.itemSize),
            let segment = r.takeSegment(length: length)
        {
            return try mapArray(dtype, shape, segment)
        }
        guard let count = Shape.count(shape), count <= r.remaining / dtype.itemSize else {
            throw CodecError.malformed("array size")
        }
        let raw = try r.readRaw(count * dtype.itemSize)
        if raw.count >= SegmentWriter.threshold, let array = wrapArray(dtype, shape, raw) { return array }
        let array: NDArray? = raw.withUnsafeBytes { bytes in try? makeArray(dtype, shape, bytes) }
        guard let array else { throw CodecError.malformed("array too large") }
        return array
    }

    /// The array over the element bytes where they arrived (the received frame), without a copy: the array keeps
    /// the frame's storage until it goes. `nil` when the bytes are not aligned to the item size (then they are
    /// copied). A frame is decoded once, and each message of a frame has bytes of its own (``FrameDecoder``), so
    /// nothing else reads the bytes an array writes.
    static func wrapArray(_ dtype: DType, _ shape: [Int], _ bytes: ArraySlice<UInt8>) -> NDArray? {
        // The slice keeps the frame's storage alive (and unmoved: nothing writes to it as an array) until released.
        guard let start = bytes.withUnsafeBytes({ $0.baseAddress }), Int(bitPattern: start) % dtype.itemSize == 0 else {
            return nil
        }
        let buffer = ArrayBuffer(wrapping: UnsafeMutableRawPointer(mutating: start), byteCount: bytes.count) { _, _ in
            withExtendedLifetime(bytes) {}
        }
        let array = NDArray(buffer: buffer, dtype: dtype, shape: shape)
        if dtype == .bool {
            // Only 0 and 1 are bools.
            let flags = array.pointer.assumingMemoryBound(to: UInt8.self)
            for i in 0..<array.count where flags[i] > 1 { flags[i] = 1 }
        }
        return array
    }

    /// The array over received element bytes: copied once into new memory.
    static func makeArray(_ dtype: DType, _ shape: [Int], _ bytes: UnsafeRawBufferPointer) throws(CodecError) -> NDArray {
        guard let a = try? NDArray.empty(shape: shape, dtype: dtype) else { throw CodecError.malformed("array too large") }
        if let source = bytes.baseAddress, !bytes.isEmpty { a.pointer.copyMemory(from: source, byteCount: bytes.count) }
        if dtype == .bool {
            // Only 0 and 1 are bools.
            let flags = a.pointer.assumingMemoryBound(to: UInt8.self)
            for i in 0..<a.count where flags[i] > 1 { flags[i] = 1 }
        }
        return a
    }

    /// The array over a received memory segment: its pages mapped copy-on-write, no copy (they are unmapped when the
    /// last array over them goes). A misaligned range is copied instead.
    static func mapArray(_ dtype: DType, _ shape: [Int], _ segment: PayloadSegment) throws(CodecError) -> NDArray {
        guard let memory = segment.memory else { throw CodecError.malformed("array segment") }
        let mapping: SegmentMapping
        do { mapping = try SegmentMapping(memory, offset: segment.offset, length: segment.length) } catch {
            throw CodecError.malformed("array segment: \(error)")
        }
        guard Int(bitPattern: mapping.pointer) % dtype.itemSize == 0 else {
            return try withExtendedLifetime(mapping) { () throws(CodecError) in
                try makeArray(dtype, shape, UnsafeRawBufferPointer(start: mapping.pointer, count: segment.length))
            }
        }
        // The buffer keeps the mapping (unmapped when it goes), through which the array can be sent on uncopied.
        let buffer = ArrayBuffer(wrapping: mapping.pointer, byteCount: segment.length, origin: mapping) { _, _ in }
        let array = NDArray(buffer: buffer, dtype: dtype, shape: shape)
        if dtype == .bool {
            // Only 0 and 1 are bools (pages are copied only where a byte must change).
            let flags = array.pointer.assumingMemoryBound(to: UInt8.self)
            for i in 0..<array.count where flags[i] > 1 { flags[i] = 1 }
        }
        return array
    }

    static func decodeFunction(_ r: inout ByteReader, _ vm: Interpreter, _ depth: Int, _ table: inout DecodingTable)
        throws(CodecError) -> Value {
        let syntax = Array(try r.readRaw(try r.readCount()))
        let fileName = try r.readText()
        var freeNames: [String] = []
        for _ in 0..<(try r.readCount()) { freeNames.append(try r.readText()) }
        var captured: [Value] = []
        for _ in freeNames { captured.append(try decode(from: &r, vm, depth: depth + 1, &table)) }
        var defaults: [Int: Value] = [:]
        for _ in 0..<(try r.readCount(minimumItemSize: 2)) {
            let index = try r.readCount(minimumItemSize: 0)
            defaults[index] = try decode(from: &r, vm, depth: depth + 1, &table)
        }
        var decoder = SyntaxDecoder(input: ByteReader(syntax))
        let definition = try decoder.function()
        guard defaults.keys.allSatisfy({ $0 < definition.parameters.count }) else {
            throw CodecError.malformed("default for a missing parameter")
        }
        for _ in 0..<(try r.readCount(minimumItemSize: 2)) {
            let name = try r.readText()
            guard case .type(let cls) = try decode(from: &r, vm, depth: depth + 1, &table) else {
                throw CodecError.malformed("class referenced by a function")
            }
            vm.bindReceivedClass(cls, as: name)
        }
        let qualifiedName = try r.readText()
        var attributes: [(String, Value)] = []
        for _ in 0..<(try r.readCount(minimumItemSize: 2)) {
            let name = try r.readText()
            attributes.append((name, try decode(from: &r, vm, depth: depth + 1, &table)))
        }
        var key = syntax + Array(fileName.utf8) + [0]
        for name in freeNames { key += Array(name.utf8) + [0] }
        let function = vm.makeFunction(definition: definition, freeNames: freeNames, captured: captured,
                                       defaults: defaults, cacheKey: key, fileName: fileName)
        if case .function(let f) = function {
            if qualifiedName != definition.name { f.attributes["__qualname__"] = .str(qualifiedName) }
            for (name, value) in attributes { f.attributes[name] = value }
        }
        return function
    }

    /// A built-in type by name, or a type of a module by its dotted name (`dataclasses.FrozenInstanceError`).
    static func decodeType(_ name: String, _ vm: Interpreter) throws(CodecError) -> TypeObject {
        if let dot = name.lastIndex(of: ".") {
            let module = String(name[..<dot]), short = String(name[name.index(after: dot)...])
            if case .module(let m)? = try? vm.importModule(module), case .type(let t)? = m.attributes[short] { return t }
            if let t = exceptionType(named: short) { return t }
        }
        let found = vm.globals.builtins[name] ?? vm.globals.lookup(name) ?? exceptionType(named: name).map { .type($0) }
        guard case .type(let t)? = found else { throw CodecError.malformed("unknown type '\(name)'") }
        return t
    }

    static func exceptionType(named name: String) -> TypeObject? {
        (BuiltinTypes.builtinExceptions + BuiltinTypes.parallelErrors).first { $0.name == name }
    }

    static func decodeException(_ r: inout ByteReader, _ vm: Interpreter, _ depth: Int, _ table: inout DecodingTable)
        throws(CodecError) -> Value {
        let name = try r.readText()
        let type = exceptionType(named: name) ?? BuiltinTypes.exceptionType
        let exception = ExceptionObject(type: type, args: try decodeSequence(&r, vm, depth, &table))
        for _ in 0..<(try r.readCount(minimumItemSize: 2)) {
            let key = try r.readText()
            exception.attributes[key] = try decode(from: &r, vm, depth: depth + 1, &table)
        }
        return .exception(exception)
    }

    /// An integer beyond 64 bits (one that fits decodes as a machine integer).
    static func decodeBigInt(_ r: inout ByteReader) throws(CodecError) -> Value {
        let sign = try r.readByte()
        guard sign <= 1 else { throw CodecError.malformed("integer sign \(sign)") }
        let count = try r.readCount(minimumItemSize: 8)
        var limbs = [UInt](repeating: 0, count: count)
        for i in 0..<count {
            do { limbs[i] = UInt(try r.readUInt64()) } catch { throw CodecError.wrap(error) }
        }
        return .integer(BigInt(limbs: limbs, isNegative: sign == 1))
    }
}
