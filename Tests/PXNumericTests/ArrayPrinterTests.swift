import Testing

@testable import PXNumeric

@Suite("numpy 2 printing")
struct ArrayPrinterTests {
    @Test("floats align on the point and trim zeros", arguments: [
        ([1.0, 2.5, -3.25], "[ 1.    2.5  -3.25]"),
        ([0.1, 0.2, 0.30000000000000004], "[0.1 0.2 0.3]"),
        ([1e-5, 1.0], "[1.e-05 1.e+00]"),
        ([Double.nan, 1.5, -.infinity], "[ nan  1.5 -inf]"),
        ([123456789.0, 1.0], "[1.23456789e+08 1.00000000e+00]"),
    ])
    func floats(values: [Double], expected: String) {
        #expect(ArrayPrinter.str(NDArray(doubles: values)) == expected)
    }

    @Test("bools, ints, 0-d arrays and scalars")
    func kinds() throws {
        #expect(ArrayPrinter.str(NDArray(bools: [true, true])) == "[ True  True]")
        #expect(ArrayPrinter.repr(NDArray(ints: [1, -20, 3])) == "array([  1, -20,   3])")
        #expect(ArrayPrinter.repr(NDArray(int32s: [1, 2])) == "array([1, 2], dtype=int32)")
        #expect(ArrayPrinter.repr(try NDArray.full(shape: [], value: ArrayScalar(5.0))) == "array(5.)")
        #expect(ArrayScalar(30.0).reprText == "np.float64(30.0)")
        #expect(ArrayScalar(30.0).text == "30.0")
        #expect(ArrayScalar(Float(0.1)).reprText == "np.float32(0.1)")
        #expect(ArrayScalar(true).reprText == "np.True_")
        #expect(ArrayPrinter.repr(try NDArray.zeros(shape: [0, 3])) == "array([], shape=(0, 3), dtype=float64)")
    }

    @Test("more than 1000 elements are summarised, with shape= in the repr")
    func summarised() {
        let a = NDArray(ints: Array(0..<2000))
        #expect(ArrayPrinter.repr(a) == "array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))")
        #expect(ArrayPrinter.str(a) == "[   0    1    2 ... 1997 1998 1999]")
    }

    @Test("rows wrap at 75 columns with a hanging indent; axes are separated by blank lines")
    func wrapping() {
        let a = NDArray(doubles: (0..<20).map { Double($0) / 7 })
        #expect(ArrayPrinter.str(a).split(separator: "\n").allSatisfy { $0.count <= 75 })
        let cube = NDArray(ints: Array(0..<8), shape: [2, 2, 2])
        #expect(ArrayPrinter.str(cube) == "[[[0 1]\n  [2 3]]\n\n [[4 5]\n  [6 7]]]")
    }
}
