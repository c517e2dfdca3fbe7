import PXCodec
import PXNumeric
import PXRuntime
import PXWire
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A large array lives in a memory file of its own (Linux), and its first send hands that file over as the sealed
/// segment instead of copying the bytes (``SegmentBacking/handOver(_:)``): the sender maps the file privately in place
/// of its shared mapping, then seals it, so that neither it nor anyone else can change what was sent.
@Suite("Arrays sent as their own memory file")
struct HandOverTests {
    /// A large array in a memory file of its own holding 0, 1, 2, …
    static func large(_ count: Int = 1 << 20) throws -> NDArray {
        try SharedSendTests.large(count, inMemoryFile: true)
    }

    @Test("a large array is sent as its own memory file, sealed, with no copy; sent again, as the same file")
    func sentWithoutCopy() throws {
        let a = try Self.large()
        try #require(a.buffer.memoryFile != nil, "an array of 8 MiB lives in a memory file")
        let (first, copied) = try SharedSendTests.send([a])
        #expect(!copied, "no new segment was written")
        let memory = try #require(first[0].segments.first?.memory)
        #expect(memory.isSealed && first[0].segments.first?.offset == 0)
        #expect(a.buffer.memoryFile == nil && a.buffer.origin is SegmentMapping)
        #expect(SharedSendTests.element(a, 654_321) == 654_321, "the sender's bytes are unchanged")
        #expect(try ResentSegmentTests.doubles(first[0]) == (0..<(1 << 20)).map(Double.init))

        let (again, copiedAgain) = try SharedSendTests.send([a])
        #expect(!copiedAgain && again[0].segments.first?.memory === memory)
    }

    @Test("the sender cannot change a segment it handed over: not through its array, its descriptor or a new mapping")
    func senderCannotWriteSentSegment() throws {
        let a = try Self.large()
        let (sent, _) = try SharedSendTests.send([a])
        let memory = try #require(sent[0].segments.first?.memory)
        let received = try ResentSegmentTests.decode(sent[0])

        // Writing to its array changes the sender's private page only.
        a.pointer.storeBytes(of: -1.0, toByteOffset: 7 * 8, as: Double.self)
        #expect(SharedSendTests.element(a, 7) == -1)
        #expect(SharedSendTests.element(received, 7) == 7, "a receiver still sees the bytes that were sent")
        var value = 0.0
        try withUnsafeMutableBytes(of: &value) { try memory.read(into: $0, from: 7 * 8) }
        #expect(value == 7, "the file itself is unchanged")

        // Every way to write the file itself is refused.
        var minusOne = -1.0
        #expect(pwrite(memory.descriptor, &minusOne, 8, 0) == -1 && errno == EPERM, "write")
        let reopened = open("/proc/self/fd/\(memory.descriptor)", O_RDWR | O_CLOEXEC)
        if reopened >= 0 {
            #expect(pwrite(reopened, &minusOne, 8, 0) == -1 && errno == EPERM, "write through a reopened descriptor")
            close(reopened)
        }
        #expect(ftruncate(memory.descriptor, 0) == -1 && errno == EPERM, "shrink")
        let shared = mmap(nil, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, memory.descriptor, 0)
        #expect(shared == MAP_FAILED && errno == EPERM, "a shared writable mapping")
        #expect(try ResentSegmentTests.doubles(sent[0])[0..<8] == [0, 1, 2, 3, 4, 5, 6, 7])

        // Sent again, the changed array is copied into a new segment, with the change.
        let (third, copiedThird) = try SharedSendTests.send([a])
        #expect(copiedThird && third[0].segments.first?.memory !== memory)
        #expect(try ResentSegmentTests.doubles(third[0])[7] == -1)
    }

