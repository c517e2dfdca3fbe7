import PXBigInt
import PXLang
import PXNumeric
import PXRuntime
import PXWire

/// Values ↔ bytes: a compact tagged binary form. Numbers are varints or IEEE bytes, arrays travel as raw
/// contiguous buffers, and user functions as syntax trees with their captured values.
public enum ValueCodec {
    enum Tag: UInt8 {
        case none = 0, falseValue, trueValue, int, float, str, bytes, tuple, list, dict, set, range, slice
        case ndarray, function, builtin, exception, partial, type, reference, boundMethod
        case userClass, objectReference, instance, userException, boundFunction, methodDescriptor, staticMethod
        case classMethod, property, dataclassField, notImplemented, missing
        /// A numpy scalar: dtype code, then the element's 8 bits.
        case scalar
        case lruCache, cachedProperty
        /// An integer beyond 64 bits: a sign byte (0 or 1), a limb count, then 64-bit limbs, least significant first.
        case bigint
        /// A range beyond 64 bits: start, stop and step as encoded integers.
        case bigRange
        /// A frozenset: its elements, as a set's.
        case frozenset
    }

    static let maximumDepth = 1000

    /// Encodes a value.
    /// - Throws: `CodecError.notShippable` for values that cannot leave the shell (client objects, modules).
    public static func encode(_ value: Value) throws(CodecError) -> [UInt8] {
        var writer = ByteWriter(capacity: 64)
        var table = EncodingTable()
        try encode(value, into: &writer, depth: 0, &table)
        return writer.bytes
    }

    /// Appends a value's encoding to `writer`.
    public static func encode(_ value: Value, into w: inout ByteWriter) throws(CodecError) {
        var table = EncodingTable()
        try encode(value, into: &w, depth: 0, &table)
    }

    static func encode(_ value: Value, into w: inout ByteWriter, depth: Int, _ table: inout EncodingTable)
        throws(CodecError) {
        guard depth < maximumDepth else { throw CodecError.tooDeep }
        switch value {
        case .none, .undefined: w.write(Tag.none.rawValue)
        case .bool(let b): w.write((b ? Tag.trueValue : Tag.falseValue).rawValue)
        case .int(let i):
            w.write(Tag.int.rawValue)
            w.writeSigned(i)
        case .bigint(let b):
            w.write(Tag.bigint.rawValue)
            w.write(UInt8(b.isNegative ? 1 : 0))
            w.writeCount(b.limbs.count)
            for limb in b.limbs { w.write(UInt64(limb)) }
        case .float(let d):
            w.write(Tag.float.rawValue)
            w.writeDouble(d)
        case .str(let s):
            w.write(Tag.str.rawValue)
            w.writeText(s)
        case .bytes(let b):
            w.write(Tag.bytes.rawValue)
            w.writeCount(b.count)
            w.write(contentsOf: b)
        case .tuple(let items):
            w.write(Tag.tuple.rawValue)
            try encodeSequence(items, into: &w, depth: depth, &table)
        case .list(let l):
            w.write(Tag.list.rawValue)
            try encodeSequence(l.items, into: &w, depth: depth, &table)
        case .dict(let d):
            w.write(Tag.dict.rawValue)
            w.writeCount(d.count)
            for (k, v) in d.storage {
                try encode(k.value, into: &w, depth: depth + 1, &table)
                try encode(v, into: &w, depth: depth + 1, &table)
            }
        case .set(let s):
            w.write((s.isFrozen ? Tag.frozenset : Tag.set).rawValue)
            try encodeSequence(s.elements, into: &w, depth: depth, &table)
        case .range(let r) where r.big != nil:
            let b = r.bounds
            w.write(Tag.bigRange.rawValue)
            for bound in [b.start, b.stop, b.step] { try encode(.integer(bound), into: &w, depth: depth + 1, &table) }
        case .range(let r):
            w.write(Tag.range.rawValue)
            w.writeSigned(r.start)
            w.writeSigned(r.stop)
            w.writeSigned(r.step)
        case .slice(let s):
            w.write(Tag.slice.rawValue)
            try encode(s.start, into: &w, depth: depth + 1, &table)
            try encode(s.stop, into: &w, depth: depth + 1, &table)
            try encode(s.step, into: &w, depth: depth + 1, &table)
        case .ndarray(let a):
            w.write(Tag.ndarray.rawValue)
            encodeArray(a, into: &w)
        case .scalar(let s):
            w.write(Tag.scalar.rawValue)
            w.write(s.dtype.rawValue)
            w.writeDouble(Double(bitPattern: s.bits))
        case .function(let f):
            w.write(Tag.function.rawValue)
            try encodeFunction(f, into: &w, depth: depth, &table)
        case .builtin(let b):
            if let owner = b.owner {
                w.write(Tag.methodDescriptor.rawValue)
                w.writeText(owner.name)
                w.writeText(b.name)
            } else {
                w.write(Tag.builtin.rawValue)
                w.writeText(b.qualifiedName)
            }
        case .boundMethod(let m):
            if let function = m.function {
                try encodeBoundFunction(m, function, into: &w, depth: depth, &table)
                return
            }
            if case .object = m.receiver { throw CodecError.notShippable("method") }
            w.write(Tag.boundMethod.rawValue)
            try encode(m.receiver, into: &w, depth: depth + 1, &table)
            w.writeText(m.name)
        case .exception(let e):
            if e.type.isUserDefined {
                try encodeUserException(e, into: &w, depth: depth, &table)
                return
            }
            w.write(Tag.exception.rawValue)
            try encodeException(e, into: &w, depth: depth, &table)
        case .type(let t):
            try encodeClass(t, into: &w, depth: depth, &table)
        case .instance(let i):
            try encodeInstance(i, into: &w, depth: depth, &table)
        case .object(let o):
            try encodeObject(o, into: &w, depth: depth, &table)
        case .iterator(let it) where it.type === IteratorObject.generatorType:
            throw CodecError.notPicklable(value.typeName)
        case .module, .iterator, .cell:
            throw CodecError.notShippable(value.typeName)
        }
    }

