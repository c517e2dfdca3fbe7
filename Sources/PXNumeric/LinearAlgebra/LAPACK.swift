import COpenBLAS

/// Helpers shared by the LAPACK calls: dimensions, characters, workspace sizes.
enum LAPACK {
    static let columnMajor = Int32(LAPACK_COL_MAJOR)

    /// A LAPACK dimension.
    /// - Throws: `LinAlgError` when the size does not fit LAPACK's 32-bit integers.
    static func dimension(_ n: Int) throws(NumericError) -> Int32 {
        guard let value = Int32(exactly: n) else { throw .linAlg("Matrix too large for LAPACK: \(n)") }
        return value
    }

    static func character(_ c: Character) -> CChar { CChar(bitPattern: c.asciiValue ?? 0) }

    /// The optimal workspace a query returned (LAPACK writes it as a double).
    static func workspace(_ query: Double, atLeast minimum: Int = 1) -> Int {
        Swift.max(minimum, Int(query))
    }
}
