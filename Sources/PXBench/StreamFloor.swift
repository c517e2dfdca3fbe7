import PXTransport

#if canImport(Glibc)
import Glibc
#endif

/// The floors of `swiftpx bench transfer`, measured the way the C anchors measure them: one thread copying a
/// large buffer (`memcpy_bw.c`), and a child process streaming into a socket in 1 MiB writes while this process
/// reads (`stream_bw.c`), over a Unix stream socket or TCP loopback.
public enum StreamFloor {
    /// Which socket a stream floor uses.
    public enum Kind: String, Sendable {
        case unix, tcp
    }

    /// Median bytes per second of `repetitions` single-thread copies of `bytes` bytes (both buffers touched first,
    /// so no page fault is timed).
    static func memcpyBandwidth(bytes: Int = 80_000_000, repetitions: Int = 30) -> Double {
        let source = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        let target = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        defer {
            source.deallocate()
            target.deallocate()
        }
        memset(source, 1, bytes)
        memset(target, 2, bytes)
        var rates: [Double] = []
        for r in 0..<repetitions {
            source.storeBytes(of: UInt8(truncatingIfNeeded: r), toByteOffset: r % bytes, as: UInt8.self)
            let t0 = MonotonicClock.nanoseconds()
            memcpy(target, source, bytes)
            let elapsed = Double(MonotonicClock.nanoseconds() - t0) / 1e9
            rates.append(Double(bytes) / elapsed)
        }
        return median(rates)
    }

    /// Median bytes per second of `repetitions` streams of `bytes` bytes from a child process (`swiftpx
    /// bench-stream`) that writes them in `chunk`-byte writes; this process reads them in reads of the same size.
    /// Each repetition starts when this side sends a one-byte "go" and ends when every byte has been read.
    static func streamBandwidth(_ kind: Kind, bytes: Int = 800_000_000, chunk: Int = 1 << 20, repetitions: Int = 5)
        throws -> Double
    {
        let listener = try FloorListener(kind)
        defer { listener.close() }
        let child = try ChildProcess.spawn(
            ProcessLaunch(arguments: ["bench-stream", listener.address, "\(bytes)", "\(chunk)", "\(repetitions)"]))
        defer { _ = child.terminate(grace: .seconds(2)) }
        let fd = accept(listener.fd, nil, nil)
        guard fd >= 0 else { throw BenchError("the stream floor's child did not connect") }
        defer { Glibc.close(fd) }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 64)
        defer { buffer.deallocate() }
        var rates: [Double] = []
        for _ in 0..<repetitions {
            var go: UInt8 = 103
            let t0 = MonotonicClock.nanoseconds()
            guard write(fd, &go, 1) == 1 else { throw BenchError("the stream floor's child is gone") }
            var received = 0
            while received < bytes {
                let count = read(fd, buffer, chunk)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw BenchError("the stream floor's child stopped after \(received) bytes") }
                received += count
            }
            rates.append(Double(bytes) / (Double(MonotonicClock.nanoseconds() - t0) / 1e9))
        }
        return median(rates)
    }

    /// The writing side (`swiftpx bench-stream ADDRESS BYTES CHUNK REPETITIONS`): connects to `address`
    /// (`unix:PATH` or `tcp://HOST:PORT`) and, after each "go" byte, writes `bytes` bytes in `chunk`-byte writes.
    /// - Returns: the exit status (0 when every repetition was written).
    public static func send(address: String, bytes: Int, chunk: Int, repetitions: Int) -> Int32 {
        guard let peer = PeerAddress(url: address),
              let fd = try? SocketCalls.connect(to: peer, timeout: .seconds(10)), chunk > 0
        else { return 1 }
        defer { Glibc.close(fd) }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 64)
        defer { buffer.deallocate() }
        memset(buffer, 121, chunk)
        for _ in 0..<repetitions {
            var go: UInt8 = 0
            guard read(fd, &go, 1) == 1 else { return 1 }
            var sent = 0
            while sent < bytes {
                let count = write(fd, buffer, min(chunk, bytes - sent))
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return 1 }
                sent += count
            }
        }
        return 0
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}

/// A listening socket for one floor child: a Unix socket in `/tmp`, or TCP on an ephemeral loopback port.
private struct FloorListener {
    let fd: Int32
    /// Where the child connects, as a ``PeerAddress`` spells it.
    let address: String
    private let path: String?

    init(_ kind: StreamFloor.Kind) throws {
        switch kind {
        case .unix:
            let path = "/tmp/swiftpx-stream-\(getpid()).sock"
            unlink(path)
            let fd = socket(AF_UNIX, SocketCalls.streamType, 0)
            var name = sockaddr_un()
            name.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &name.sun_path) { raw in
                for (i, b) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
            }
            let bound = withUnsafePointer(to: &name) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            self.fd = fd
            self.path = path
            address = "unix:" + path
            guard fd >= 0, bound == 0, listen(fd, 1) == 0 else { throw BenchError("cannot listen on \(path)") }
        case .tcp:
            let fd = socket(AF_INET, SocketCalls.streamType, 0)
            var name = sockaddr_in()
            name.sin_family = sa_family_t(AF_INET)
            name.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &name) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &length) == 0
                }
            }
            self.fd = fd
            path = nil
            address = "tcp://127.0.0.1:\(UInt16(bigEndian: name.sin_port))"
            guard fd >= 0, bound else { throw BenchError("cannot listen on TCP loopback") }
        }
    }

    func close() {
        Glibc.close(fd)
        if let path { unlink(path) }
    }
}
