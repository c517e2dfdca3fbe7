import PXNumeric
import Testing

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

/// Every routine against numpy 2.4.6 on the same inputs (`Oracle/linalg.txt`): square, non-square, empty,
/// singular and indefinite matrices, the sizes where LAPACK switches to blocked and divide-and-conquer code, and
/// numpy's error texts.
@Suite("numpy.linalg routines against numpy")
struct LinearAlgebraTests {
    static let oracle = OracleFile("linalg.txt")

    /// One field of a case line.
    enum Field: Equatable, CustomStringConvertible {
        case matrix(Matrix)
        case vector([Double])
        case float(Double)
        case int(Int)
        case option(String)
        case error(String)

        init?(_ text: String) {
            let parts = text.split(separator: " ").map(String.init)
            guard let tag = parts.first else { return nil }
            let numbers = parts.dropFirst().compactMap { Double($0) }
            switch tag {
            case "M":
                guard parts.count >= 3, let rows = Int(parts[1]), let columns = Int(parts[2]) else { return nil }
                self = .matrix(Matrix(rows: rows, columns: columns, elements: Array(numbers.dropFirst(2))))
            case "V": self = .vector(Array(numbers.dropFirst()))
            case "F": self = .float(numbers.first ?? .nan)
            case "I": self = .int(Int(parts[1]) ?? -1)
            case "S": self = .option(parts.dropFirst().joined(separator: " "))
            case "E": self = .error(parts.dropFirst().joined(separator: " "))
            default: return nil
            }
        }

        var description: String {
            switch self {
            case .matrix(let m): return "\(m.rows)×\(m.columns) \(m.elements)"
            case .vector(let v): return "\(v)"
            case .float(let d): return "\(d)"
            case .int(let i): return "\(i)"
            case .option(let s): return s
            case .error(let e): return e
            }
        }
    }

    static var names: [String] { oracle.cases.keys.sorted() }

    /// The cases listed in `Oracle/linalg-known-differences.txt` (`name  # reason`).
    static let knownDifferences: Set<String> = Set(
        OracleFile.lines("linalg-known-differences.txt").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let name = line.split(separator: "#").first.map { String($0).trimmingTrailingSpaces } ?? ""
            return name.isEmpty ? nil : name
        })

    @Test("the oracle file is there, and every known difference names a case")
    func oracleExists() {
        #expect(Self.oracle.cases.count >= 150)
        #expect(Self.knownDifferences.isSubset(of: Set(Self.oracle.cases.keys)))
    }

    @Test("matches numpy", arguments: names)
    func matches(name: String) throws {
        let fields = try #require(Self.oracle.cases[name])
        let operation = fields[0]
        let arrow = try #require(fields.firstIndex(of: "=>"))
        let inputs = fields[1..<arrow].compactMap(Field.init)
        let expected = fields[(arrow + 1)...].compactMap(Field.init)
        let actual: [Field]
        do {
            actual = try Self.run(operation, inputs)
        } catch {
            actual = [.error(error.description)]
        }
        guard Self.knownDifferences.contains(name) else {
            #expect(actual == expected)
            return
        }
        #expect(actual != expected, "\(name) now matches numpy bit for bit: delete its line from the known differences")
        #expect(Self.close(actual, expected), "\(name) differs from numpy beyond the last bits")
    }

    /// Whether two results agree to 1e-12 of the largest expected magnitude, with the same shapes and every sign
    /// of a non-negligible value the same (eigenvectors and singular vectors point the same way).
    static func close(_ actual: [Field], _ expected: [Field]) -> Bool {
        guard actual.count == expected.count else { return false }
        for (a, e) in zip(actual, expected) {
            let (x, y): ([Double], [Double])
            switch (a, e) {
            case (.matrix(let m), .matrix(let n)) where m.rows == n.rows && m.columns == n.columns:
                (x, y) = (m.elements, n.elements)
            case (.vector(let v), .vector(let w)) where v.count == w.count: (x, y) = (v, w)
            case (.float(let d), .float(let f)): (x, y) = ([d], [f])
            default:
                guard a == e else { return false }
                continue
            }
            let scale = y.map(Swift.abs).max() ?? 0
            for (u, v) in zip(x, y) {
                if Swift.abs(u - v) > 1e-12 * scale { return false }
                if Swift.abs(v) > 1e-9 * scale && u.sign != v.sign { return false }
            }
        }
        return true
    }

    static func matrix(_ field: Field) -> Matrix {
        switch field {
        case .matrix(let m): return m
        case .vector(let v): return Matrix(rows: v.count, columns: 1, elements: v)
        default: return Matrix(rows: 0, columns: 0)
        }
    }

    static func option(_ inputs: [Field], _ index: Int) -> String? {
        guard index < inputs.count, case .option(let s) = inputs[index] else { return nil }
        return s
    }

    /// Runs `operation` and shapes its results as numpy returns them.
    static func run(_ operation: String, _ inputs: [Field]) throws(NumericError) -> [Field] {
        let a = matrix(inputs[0])
        func shaped(_ m: Matrix, like input: Field) -> Field {
            if case .vector = input { return .vector(m.elements) }
            return .matrix(m)
        }
        switch operation {
        case "solve": return [shaped(try LinearAlgebra.solve(a, matrix(inputs[1])), like: inputs[1])]
        case "inv": return [.matrix(try LinearAlgebra.inverse(a))]
        case "det": return [.float(try LinearAlgebra.determinant(a))]
        case "slogdet":
            let (sign, logAbs) = try LinearAlgebra.signAndLogDeterminant(a)
            return [.float(sign), .float(logAbs)]
        case "eigh":
            let (values, vectors) = try LinearAlgebra.eigh(a, upper: option(inputs, 1) == "U")
            return [.vector(values), .matrix(vectors)]
        case "eigvalsh": return [.vector(try LinearAlgebra.eigenvaluesSymmetric(a))]
        case "cholesky": return [.matrix(try LinearAlgebra.cholesky(a, upper: option(inputs, 1) == "upper"))]
        case "svd":
            let mode = option(inputs, 1)
            let result = try LinearAlgebra.svd(a, fullMatrices: mode != "reduced", computeUV: mode != "values")
            guard let u = result.u, let vt = result.vt else { return [.vector(result.s)] }
            return [.matrix(u), .vector(result.s), .matrix(vt)]
        case "qr":
            let mode = LinearAlgebra.QRMode(rawValue: option(inputs, 1) ?? "reduced") ?? .reduced
            let (q, r) = try LinearAlgebra.qr(a, mode: mode)
            return (q.map { [Field.matrix($0)] } ?? []) + [.matrix(r)]
        case "lstsq":
            var rcond: Double?
            if inputs.count > 2, case .float(let value) = inputs[2] { rcond = value }
            let solution = try LinearAlgebra.leastSquares(a, matrix(inputs[1]), rcond: rcond)
            return [shaped(solution.x, like: inputs[1]), .vector(solution.residuals), .int(solution.rank),
                    .vector(solution.singularValues)]
        default:
            return [.error("unknown operation \(operation)")]
        }
    }
}