    static func encodeSequence(_ items: [Value], into w: inout ByteWriter, depth: Int, _ table: inout EncodingTable)
        throws(CodecError) {
        w.writeCount(items.count)
        for item in items { try encode(item, into: &w, depth: depth + 1, &table) }
    }

    /// An array as its dtype code, its shape and its elements' raw bytes in row-major order. On one host a large
    /// buffer travels as sealed memory (the writer's segment), written there once; a view that is not contiguous is
    /// gathered straight into the segment or the message, so it too is copied once.
    ///
    /// The elements of a large array start at a multiple of 8 bytes from the payload's start (the count of axes is
    /// written as a longer varint where needed), so that a receiver whose frame lands aligned can make the array
    /// over the frame without copying it (``decodeArray(_:)``).
    static func encodeArray(_ a: NDArray, into w: inout ByteWriter) {
        w.write(a.dtype.rawValue)
        var axesLength = ByteWriter.varintLength(UInt64(a.shape.count))
        if a.byteCount >= SegmentWriter.threshold {
            let shapeLength = a.shape.reduce(0) { $0 + ByteWriter.varintLength(UInt64(max($1, 0))) }
            let position = w.bytes.count + w.segments.reduce(0) { $0 + $1.length } + axesLength + shapeLength
            axesLength += (alignment - position % alignment) % alignment
        }
        w.writeVarint(UInt64(a.shape.count), length: axesLength)
        for d in a.shape { w.writeCount(d) }
        guard a.isCContiguous else {
            if !w.writeSegment(byteCount: a.byteCount, owner: a, fill: a.copyElements(to:)) {
                w.write(byteCount: a.byteCount, fill: a.copyElements(to:))
            }
            return
        }
        withExtendedLifetime(a) {
            let elements = UnsafeRawBufferPointer(start: a.pointer, count: a.byteCount)
            // An array of at least a sixteenth of its buffer sends the buffer's own memory file (a receiver keeps the
            // whole file while it holds its part, as a numpy view keeps its base).
            if w.segmentWriter != nil, a.byteCount >= SegmentWriter.threshold, a.byteCount * 16 >= a.buffer.byteCount {
                SegmentBacking.handOver(a.buffer)
            }
            if let mapping = a.buffer.origin as? SegmentMapping, w.writeSegment(elements, mappedFrom: mapping) { return }
            let region = UnsafeRawBufferPointer(start: a.buffer.pointer, count: a.buffer.byteCount)
            if !w.writeSegment(elements, region: region, owner: a.buffer) { w.write(contentsOf: elements) }
        }
    }

