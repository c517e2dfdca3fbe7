#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An expected-output file of `Tests/PXNumericTests/Oracle` (written by `regenerate.sh`): one case per line, the
/// name first, fields separated by tabs; `#` lines are comments.
struct OracleFile {
    /// The fields after the name, by case name.
    let cases: [String: [String]]

    /// Reads `Oracle/NAME` next to this file.
    init(_ name: String) {
        var cases: [String: [String]] = [:]
        for line in OracleFile.lines(name) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if let name = fields.first { cases[name] = Array(fields.dropFirst()) }
        }
        self.cases = cases
    }

    /// The lines of `Oracle/NAME` (none when the file is missing, which the tests' count checks catch).
    static func lines(_ name: String, filePath: String = #filePath) -> [String] {
        let folder = filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        guard let file = fopen(folder + "/Oracle/" + name, "r") else { return [] }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

/// One drawn value, compared exactly with the oracle's text (a float's bits, an int's digits).
enum Drawn: Equatable, CustomStringConvertible {
    case float(Double)
    case int(Int)

    /// Parses an oracle token: `float.hex()` text for floats, decimal for ints.
    init?(token: String) {
        if token.contains("x") || token.contains("inf") || token.contains("nan") {
            guard let value = Double(token) else { return nil }
            self = .float(value)
        } else {
            guard let value = Int(token) else { return nil }
            self = .int(value)
        }
    }

    /// The 64-bit pattern the oracle's digest folds in: a float's IEEE bits, an int's two's complement.
    var bits: UInt64 {
        switch self {
        case .float(let d): return d.bitPattern
        case .int(let i): return UInt64(bitPattern: Int64(i))
        }
    }

    var description: String {
        switch self {
        case .float(let d): return "\(d)"
        case .int(let i): return "\(i)"
        }
    }
}

/// Values to compare with one oracle output.
protocol DrawnConvertible { var drawn: [Drawn] { get } }
extension Drawn: DrawnConvertible { var drawn: [Drawn] { [self] } }
extension Double: DrawnConvertible { var drawn: [Drawn] { [.float(self)] } }
extension Float: DrawnConvertible { var drawn: [Drawn] { [.float(Double(self))] } }
extension Int: DrawnConvertible { var drawn: [Drawn] { [.int(self)] } }
extension Int32: DrawnConvertible { var drawn: [Drawn] { [.int(Int(self))] } }
extension UInt32: DrawnConvertible { var drawn: [Drawn] { [.int(Int(self))] } }
extension Bool: DrawnConvertible { var drawn: [Drawn] { [.int(self ? 1 : 0)] } }
extension Array: DrawnConvertible where Element: DrawnConvertible { var drawn: [Drawn] { flatMap(\.drawn) } }
