/// Helpers for shapes and strides.
public enum Shape {
    /// `(2, 3)`, `(5,)`, `()` as Python prints a shape tuple (numpy's messages written in Python, `repr`).
    public static func tuple(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// `(2,3)`, `(5,)`, `(2,newaxis)` as numpy's C code writes shapes in its messages (`convert_shape_to_string`:
    /// no spaces, negative dimensions as `newaxis`, leading ones left out).
    public static func describe(_ shape: [Int]) -> String {
        var i = 0
        while i < shape.count && shape[i] < 0 { i += 1 }
        guard i < shape.count else { return "()" }
        var text = "(\(shape[i])"
        i += 1
        while i < shape.count {
            text += shape[i] < 0 ? ",newaxis" : ",\(shape[i])"
            i += 1
        }
        return text + (shape.count == 1 ? ",)" : ")")
    }

    /// The number of elements, or nil when it overflows.
    public static func count(_ shape: [Int]) -> Int? {
        var n = 1
        for d in shape {
            let (p, o) = n.multipliedReportingOverflow(by: d)
            if o { return nil }
            n = p
        }
        return n
    }

    /// The strides of a C-contiguous (row-major) array, in bytes.
    public static func contiguousStrides(_ shape: [Int], itemSize: Int) -> [Int] {
        var strides = [Int](repeating: 0, count: shape.count)
        // numpy gives new arrays without elements all-zero strides.
        if shape.contains(0) { return strides }
        var s = itemSize
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i] = s
            s &*= max(shape[i], 1)
        }
        return strides
    }

    /// Checks a requested shape: no negative dimension, a size that fits in memory addresses.
    /// - Throws: numpy's `ValueError` texts.
    public static func validate(_ shape: [Int], itemSize: Int) throws(NumericError) -> Int {
        if shape.contains(where: { $0 < 0 }) { throw .value("negative dimensions are not allowed") }
        guard let n = count(shape), n.multipliedReportingOverflow(by: itemSize).overflow == false else {
            throw .value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
        }
        return n
    }

    /// numpy's axis normalisation: `-ndim ≤ axis < ndim` becomes `0..<ndim`.
    /// - Throws: `AxisError: axis A is out of bounds for array of dimension N`.
    public static func normalize(axis: Int, ndim: Int, prefix: String? = nil) throws(NumericError) -> Int {
        guard axis >= -ndim && axis < ndim else {
            throw NumericError(.axisError, (prefix.map { $0 + ": " } ?? "")
                + "axis \(axis) is out of bounds for array of dimension \(ndim)")
        }
        return axis < 0 ? axis + ndim : axis
    }

    /// The broadcast shape of several shapes (numpy's trailing-dimension rule).
    /// - Throws: `ValueError: operands could not be broadcast together with shapes (2,) (3,) `.
    public static func broadcast(_ shapes: [[Int]]) throws(NumericError) -> [Int] {
        let n = shapes.map(\.count).max() ?? 0
        var result = [Int](repeating: 1, count: n)
        for s in shapes {
            let pad = n - s.count
            for (i, d) in s.enumerated() {
                let j = i + pad
                if result[j] == d || d == 1 { continue }
                if result[j] == 1 { result[j] = d; continue }
                throw .value("operands could not be broadcast together with shapes "
                    + shapes.map { describe($0) }.joined(separator: " ") + " ")
            }
        }
        return result
    }

    /// The broadcast shape of two shapes.
    public static func broadcast(_ a: [Int], _ b: [Int]) throws(NumericError) -> [Int] {
        if a == b { return a }
        // The longer shape, with each of its axes stretched where the shorter one's aligned axis is longer.
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var result = long
        let pad = long.count - short.count
        for (i, d) in short.enumerated() where d != 1 && result[i + pad] != d {
            guard result[i + pad] == 1 else { return try broadcast([a, b]) }
            result[i + pad] = d
        }
        return result
    }
}
