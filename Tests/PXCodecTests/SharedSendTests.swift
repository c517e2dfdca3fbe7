import PXCodec
import PXNumeric
import PXWire
import Testing

/// A large array without a memory file of its own (``HandOverTests`` for those) sent once shares its pages with the
/// sealed segment it was copied into, so that sending it again unchanged costs no copy; parts of one segment sent back (`gather` after `scatter`) are joined by one mapping.
@Suite("Arrays sharing their segment")
struct SharedSendTests {
    /// Encodes `arrays` into one segment, as one submission does, and lets the arrays copied whole share it.
    static func send(_ arrays: [NDArray]) throws -> (payloads: [Payload], copied: Bool) {
        let segments = SegmentWriter()
        var payloads: [Payload] = []
        for a in arrays {
            var writer = ByteWriter()
            writer.segmentWriter = segments
            try ValueCodec.encode(.ndarray(a), into: &writer)
            payloads.append(writer.payload)
        }
        SegmentBacking.share(try segments.seal())
        return (payloads, !segments.isEmpty)
    }

    /// A large array (its own mapping, as arrays of 4 MiB or more are) holding 0, 1, 2, …; an anonymous mapping
    /// unless `inMemoryFile` (as where memory files are refused: its first send copies it).
    static func large(_ count: Int = 1 << 20, inMemoryFile: Bool = false) throws -> NDArray {
        let buffer = try ArrayBuffer.allocate(byteCount: count * 8, inMemoryFile: inMemoryFile)
        let a = NDArray(buffer: buffer, dtype: .float64, shape: [count])
        let p = a.pointer.assumingMemoryBound(to: Double.self)
        for i in 0..<count { p[i] = Double(i) }
        return a
    }

    static func element(_ a: NDArray, _ i: Int) -> Double { a.pointer.load(fromByteOffset: i * 8, as: Double.self) }

    @Test("a sent array is sent again as the same segment; after a write the receivers keep the old bytes")
    func resendIsFree() throws {
        let a = try Self.large()
        let (first, copied) = try Self.send([a])
        #expect(copied)
        #expect(a.buffer.origin is SegmentMapping, "the array now shares the segment's pages")
        #expect(Self.element(a, 123_456) == 123_456, "the array's bytes are unchanged")
        let memory = try #require(first[0].segments.first?.memory)

        let (again, copiedAgain) = try Self.send([a])
        #expect(!copiedAgain, "nothing is copied the second time")
        #expect(again[0].segments.first?.memory === memory && again[0].segments.first?.offset == first[0].segments.first?.offset)

        // The sender writes to its array: its own page changes, the sealed segment does not.
        let received = try ResentSegmentTests.decode(first[0])
        a.pointer.storeBytes(of: -1.0, toByteOffset: 5 * 8, as: Double.self)
        #expect(Self.element(a, 5) == -1)
        #expect(Self.element(received, 5) == 5, "a receiver's mapping still shows the bytes that were sent")
        #expect(try ResentSegmentTests.doubles(first[0])[5] == 5)

        // Sent again, the changed array is copied, with the change.
        let (third, copiedThird) = try Self.send([a])
        #expect(copiedThird && third[0].segments.first?.memory !== memory)
        let values = try ResentSegmentTests.doubles(third[0])
        #expect(values[5] == -1 && values[6] == 6 && values.count == 1 << 20)
    }

    @Test("an array whose parts were all sent (a scatter) shares the segment; one sent in part does not")
    func onlyWholeArraysShare() throws {
        let a = try Self.large()
        let half = 1 << 19
        _ = try Self.send([a.view(shape: [half], strides: [8], offset: 0)])
        #expect(a.buffer.origin == nil, "half of it was sent: it keeps its own pages")
        _ = try Self.send([a.view(shape: [half], strides: [8], offset: 0), a.view(shape: [half], strides: [8], offset: half * 8)])
        #expect(a.buffer.origin is SegmentMapping)
        #expect(Self.element(a, half + 3) == Double(half + 3))

        let small = NDArray(doubles: (0..<100_000).map { Double($0) })
        let (_, copied) = try Self.send([small])
        #expect(copied && small.buffer.origin == nil, "a small array (not a mapping of its own) keeps its memory")
    }

    @Test("parts sent back from consecutive ranges of one segment are joined by one mapping")
    func partsJoinWithoutCopy() throws {
        let a = try Self.large()
        let half = 1 << 19
        let (sent, _) = try Self.send([a.view(shape: [half], strides: [8], offset: 0), a.view(shape: [half], strides: [8], offset: half * 8)])
        // Each receiver sends its part back unchanged; the client decodes both.
        let parts = try sent.map { p in try ResentSegmentTests.decode(try ResentSegmentTests.encode(try ResentSegmentTests.decode(p)).payload) }
        let joined = try #require(SegmentJoin.concatenated(parts))
        #expect(joined.shape == [1 << 20] && joined.buffer.origin is SegmentMapping)
        #expect(Self.element(joined, 0) == 0 && Self.element(joined, half) == Double(half) && Self.element(joined, (1 << 20) - 1) == Double((1 << 20) - 1))
        // The joined array is the client's own: writing to it changes neither part.
        joined.pointer.storeBytes(of: -1.0, toByteOffset: 8, as: Double.self)
        #expect(Self.element(parts[0], 1) == 1)

        #expect(SegmentJoin.concatenated(parts.reversed()) == nil, "out of order: copied")
        parts[1].pointer.storeBytes(of: -2.0, toByteOffset: 8, as: Double.self)
        #expect(SegmentJoin.concatenated(parts) == nil, "a part written to here: copied")
    }
}
