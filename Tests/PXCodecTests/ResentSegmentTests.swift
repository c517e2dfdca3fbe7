import PXCodec
import PXNumeric
import PXRuntime
import PXWire
import Testing

/// An array that arrived as a memory segment is sent on as that same segment, without a copy (an engine returning a
/// pushed or scattered array: `pull`, `gather`), as long as this process has not written to its pages; once it has,
/// or towards a peer without descriptors, the bytes are copied as for any array.
@Suite("Received segments sent on")
struct ResentSegmentTests {
    /// Encodes `array` for a link that carries descriptors; returns the payload and whether a new segment was made.
    static func encode(_ array: NDArray, descriptors: Bool = true) throws -> (payload: Payload, copied: Bool) {
        let segments = SegmentWriter()
        var writer = ByteWriter()
        if descriptors { writer.segmentWriter = segments }
        try ValueCodec.encode(.ndarray(array), into: &writer)
        try segments.seal()
        return (writer.payload, !segments.isEmpty)
    }

    static func decode(_ payload: Payload) throws -> NDArray {
        var reader = ByteReader(payload)
        let value = try InterpreterThread.run {
            Result { try ValueCodec.decode(from: &reader, interpreter: Interpreter()) }
        }.get()
        guard case .ndarray(let decoded) = value else { throw CodecError.malformed("not an array: \(value)") }
        return decoded
    }

    /// The elements of a payload's array, as doubles.
    static func doubles(_ payload: Payload) throws -> [Double] {
        let a = try decode(try payload.flattened())
        return (0..<a.count).map { a.pointer.load(fromByteOffset: $0 * 8, as: Double.self) }
    }

    @Test("a received array, or a contiguous part of it, goes back out as the segment it arrived in")
    func receivedArrayIsPassedOn() throws {
        let original = NDArray(doubles: (0..<100_000).map { Double($0) * 0.25 })
        let (sent, copiedFirst) = try Self.encode(original)
        #expect(copiedFirst, "an array of this process is copied into a new segment once")
        let memory = try #require(sent.segments.first?.memory)
        let received = try Self.decode(sent)
        #expect(!received.buffer.isOwned)

        let (back, copiedBack) = try Self.encode(received)
        #expect(!copiedBack, "nothing is copied")
        #expect(back.segments.count == 1 && back.segments.first?.memory === memory)
        #expect(back.segments.first?.offset == sent.segments.first?.offset)
        #expect(try Self.doubles(back) == (0..<100_000).map { Double($0) * 0.25 })

        // A contiguous part (the second half, as a scatter's part) is the same memory further on.
        let half = received.view(shape: [50_000], strides: [8], offset: 50_000 * 8)
        let (part, copiedPart) = try Self.encode(half)
        #expect(!copiedPart && part.segments.first?.memory === memory)
        #expect(part.segments.first?.offset == (sent.segments.first?.offset ?? 0) + 50_000 * 8)
        #expect(try Self.doubles(part) == (50_000..<100_000).map { Double($0) * 0.25 })
    }

    @Test("once this process wrote to the array, its bytes are copied, with the change")
    func writtenArrayIsCopied() throws {
        let (sent, _) = try Self.encode(NDArray(doubles: (0..<100_000).map { Double($0) }))
        let memory = try #require(sent.segments.first?.memory)
        let received = try Self.decode(sent)
        received.pointer.storeBytes(of: -1.0, toByteOffset: 70_000 * 8, as: Double.self)
        let (back, copied) = try Self.encode(received)
        #expect(copied && back.segments.first?.memory !== memory)
        let values = try Self.doubles(back)
        #expect(values[70_000] == -1 && values[69_999] == 69_999 && values.count == 100_000)
        // The first half's pages were not written: that part still goes out uncopied.
        let firstHalf = received.view(shape: [50_000], strides: [8], offset: 0)
        #expect(try Self.encode(firstHalf).copied == false)
    }

    @Test("towards a peer without descriptors a received array travels as bytes")
    func byteLinkGetsBytes() throws {
        let (sent, _) = try Self.encode(NDArray(doubles: (0..<100_000).map { Double($0) }))
        let received = try Self.decode(sent)
        let (inline, copied) = try Self.encode(received, descriptors: false)
        #expect(!copied && inline.segments.isEmpty)
        #expect(try Self.doubles(inline) == (0..<100_000).map { Double($0) })
    }
}
