import Testing

@testable import PXNumeric

@Suite("Broadcasting, promotion and kernels")
struct ArithmeticTests {
    @Test("broadcast shapes follow numpy's trailing rule and error text")
    func broadcast() throws {
        #expect(try Shape.broadcast([2, 1, 3], [4, 3]) == [2, 4, 3])
        #expect(throws: NumericError.value("operands could not be broadcast together with shapes (2,3) (2,) ")) {
            try Shape.broadcast([2, 3], [2])
        }
    }

    @Test("NEP 50: Python scalars are weak, numpy scalars and arrays are not", arguments: [
        (DType.int32, ArrayScalar(Int64(2)), true, DType.int32),
        (.int32, ArrayScalar(2.5), true, .float64),
        (.float32, ArrayScalar(2.5), true, .float32),
        (.float32, ArrayScalar(2.5), false, .float64),
        (.bool, ArrayScalar(Int64(1)), true, .int64),
        (.int64, ArrayScalar(true), true, .int64),
    ])
    func promotion(array: DType, scalar: ArrayScalar, weak: Bool, expected: DType) throws {
        let a = try NDArray.zeros(shape: [2], dtype: array)
        let r = try NDArray.binary(.add, .array(a), .scalar(scalar, isWeak: weak))
        #expect(r.dtype == expected)
    }

    @Test("a Python int out of an int32 array's range is numpy's OverflowError")
    func weakOverflow() throws {
        let a = try NDArray.zeros(shape: [1], dtype: .int32)
        #expect(throws: NumericError(.overflowError, "Python integer 4294967296 out of bounds for int32")) {
            try NDArray.binary(.add, .array(a), .scalar(ArrayScalar(Int64(1) << 32), isWeak: true))
        }
    }

    @Test("contiguous, scalar, strided and broadcast runs give the same results")
    func kernels() throws {
        let a = NDArray(doubles: (0..<20).map(Double.init), shape: [4, 5])
        let row = NDArray(doubles: [1, 2, 3, 4, 5])
        let sum = try NDArray.binary(.add, .array(a), .array(row))
        #expect(try sum.doubles()[7] == 7 + 3)
        let strided = a.transposedView
        let doubled = try NDArray.binary(.multiply, .array(strided), .scalar(ArrayScalar(2.0), isWeak: true))
        #expect(try doubled.doubles() == (try strided.copy().doubles()).map { $0 * 2 })
        // In place, into the same memory (out = the first operand).
        _ = try NDArray.binary(.subtract, .array(a), .array(a), out: a)
        #expect(try a.doubles().allSatisfy { $0 == 0 })
    }

    @Test("integer division and modulo follow numpy: floor, sign of the divisor, 0 for division by zero")
    func integerDivision() throws {
        let a = NDArray(ints: [7, -7, 7, -7, 5]), b = NDArray(ints: [2, 2, -2, -2, 0])
        #expect(try NDArray.binary(.floorDivide, .array(a), .array(b)).int64s() == [3, -4, -4, 3, 0])
        #expect(try NDArray.binary(.remainder, .array(a), .array(b)).int64s() == [1, 1, -1, -1, 0])
        #expect(try NDArray.binary(.divide, .array(a), .array(b)).dtype == .float64)
    }

    @Test("comparisons give bool arrays; bool + bool stays bool")
    func booleans() throws {
        let a = NDArray(doubles: [0.2, 0.7])
        let m = try NDArray.binary(.greater, .array(a), .scalar(ArrayScalar(0.5), isWeak: true))
        #expect(m.dtype == .bool)
        #expect(try m.bools() == [false, true])
        #expect(try NDArray.binary(.add, .array(m), .array(m)).dtype == .bool)
        #expect(throws: NumericError.self) { try NDArray.binary(.subtract, .array(m), .array(m)) }
    }

    @Test("zero-size, 0-d and one-element operands")
    func edges() throws {
        let empty = try NDArray.zeros(shape: [0], dtype: .int64)
        #expect(try NDArray.binary(.add, .array(empty), .scalar(ArrayScalar(Int64(1)), isWeak: true)).shape == [0])
        let scalar = try NDArray.full(shape: [], value: ArrayScalar(3.0))
        #expect(try NDArray.binary(.multiply, .array(scalar), .array(scalar)).scalar(at: []).doubleValue == 9)
        #expect(try empty.reduce(.sum).scalar(at: []).int64Value == 0)
        #expect(throws: NumericError.value("zero-size array to reduction operation maximum which has no identity")) {
            try empty.reduce(.max)
        }
    }
}
