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
            (base + count).update(from: source, count: bytes.count)
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var i = 20
            var n = n
            repeat {
                i -= 1
                digits[i] = UInt8(truncatingIfNeeded: n % 10) &+ 48
                n /= 10
            } while n != 0
            append(UnsafeBufferPointer(rebasing: digits[i...]))
        }
    }

    /// Appends `scaled` / 10^precision with exactly `precision` digits after the point (`%.{precision}f`
    /// of a number whose digits are `scaled`).
    mutating func append(fixed scaled: UInt128, precision: Int) {
        guard let small = UInt64(exactly: scaled) else {
            append(FloatFormatter.insertPoint(String(scaled), precision: precision))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { digits in
            var i = 40
            var n = small
            var written = 0
            repeat {
                if written == precision, precision > 0 {
                    i -= 1
                    digits[i] = 46 // "."
                }
                i -= 1
                digits[i] = UInt8(truncatingIfNeeded: n % 10) &+ 48
                n /= 10
                written += 1
            } while n != 0 || written <= precision
            append(UnsafeBufferPointer(rebasing: digits[i...]))
        }
    }
}
