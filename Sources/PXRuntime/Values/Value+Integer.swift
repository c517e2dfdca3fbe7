import PXBigInt

// MARK: - Integers of any size

extension Value {
    /// An integer result: `.int` when it fits in 64 bits, `.bigint` otherwise.
    @inline(__always)
    public static func integer(_ value: BigInt) -> Value {
        if let small = value.asInt { return .int(small) }
        return .bigint(value)
    }

    /// The value as an integer of any size when it is an `int` or a `bool`.
    public var bigIntValue: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bigint(let b): return b
        case .bool(let b): return BigInt(b ? 1 : 0)
        default: return nil
        }
    }

    /// Whether the value is an `int` of any size (not a `bool`).
    public var isInteger: Bool {
        switch self {
        case .int, .bigint: return true
        default: return false
        }
    }
}

extension RuntimeError {
    /// CPython's error for an int used where a machine-sized count is needed (`str.ljust(2**64)`).
    static func sizeOverflow() -> RuntimeError { overflow("Python int too large to convert to C ssize_t") }

    /// CPython's error for an int too large for an index or a repeat count.
    static func indexSizeOverflow() -> RuntimeError { overflow("cannot fit 'int' into an index-sized integer") }

    /// CPython's error for converting an int too large for a double.
    static func intTooLargeForFloat() -> RuntimeError { overflow("int too large to convert to float") }
}
