import CLinux
import Testing

@testable import PXWire

#if canImport(Glibc)
    import Glibc
#endif

/// Protocol 1.5: large buffers travel as sealed memory segments whose descriptors go beside the frame; the frame
/// carries each segment's entry (position, descriptor index, offset, length) under its MAC. Towards a peer that
/// takes no descriptors the encoder splices the bytes back in.
@Suite struct MemorySegmentTests {
    private let content = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }

    /// A sealed segment holding `content` at offset 4096.
    private func sealedSegment() throws -> SharedMemory {
        let memory = try SharedMemory.create(byteCount: 4_096 + content.count)
        try content.withUnsafeBytes { try memory.write($0, at: 4_096) }
        try memory.seal()
        return memory
    }

    private func runTask(_ payload: Payload) -> Envelope {
        Envelope(Header(kind: .runTask, engine: EngineID(1), client: Samples.client, task: Samples.task(1)), payload: payload)
    }

    @Test("a sealed segment cannot be written, grown, shrunk or mapped shared-writable, even by its writer")
    func sealedSegmentRefusesWrites() throws {
        let memory = try sealedSegment()
        var byte: UInt8 = 7
        errno = 0
        #expect(pwrite(memory.descriptor, &byte, 1, 4_096) == -1 && errno == EPERM)
        errno = 0
        #expect(ftruncate(memory.descriptor, 1) == -1 && errno == EPERM)
        errno = 0
        #expect(ftruncate(memory.descriptor, off_t(memory.byteCount * 2)) == -1 && errno == EPERM)
        errno = 0
        let shared = mmap(nil, 4_096, PROT_READ | PROT_WRITE, MAP_SHARED, memory.descriptor, 0)
        #expect(shared == MAP_FAILED && errno == EPERM)
        errno = 0
        #expect(fcntl(memory.descriptor, px_f_add_seals, 0) == -1 && errno == EPERM, "the seals themselves are sealed")
        // Reopening through /proc gives a new description of the same file: the seals hold there too.
        let reopened = open("/proc/self/fd/\(memory.descriptor)", O_RDWR)
        if reopened >= 0 {
            errno = 0
            #expect(pwrite(reopened, &byte, 1, 4_096) == -1 && errno == EPERM)
            close(reopened)
        }
        let one: [UInt8] = [7]
        #expect(throws: WireError.self) { try one.withUnsafeBytes { try memory.write($0, at: 0) } }
        // A private mapping is writable, and its writes stay private.
        let mapping = try memory.mapPrivately(offset: 4_096 + 10, length: 100)
        mapping.pointer.storeBytes(of: 0xFF, as: UInt8.self)
        let again = try memory.mapPrivately(offset: 4_096 + 10, length: 100)
        #expect(again.pointer.load(as: UInt8.self) == content[10])
        mapping.unmap()
        again.unmap()
    }

    @Test("a descriptor that is not sealed is refused by its receiver")
    func unsealedSegmentIsRefused() throws {
        let memory = try SharedMemory.create(byteCount: 4_096)
        #expect(throws: WireError.self) { _ = try SharedMemory(adopting: dup(memory.descriptor)) }
        try memory.seal()
        let adopted = try SharedMemory(adopting: dup(memory.descriptor))
        #expect(adopted.byteCount == 4_096 && adopted.isSealed)
    }

    @Test("segments travel as a signed table beside the descriptors, and decode to the same payload")
    func segmentedFrameRoundTrip() throws {
        let memory = try sealedSegment()
        let segment = PayloadSegment(position: 2, memory: memory, offset: 4_096, length: content.count)
        let payload = Payload([1, 2, 3, 4][...], segments: [segment])
        var encoder = FrameEncoder(key: Samples.key)
        encoder.carriesDescriptors = true
        try encoder.append(runTask(payload))
        try encoder.append(runTask(payload))
        let taken = encoder.takeEncodedFrames()
        var frames = try #require(taken)
        #expect(frames.descriptorGroups.count == 1)
        #expect(frames.descriptorGroups.first?.memories == [memory], "one descriptor serves both messages")
        var stream: [UInt8] = []
        frames.write { stream.append(contentsOf: $0) }
        #expect(stream.count < 1_000, "the segment's bytes are not in the stream")
        var decoder = FrameDecoder(key: Samples.key)
        decoder.append(contentsOf: stream)
        var decoded = try #require(try decoder.nextFrame())
        #expect(decoder.lastFrame.descriptorCount == 1)
        #expect(decoded[0].payload.segments.first?.memory == nil, "not attached yet")
        #expect(throws: WireError.self) { var copy = decoded; try Envelope.attach([], to: &copy) }
        try Envelope.attach([memory], to: &decoded)
        #expect(decoded == [runTask(payload), runTask(payload)])
        #expect(decoded[0].header.flags == [])
        #expect(try decoded[0].payload.flattened().array == [1, 2] + content + [3, 4])
    }

    @Test("a changed segment entry (offset, length or descriptor) fails the MAC")
    func segmentTableIsSigned() throws {
        let memory = try sealedSegment()
        let payload = Payload([9][...], segments: [PayloadSegment(position: 0, memory: memory, offset: 4_096, length: 100)])
        var encoder = FrameEncoder(key: Samples.key)
        encoder.carriesDescriptors = true
        try encoder.append(runTask(payload))
        let taken = encoder.takeEncodedFrames()
        var frames = try #require(taken)
        var stream: [UInt8] = []
        frames.write { stream.append(contentsOf: $0) }
        let tableStart = 4 + Envelope.headerSize + 4
        for field in [8, 16, 24] {
            var altered = stream
            altered[tableStart + field] ^= 1
            var decoder = FrameDecoder(key: Samples.key)
            decoder.append(contentsOf: altered)
            #expect(throws: WireError.badMAC) { _ = try decoder.nextFrame() }
        }
    }

    @Test("towards a peer without descriptors the segment's bytes are spliced in: the byte path's payload")
    func segmentsAreFlattenedWithoutDescriptors() throws {
        let memory = try sealedSegment()
        let payload = Payload([1, 2, 3][...], segments: [PayloadSegment(position: 1, memory: memory, offset: 4_096, length: content.count)])
        let decoded = try Samples.decodeAll(try Samples.frame([runTask(payload)]))
        #expect(decoded[0].payload.segments.isEmpty)
        #expect(decoded[0].payload.array == [1] + content + [2, 3])
    }

    @Test("a segment writer stores each region once, and a scatter's parts of one buffer share one segment")
    func segmentWriterSharesRegions() throws {
        let writer = SegmentWriter()
        let region = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 64)
        defer { region.deallocate() }
        for index in 0..<region.count { region[index] = UInt8(truncatingIfNeeded: index / 7) }
        let owner = SharedMemoryOwner()
        var first = ByteWriter()
        first.segmentWriter = writer
        let half = region.count / 2
        let whole = UnsafeRawBufferPointer(region)
        let placedFirst = first.writeSegment(UnsafeRawBufferPointer(rebasing: region[0..<half]), region: whole, owner: owner)
        var second = ByteWriter()
        second.segmentWriter = writer
        let placedSecond = second.writeSegment(UnsafeRawBufferPointer(rebasing: region[half...]), region: whole, owner: owner)
        let placedSmall = second.writeSegment(UnsafeRawBufferPointer(rebasing: region[0..<100]), region: whole, owner: owner)
        #expect(placedFirst && placedSecond)
        #expect(!placedSmall, "small buffers stay inline")
        try writer.seal()
        let a = try #require(first.segments.first), b = try #require(second.segments.first)
        #expect(a.memory === b.memory)
        #expect(b.offset - a.offset == half)
        #expect(try first.payload.flattened().array == Array(region[0..<half]))
        #expect(try second.payload.flattened().array == Array(region[half...]))
    }

    private final class SharedMemoryOwner {}
}
