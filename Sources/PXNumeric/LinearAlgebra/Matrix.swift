/// A dense matrix of doubles in row-major order: what the linear-algebra routines take and return.
///
/// numpy hands LAPACK a column-major copy of each matrix and copies the results back; `columnMajor()` and
/// `init(columnMajor:rows:columns:leadingDimension:)` are those two copies.
public struct Matrix: Equatable, Sendable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// `rows * columns` elements, row after row.
    public var elements: [Double]

    /// Wraps row-major elements.
    /// - Precondition: `elements.count == rows * columns`.
    public init(rows: Int, columns: Int, elements: [Double]) {
        precondition(rows >= 0 && columns >= 0 && elements.count == rows * columns,
                     "internal inconsistency: \(elements.count) elements for a \(rows)×\(columns) matrix")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix of zeros.
    public init(rows: Int, columns: Int) {
        self.init(rows: rows, columns: columns, elements: [Double](repeating: 0, count: rows * columns))
    }

    /// The identity.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.elements[i * n + i] = 1 }
        return m
    }

    /// Copies a column-major LAPACK buffer back to row-major.
    /// - Parameter leadingDimension: the distance between columns in `columnMajor` (at least `rows`).
    public init(columnMajor: [Double], rows: Int, columns: Int, leadingDimension: Int) {
        var elements = [Double](repeating: 0, count: rows * columns)
        for j in 0..<columns {
            for i in 0..<rows { elements[i * columns + j] = columnMajor[j * leadingDimension + i] }
        }
        self.init(rows: rows, columns: columns, elements: elements)
    }

    /// The element at row `i`, column `j`.
    public subscript(i: Int, j: Int) -> Double {
        get { elements[i * columns + j] }
        set { elements[i * columns + j] = newValue }
    }

    /// The elements column after column, with `leadingDimension` (at least `rows`, and at least 1) between
    /// columns: the layout LAPACK reads.
    public func columnMajor(leadingDimension: Int? = nil, columns padded: Int? = nil) -> [Double] {
        let ld = leadingDimension ?? Swift.max(1, rows)
        var out = [Double](repeating: 0, count: ld * Swift.max(1, padded ?? columns))
        for j in 0..<columns {
            for i in 0..<rows { out[j * ld + i] = elements[i * columns + j] }
        }
        return out
    }
}
