import PXNumeric
import Testing

@Suite("BLAS")
struct BLASTests {
    @Test("OpenBLAS loads on first use with one thread")
    func loadsWithOneThread() throws {
        #expect(try BLAS.threadCount() == 1)
    }

    @Test("matmul through the loaded OpenBLAS: dgemm, dgemv and ddot give the exact products")
    func products() throws {
        let m = NDArray(doubles: [0, 1, 2, 3, 4, 5], shape: [2, 3])
        let n = NDArray(doubles: [0, 1, 2, 3, 4, 5], shape: [3, 2])
        #expect(try NDArray.matmul(m, n).doubles() == [10, 13, 28, 40])
        let v = NDArray(doubles: [0, 1, 2])
        #expect(try NDArray.matmul(m, v).doubles() == [5, 14])
        #expect(try NDArray.matmul(v, v).doubles() == [5])
    }
}