    @Test("a contiguous part of at least a sixteenth hands the file over; a smaller part is copied")
    func partsHandOverOrCopy() throws {
        let a = try Self.large()
        let half = 1 << 19
        let (halves, copied) = try SharedSendTests.send([
            a.view(shape: [half], strides: [8], offset: 0), a.view(shape: [half], strides: [8], offset: half * 8),
        ])
        #expect(!copied, "a scatter's parts are ranges of the array's own file")
        #expect(halves[1].segments.first?.offset == half * 8)
        #expect(halves[0].segments.first?.memory === halves[1].segments.first?.memory)
        #expect(try ResentSegmentTests.doubles(halves[1]) == (half..<(1 << 20)).map(Double.init))

        let b = try Self.large()
        let (small, copiedSmall) = try SharedSendTests.send([b.view(shape: [1 << 15], strides: [8], offset: 8)])
        #expect(copiedSmall && b.buffer.memoryFile != nil, "a thirty-second of it is copied; the file stays the array's")
        #expect(try ResentSegmentTests.doubles(small[0]) == (1..<(1 << 15) + 1).map(Double.init))
    }

    @Test("when the seal is refused (another shared writable mapping of the file), the bytes are copied")
    func refusedSealCopies() throws {
        let a = try Self.large()
        let file = try #require(a.buffer.memoryFile)
        let length = 1 << 23
        let other = try #require(mmap(nil, length, PROT_READ | PROT_WRITE, MAP_SHARED, file, 0))
        try #require(other != MAP_FAILED)
        defer { munmap(other, length) }
        let (sent, copied) = try SharedSendTests.send([a])
        #expect(copied, "the file could not be sealed: a copy was sent")
        let memory = try #require(sent[0].segments.first?.memory)
        #expect(memory.isSealed)
        // The other mapping still writes the array's old file, which was never sent.
        other.storeBytes(of: -5.0, toByteOffset: 0, as: Double.self)
        #expect(try ResentSegmentTests.doubles(sent[0])[0..<3] == [0, 1, 2])
        #expect(SharedSendTests.element(a, 3) == 3)
        a.pointer.storeBytes(of: 9.0, toByteOffset: 3 * 8, as: Double.self)
        #expect(SharedSendTests.element(a, 3) == 9)
    }

    @Test("large arrays of every dtype and shape, views and empty ones, round-trip through their own files")
    func everyDtypeRoundTrips() throws {
        for dtype in [DType.bool, .int32, .int64, .float32, .float64] {
            let count = (5 << 20) / dtype.itemSize
            for (name, make) in Self.shapes(count) {
                let buffer = try ArrayBuffer.allocate(byteCount: count * dtype.itemSize, inMemoryFile: true)
                let words = buffer.pointer.assumingMemoryBound(to: UInt64.self)
                let mask: UInt64 = dtype == .bool ? 0x0101_0101_0101_0101 : ~0
                for i in 0..<count * dtype.itemSize / 8 { words[i] = UInt64(i) &* 0x9E37_79B9_7F4A_7C15 & mask }
                let whole = NDArray(buffer: buffer, dtype: dtype, shape: [count])
                let a = make(whole)
                let expected = Self.elementBytes(a)
                let (sent, _) = try SharedSendTests.send([a])
                let back = try ResentSegmentTests.decode(sent[0])
                #expect(back.dtype == dtype && back.shape == a.shape, "\(dtype) \(name)")
                #expect(Self.elementBytes(back) == expected, "\(dtype) \(name)")
            }
        }
    }

    /// Arrays over a buffer of `count` elements: the whole, 2-d, a half, a strided and a reversed view, empty ones.
    static func shapes(_ count: Int) -> [(String, (NDArray) -> NDArray)] {
        [
            ("whole", { $0 }),
            ("2-d", { $0.view(shape: [count / 64, 64], strides: [64 * $0.dtype.itemSize, $0.dtype.itemSize], offset: 0) }),
            ("second half", { $0.view(shape: [count / 2], strides: [$0.dtype.itemSize], offset: (count - count / 2) * $0.dtype.itemSize) }),
            ("every third", { $0.view(shape: [count / 3], strides: [3 * $0.dtype.itemSize], offset: 0) }),
            ("reversed", { $0.view(shape: [count], strides: [-$0.dtype.itemSize], offset: (count - 1) * $0.dtype.itemSize) }),
            ("empty", { $0.view(shape: [0, 3], strides: [3 * $0.dtype.itemSize, $0.dtype.itemSize], offset: 0) }),
        ]
    }

    /// An array's elements' bytes in row-major order.
    static func elementBytes(_ a: NDArray) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: a.byteCount)
        out.withUnsafeMutableBytes { raw in if let base = raw.baseAddress { a.copyElements(to: base) } }
        return out
    }
}
