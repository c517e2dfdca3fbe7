/// The UTF-8 bytes of a string being built: first in a buffer the caller lends (on the stack), then on the
/// heap once that fills.
struct ByteSink {
    private let base: UnsafeMutablePointer<UInt8>?
    private let capacity: Int
    private var count = 0
    private var spill: [UInt8]?

    /// A sink writing into `buffer` until it is full.
    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        base = buffer.baseAddress
        capacity = buffer.baseAddress == nil ? 0 : buffer.count
    }

    /// Runs `body` with a sink over a stack buffer and returns the string built.
    static func build(_ body: (inout ByteSink) throws -> Void) rethrows -> String {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            var sink = ByteSink(buffer)
            try body(&sink)
            return sink.string
        }
    }

    /// The string of the bytes written.
    var string: String {
        if let spill { return String(decoding: spill, as: UTF8.self) }
        guard let base else { return "" }
        return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    /// Appends raw bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if spill == nil, count + bytes.count <= capacity, let base {
            let target = base + count
            if bytes.count <= 16 {
                for i in 0..<bytes.count { target[i] = source[i] }
            } else {
                target.update(from: source, count: bytes.count)
            }
            count += bytes.count
        } else {
            appendSpilling(bytes)
        }
    }

    /// Appends one ASCII byte.
    @inline(__always)
    mutating func append(byte: UInt8) {
        if spill == nil, count < capacity, let base {
            base[count] = byte
            count += 1
        } else {
            withUnsafePointer(to: byte) { appendSpilling(UnsafeBufferPointer(start: $0, count: 1)) }
        }
    }

    private mutating func appendSpilling(_ bytes: UnsafeBufferPointer<UInt8>) {
        if spill == nil {
            var heap: [UInt8] = []
            heap.reserveCapacity(max(2 * capacity, count + bytes.count))
            if let base { heap.append(contentsOf: UnsafeBufferPointer(start: base, count: count)) }
            spill = heap
        }
        spill?.append(contentsOf: bytes)
    }

    /// Appends the UTF-8 of a string.
    @inline(__always)
    mutating func append(_ text: String) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0) }) { return done }
        for byte in text.utf8 { append(byte: byte) }
    }

    /// Appends the decimal digits of `n`.
    mutating func append(decimal n: UInt64) {
        var length = 1
        var power: UInt64 = 10
        while length < 20, n >= power {
            length += 1
            power &*= 10
        }
        append(decimal: n, length: length)
    }

    /// Appends the last `length` decimal digits of `n`, zero-padded.
    mutating func append(decimal n: UInt64, length: Int) {
        var n = n
        if spill == nil, count + length <= capacity, let base {
            let end = base + count + length
            for i in 1...length {
                end[-i] = UInt8(truncatingIfNeeded: n % 10) &+ 48
                n /= 10
            }
            count += length
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { digits in
            for i in stride(from: length - 1, through: 0, by: -1) {
                digits[i] = UInt8(truncatingIfNeeded: n % 10) &+ 48
                n /= 10
            }
            append(UnsafeBufferPointer(digits))
        }
    }

    /// Appends `scaled` / 10^precision with exactly `precision` digits after the point (`%.{precision}f`
    /// of a number whose digits are `scaled`).
    mutating func append(fixed scaled: UInt128, precision: Int) {
        guard let small = UInt64(exactly: scaled), precision <= 19 else {
            append(FloatFormatter.insertPoint(String(scaled), precision: precision))
            return
        }
        guard precision > 0 else {
            append(decimal: small)
            return
        }
        var power: UInt64 = 1
        for _ in 0..<precision { power &*= 10 }
        append(decimal: small / power)
        append(byte: 46) // "."
        append(decimal: small % power, length: precision)
    }
}
