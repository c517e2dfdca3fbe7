import PXTransport
import PXWire

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Micro-benchmarks of the transport, for `swiftpx bench`: the raw socket floor and the same
/// work through a real controller, measured in the same run so their ratio is meaningful.
public enum TransportBenchmark {
    /// The raw floor: 64-byte (by default) ping-pong over a Unix stream socket pair between two
    /// threads of this process, with blocking `send`/`recv` and no framing or signing.
    /// - Parameters:
    ///   - messageSize: bytes per message. Default: 64.
    ///   - roundTrips: timed round trips (after 10 % warm-up). Default: 20,000.
    /// - Returns: the round-trip times.
    /// - Throws: ``TransportError`` if the socket pair or thread cannot be created.
    public static func unixPingPong(messageSize: Int = 64, roundTrips: Int = 20_000) throws(TransportError)
        -> LatencyReport
    {
        let (left, right) = try socketPair()
        defer {
            close(left)
            close(right)
        }
        let size = max(1, messageSize)
        let total = roundTrips + roundTrips / 10
        try PosixThread.spawn {
            var buffer = [UInt8](repeating: 0, count: size)
            for _ in 0..<total {
                guard readFully(right, &buffer), (try? SocketCalls.writeAll(right, buffer)) != nil else { return }
            }
        }
        var buffer = [UInt8](repeating: 7, count: size)
        var samples: [UInt64] = []
        samples.reserveCapacity(roundTrips)
        for index in 0..<total {
            let start = MonotonicClock.nanoseconds()
            try SocketCalls.writeAll(left, buffer)
            guard readFully(left, &buffer) else { throw TransportError.closed }
            if index >= total - roundTrips { samples.append(MonotonicClock.nanoseconds() - start) }
        }
        return LatencyReport(nanoseconds: samples)
    }

    /// The raw stream bandwidth of a Unix socket pair between two threads (1 MiB writes).
    /// - Parameter bytes: how much to move. Default: 512 MiB.
    /// - Returns: bytes per second.
    /// - Throws: ``TransportError`` if the socket pair or thread cannot be created.
    public static func unixStreamBandwidth(bytes: Int = 512 << 20) throws(TransportError) -> Double {
        let (left, right) = try socketPair()
        defer {
            close(left)
            close(right)
        }
        let chunk = [UInt8](repeating: 1, count: 1 << 20)
        let done = Mailbox<Int>()
        try PosixThread.spawn {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
            defer { buffer.deallocate() }
            var received = 0
            while received < bytes {
                let count = recv(right, buffer.baseAddress, buffer.count, 0)
                if count <= 0 { break }
                received += count
            }
            done.put(received)
        }
        let start = MonotonicClock.nanoseconds()
        var sent = 0
        while sent < bytes {
            try SocketCalls.writeAll(left, chunk)
            sent += chunk.count
        }
        guard let received = done.take(timeout: .seconds(60)), received >= bytes else {
            throw TransportError.timedOut("the stream")
        }
        let seconds = Double(MonotonicClock.nanoseconds() - start) / 1e9
        return Double(received) / seconds
    }

    private static func socketPair() throws(TransportError) -> (Int32, Int32) {
        var fds: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, SocketCalls.streamType, 0, &fds) == 0 else {
            throw TransportError.systemCall("socketpair", errno: errno)
        }
        return (fds[0], fds[1])
    }

    private static func readFully(_ fd: Int32, _ buffer: inout [UInt8]) -> Bool {
        var filled = 0
        let count = buffer.count
        while filled < count {
            let received = buffer.withUnsafeMutableBytes { raw in recv(fd, raw.baseAddress! + filled, count - filled, 0)
            }
            if received < 0 && errno == EINTR { continue }
            if received <= 0 { return false }
            filled += received
        }
        return true
    }
}
