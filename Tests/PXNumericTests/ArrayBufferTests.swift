import Testing

@testable import PXNumeric

@Suite("Array buffers")
struct ArrayBufferTests {
    @Test("allocations are 64-byte aligned, small and large")
    func aligned() throws {
        for bytes in [0, 1, 100, 1 << 20, LargeBlocks.threshold + 8] {
            let b = try ArrayBuffer.allocate(byteCount: bytes)
            #expect(Int(bitPattern: b.pointer) % 64 == 0)
            #expect(b.byteCount == bytes)
            #expect(b.isOwned)
        }
    }

    @Test("large mappings are whole huge pages where that adds at most an eighth, else whole pages")
    func mappedSizes() throws {
        #if os(Linux)
        #expect(LargeBlocks.mappedSize(8_000_000) == 8 << 20)
        #expect(LargeBlocks.mappedSize(80_000_000) == 78 << 20)
        #expect(LargeBlocks.mappedSize(LargeBlocks.threshold + 8) == LargeBlocks.threshold + LargeBlocks.pageSize)
        let b = try ArrayBuffer.allocate(byteCount: 8_000_000)
        #expect(Int(bitPattern: b.pointer) % LargeBlocks.hugePageSize == 0)
        #endif
    }

    @Test("zeroed buffers read zero, also when a large mapping is reused")
    func zeroed() throws {
        for _ in 0..<3 {
            let b = try ArrayBuffer.allocate(byteCount: LargeBlocks.threshold, zeroed: true)
            let p = b.pointer.assumingMemoryBound(to: UInt8.self)
            #expect((0..<b.byteCount).allSatisfy { p[$0] == 0 })
            memsetOnes(b)
        }
    }

    func memsetOnes(_ b: ArrayBuffer) {
        b.pointer.initializeMemory(as: UInt8.self, repeating: 1, count: b.byteCount)
    }

    @Test("a request beyond the available memory is a MemoryError, not an abort")
    func tooLarge() {
        #expect(throws: NumericError.self) { try ArrayBuffer.allocate(byteCount: Int.max / 2) }
        do {
            _ = try NDArray.zeros(shape: [1 << 40], dtype: .float64)
            Issue.record("a terabyte array was allocated")
        } catch {
            #expect(error.kind == .memoryError)
            #expect(error.message == "Unable to allocate 8.00 TiB for an array with shape (1099511627776,) and data type float64")
        }
    }

    @Test("wrapped memory is released once, when the last array over it goes")
    func wrapped() throws {
        let released = Counter()
        let raw = UnsafeMutableRawPointer.allocate(byteCount: 32, alignment: 8)
        do {
            let buffer = ArrayBuffer(wrapping: raw, byteCount: 32, isWritable: false) { p, _ in
                released.increment()
                p.deallocate()
            }
            let a = NDArray(buffer: buffer, dtype: .float64, shape: [4])
            let view = try a.reshaped([2, 2])
            #expect(!buffer.isOwned)
            #expect(!view.isWritable)
            #expect(throws: NumericError.value("assignment destination is read-only")) {
                try view.assign(from: NDArray(doubles: [1]))
            }
        }
        #expect(released.value == 1)
    }
}

/// A counter a release closure can bump.
final class Counter: @unchecked Sendable {
    // @unchecked Sendable: touched by one test thread only.
    private(set) var value = 0
    func increment() { value += 1 }
}