    /// The alignment of a large array's elements in a payload, in bytes (the largest item size).
    static let alignment = 8

    /// The syntax tree of a function, encoded once and kept on the function.
    static func syntaxBytes(_ f: Function) -> [UInt8] {
        if let cached = f.encodedCache { return cached }
        var encoder = SyntaxEncoder()
        encoder.function(f.definition)
        f.encodedCache = encoder.out.bytes
        return encoder.out.bytes
    }

    static func encodeFunction(_ f: Function, into w: inout ByteWriter, depth: Int, _ table: inout EncodingTable)
        throws(CodecError) {
        let syntax = syntaxBytes(f)
        w.writeCount(syntax.count)
        w.write(contentsOf: syntax)
        w.writeText(f.fileName)
        w.writeCount(f.freeNames.count)
        for name in f.freeNames { w.writeText(name) }
        for value in f.capturedValues {
            // A captured function that refers to itself (recursion through a closure) travels as None.
            if case .function(let inner) = value, inner === f {
                w.write(Tag.none.rawValue)
            } else {
                try encode(value, into: &w, depth: depth + 1, &table)
            }
        }
        let defaults = f.defaultValues.sorted { $0.key < $1.key }
        w.writeCount(defaults.count)
        for (index, value) in defaults {
            w.writeCount(index)
            try encode(value, into: &w, depth: depth + 1, &table)
        }
        let classes = f.referencedClasses
        w.writeCount(classes.count)
        for (name, cls) in classes {
            w.writeText(name)
            try encodeClass(cls, into: &w, depth: depth + 1, &table)
        }
        w.writeText(f.qualifiedName)
        w.writeCount(f.attributes.count)
        for (name, value) in f.attributes {
            w.writeText(name)
            if case .function(let inner) = value, inner === f {
                w.write(Tag.none.rawValue)
            } else {
                try encode(value, into: &w, depth: depth + 1, &table)
            }
        }
    }

    static func encodeException(_ e: ExceptionObject, into w: inout ByteWriter, depth: Int,
                                _ table: inout EncodingTable) throws(CodecError) {
        w.writeText(e.type.name)
        try encodeSequence(e.args, into: &w, depth: depth, &table)
        let attributes = e.attributes.sorted { $0.key < $1.key }.filter { (_, v) in
            if case .builtin = v { return false }
            return true
        }
        w.writeCount(attributes.count)
        for (k, v) in attributes {
            w.writeText(k)
            try encode(v, into: &w, depth: depth + 1, &table)
        }
    }

    static func encodeObject(_ o: any NativeObject, into w: inout ByteWriter, depth: Int, _ table: inout EncodingTable)
        throws(CodecError) {
        switch o {
        case let reference as ReferenceObject:
            w.write(Tag.reference.rawValue)
            w.writeText(reference.name)
        case let partial as Partial:
            w.write(Tag.partial.rawValue)
            try encode(partial.function, into: &w, depth: depth + 1, &table)
            try encodeSequence(partial.arguments, into: &w, depth: depth, &table)
            w.writeCount(partial.keywords.count)
            for (k, v) in partial.keywords {
                w.writeText(k)
                try encode(v, into: &w, depth: depth + 1, &table)
            }
        default:
            if try encodeClassObject(o, into: &w, depth: depth, &table) { return }
            guard let form = o.shippedForm else { throw CodecError.notShippable(o.pythonType.name) }
            try encode(form, into: &w, depth: depth + 1, &table)
        }
    }
}
