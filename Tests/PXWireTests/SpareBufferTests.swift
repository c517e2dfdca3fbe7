import PXWire
import Testing

/// Receive buffers are reused: a buffer that nothing holds any more comes back, one still in use (an array over a
/// received frame) does not, and with two slots the one before it serves instead.
@Suite struct SpareBufferTests {
    private static let size = 4 << 20

    private static func filled() -> [UInt8] {
        var buffer = [UInt8](repeating: 7, count: size)
        buffer[0] = 1
        return buffer
    }

    private static func start(_ buffer: [UInt8]) -> UnsafeRawPointer? {
        buffer.withUnsafeBytes { $0.baseAddress }
    }

    /// Keeps a buffer that nothing else holds and returns where its memory is.
    private static func keepFreeBuffer(in spare: inout SpareBuffer) -> UnsafeRawPointer? {
        let buffer = filled()
        spare.keep(buffer)
        return start(buffer)
    }

    @Test func aFreeBufferIsReused() {
        var spare = SpareBuffer()
        let address = Self.keepFreeBuffer(in: &spare)
        let taken = spare.take(capacity: Self.size)
        #expect(taken.isEmpty && taken.capacity >= Self.size)
        #expect(Self.start(taken) == address, "the same memory")
    }

    @Test func aBufferStillInUseIsNotReused() {
        var spare = SpareBuffer()
        let buffer = Self.filled()
        spare.keep(buffer)
        let taken = spare.take(capacity: Self.size)
        #expect(Self.start(taken) != Self.start(buffer))
        #expect(buffer[0] == 1 && buffer.count == Self.size, "the user's bytes are untouched")
    }

    @Test func twoSlotsServeWhileTheLastBufferIsHeld() {
        var spare = SpareBuffer(slots: 2)
        let olderAddress = Self.keepFreeBuffer(in: &spare)
        let held = Self.filled()
        spare.keep(held)
        let taken = spare.take(capacity: Self.size)
        #expect(Self.start(taken) == olderAddress, "the older, free buffer")
        #expect(held[0] == 1)
        // With one slot only the held buffer is kept: a new one is made.
        var single = SpareBuffer()
        single.keep(Self.filled())
        single.keep(held)
        #expect(Self.start(single.take(capacity: Self.size)) != Self.start(held))
    }

    @Test func smallOrOversizedBuffersAreNotReused() {
        var spare = SpareBuffer()
        spare.keep([UInt8](repeating: 0, count: 1_000))
        #expect(spare.keptCapacity == 0)
        let address = Self.keepFreeBuffer(in: &spare)
        #expect(Self.start(spare.take(capacity: Self.size / 4)) != address, "more than twice the size needed")
    }
}
