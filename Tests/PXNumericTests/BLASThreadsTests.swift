import PXNumeric
import Testing

@Suite("BLAS threads")
struct BLASThreadsTests {
    @Test("the thread count can be pinned to one")
    func pinsToOne() {
        BLASThreads.set(1)
        #expect(BLASThreads.count == 1)
    }
}
