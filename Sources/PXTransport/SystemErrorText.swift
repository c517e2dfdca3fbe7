#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns `errno` values into text.
enum SystemErrorText {
    /// `strerror(code)` followed by the number, e.g. `No such file or directory (errno 2)`.
    static func text(_ code: Int32) -> String {
        let message = strerror(code).map { String(cString: $0) } ?? "unknown error"
        return "\(message) (errno \(code))"
    }
}
