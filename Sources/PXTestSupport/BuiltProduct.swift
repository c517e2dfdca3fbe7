@preconcurrency import Glibc

/// Finds executables built alongside the running test binary.
public enum BuiltProduct {
    /// The path of the executable product `name` in the build directory that
    /// holds the running test binary (SwiftPM puts all products there).
    /// - Parameter name: The product name, e.g. `"LineEditorDemo"`.
    /// - Returns: The path, or `nil` if no such executable exists.
    public static func executable(named name: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let selfPath = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The test binary may be `<dir>/X.xctest` or a file inside a bundle `<dir>/X.xctest/...`.
        var directory = selfPath
        for _ in 0..<3 {
            guard let slash = directory.lastIndex(of: "/"), slash > directory.startIndex else { break }
            directory = String(directory[..<slash])
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }
}
