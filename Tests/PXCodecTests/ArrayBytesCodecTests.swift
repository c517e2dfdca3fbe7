import PXCodec
import PXNumeric
import PXRuntime
import PXWire
import Testing

/// Large arrays on the byte path (TCP): their elements start 8-byte aligned within the payload, whatever comes
/// before them, so a receiver makes the array over the received bytes without copying; a strided view is gathered
/// straight into the message; small arrays keep the shortest encoding.
@Suite("Array bytes in the codec")
struct ArrayBytesCodecTests {
    static func arrays() throws -> [NDArray] {
        let doubles = NDArray(doubles: (0..<100_000).map { Double($0) * 0.5 })
        let grid = NDArray(doubles: (0..<200_000).map { Double($0 % 977) }, shape: [400, 500])
        // grid[::2, 1::3] and doubles[::-1]: views that are not contiguous.
        let view = grid.view(shape: [200, 167], strides: [2 * 500 * 8, 3 * 8], offset: 8)
        let reversed = doubles.view(shape: [100_000], strides: [-8], offset: 8 * 99_999)
        return [
            doubles,
            NDArray(bools: (0..<70_000).map { $0 % 3 == 0 }),
            NDArray(int32s: (0..<90_000).map { Int32($0) - 7 }, shape: [300, 300]),
            NDArray(int64s: (0..<10_000).map { Int64($0) * 1_000_003 }, shape: [10, 10, 100]),
            view,
            reversed,
            try grid.transposed(),
        ]
    }

    /// Encodes `array` after `prefix` other bytes and decodes it back from the same storage.
    static func roundTrip(_ array: NDArray, prefix: Int) throws -> (bytes: [UInt8], decoded: NDArray) {
        var writer = ByteWriter()
        for _ in 0..<prefix { writer.write(UInt8(0)) }
        try ValueCodec.encode(.ndarray(array), into: &writer)
        let bytes = writer.bytes
        var reader = ByteReader(bytes)
        for _ in 0..<prefix { _ = try reader.readUInt8() }
        let value = try InterpreterThread.run { Result { try ValueCodec.decode(from: &reader, interpreter: Interpreter()) } }.get()
        guard case .ndarray(let decoded) = value else { throw CodecError.malformed("not an array: \(value)") }
        return (bytes, decoded)
    }

    /// Whether two arrays hold the same elements in C order.
    static func sameElements(_ a: NDArray, _ b: NDArray) -> Bool {
        guard let x = try? a.copy(), let y = try? b.copy(), x.byteCount == y.byteCount else { return false }
        return UnsafeRawBufferPointer(start: x.pointer, count: x.byteCount)
            .elementsEqual(UnsafeRawBufferPointer(start: y.pointer, count: y.byteCount))
    }

    @Test("large arrays start their elements 8-byte aligned and arrive over the received bytes, equal", arguments: 0..<9)
    func alignedAndWrapped(prefix: Int) throws {
        for array in try Self.arrays() {
            let (bytes, decoded) = try Self.roundTrip(array, prefix: prefix)
            let elementStart = bytes.count - array.byteCount
            #expect(elementStart % 8 == 0, "\(array.dtype) \(array.shape) after \(prefix) bytes")
            #expect(decoded.dtype == array.dtype && decoded.shape == array.shape)
            #expect(Self.sameElements(decoded, array))
            let aligned = bytes.withUnsafeBytes { Int(bitPattern: $0.baseAddress! + elementStart) % array.dtype.itemSize == 0 }
            #expect(decoded.buffer.isOwned == !aligned, "wrapped where aligned, copied otherwise")
        }
    }

    @Test("writing to an array made over received bytes leaves a later decoding of its own bytes alone")
    func wrappedArraysAreIndependent() throws {
        let original = NDArray(doubles: (0..<20_000).map { Double($0) })
        let first = try Self.roundTrip(original, prefix: 0).decoded
        let second = try Self.roundTrip(original, prefix: 0).decoded
        first.pointer.storeBytes(of: -1.0, as: Double.self)
        #expect(second.pointer.load(as: Double.self) == 0)
        #expect(original.pointer.load(as: Double.self) == 0)
    }

    @Test("small arrays keep the shortest encoding: tag, dtype, axes, shape, elements")
    func smallArraysAreCanonical() throws {
        let small = NDArray(doubles: [1, 2, 3])
        let bytes = try ValueCodec.encode(.ndarray(small))
        #expect(bytes.count == 4 + 24)
        #expect(bytes[2] == 1 && bytes[3] == 3)
    }
}
