/// Checks large allocations against the memory actually available, so that a request that cannot fit raises
/// `MemoryError` (in the shell and on engines) instead of aborting the process.
///
/// Every operation that allocates in proportion to a number from the program calls it before allocating:
/// sequence repetition and concatenation, `bytes(n)`, `range` materialisation, big-integer results, array
/// creation. Small requests are not checked, so the check costs nothing on ordinary code.
public enum MemoryGuard {
    /// Requests up to this many bytes are never refused. Default: 16 MiB.
    public static let uncheckedBytes = 16 << 20

    /// Checks a request of `bytes` bytes.
    /// - Throws: `MemoryError` when the request exceeds the memory available now.
    public static func check(bytes: Int) throws {
        if bytes <= uncheckedBytes { return }
        if bytes > availableBytes() { throw memoryError() }
    }

    /// Checks a request of `count` elements of `elementSize` bytes each (the product may overflow: it is then
    /// refused).
    /// - Throws: `MemoryError` when the request exceeds the memory available now.
    public static func check(count: Int, elementSize: Int) throws {
        let (total, overflow) = max(count, 0).multipliedReportingOverflow(by: max(elementSize, 1))
        if overflow { throw memoryError() }
        try check(bytes: total)
    }

    /// Checks a request of `count` elements of type `T`.
    /// - Throws: `MemoryError` when the request exceeds the memory available now.
    public static func check<T>(count: Int, of type: T.Type) throws {
        try check(count: count, elementSize: MemoryLayout<T>.stride)
    }

    /// The `MemoryError` of a refused request (CPython's has no arguments: `MemoryError()`).
    public static func memoryError() -> RuntimeError {
        RuntimeError(ExceptionObject(type: BuiltinTypes.memoryError, args: []))
    }

    /// The bytes this process may still allocate: the system's available memory (`MemAvailable`), capped by
    /// the control group's limit when there is one; `Int.max` when neither can be read.
    public static func availableBytes() -> Int {
        var available = Int.max
        if let meminfo = TextFile.read("/proc/meminfo"), let kB = field(meminfo, "MemAvailable:") {
            available = kB * 1024
        }
        if let limit = TextFile.read("/sys/fs/cgroup/memory.max").flatMap(number),
           let current = TextFile.read("/sys/fs/cgroup/memory.current").flatMap(number) {
            available = min(available, max(0, limit - current))
        }
        return available
    }

    /// The number after `name` in a `/proc/meminfo`-style text.
    static func field(_ text: String, _ name: String) -> Int? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return nil }
        let rest = line.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
        return Int(rest.prefix { $0.isASCII && $0.isNumber })
    }

    /// The decimal number a one-line file holds (`max` and other words give nil).
    static func number(_ text: String) -> Int? {
        Int(text.prefix { $0.isASCII && $0.isNumber }.description)
    }
}
