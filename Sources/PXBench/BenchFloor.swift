import PXTransport

#if canImport(Glibc)
import Glibc
#endif

/// The physical floor measured in the same run as the cluster benchmarks: a 64-byte ping-pong between two
/// processes over a Unix socket (the echo side is `swiftpx bench-echo`, a child process); the bandwidth floors are
/// ``StreamFloor``'s.
public enum BenchFloor {
    /// Round-trip times, in seconds, of `count` 64-byte ping-pongs with a child process.
    static func pingPong(count: Int = 20_000) throws -> [Double] {
        let path = "/tmp/swiftpx-floor-\(getpid()).sock"
        unlink(path)
        let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw BenchError("socket failed") }
        defer {
            close(listener)
            unlink(path)
        }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(listener, 1) == 0 else { throw BenchError("bind failed") }
        let child = try ChildProcess.spawn(ProcessLaunch(arguments: ["bench-echo", path]))
        defer { _ = child.terminate(grace: .milliseconds(200)) }
        let fd = accept(listener, nil, nil)
        guard fd >= 0 else { throw BenchError("accept failed") }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 7, count: 64)
        var samples: [Double] = []
        samples.reserveCapacity(count)
        for i in 0..<(count + count / 10) {
            let t0 = MonotonicClock.nanoseconds()
            guard write(fd, buffer, 64) == 64, readFully(fd, &buffer) else { throw BenchError("echo failed") }
            if i >= count / 10 { samples.append(Double(MonotonicClock.nanoseconds() - t0) / 1e9) }
        }
        return samples
    }

    static func readFully(_ fd: Int32, _ buffer: inout [UInt8]) -> Bool {
        var got = 0
        while got < buffer.count {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return read(fd, base + got, raw.count - got)
            }
            if n <= 0 { return false }
            got += n
        }
        return true
    }

    /// The echo side: connects to `path` and sends back every 64-byte message.
    public static func echo(path: String) -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { return 1 }
        var buffer = [UInt8](repeating: 0, count: 64)
        while readFully(fd, &buffer) {
            guard write(fd, buffer, 64) == 64 else { break }
        }
        return 0
    }
}

/// A benchmark that could not run.
public struct BenchError: Error, CustomStringConvertible {
    /// Why.
    public let description: String
    init(_ description: String) { self.description = description }
}
