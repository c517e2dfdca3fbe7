@preconcurrency import Glibc

/// A TCP peer that speaks only bytes, for tests of what the controller does with strangers.
final class RawPeer {
    private let fd: Int32

    /// Connects to `host:port` (IPv4).
    init(host: String, port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr(host)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(fd)
            throw TestFailure("cannot connect to \(host):\(port): errno \(errno)")
        }
    }

    deinit {
        close(fd)
    }

    /// Sends bytes (ignoring a peer that has closed).
    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads exactly `count` bytes, or what arrived before the connection ended.
    func read(_ count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: count)
        while bytes.count < count {
            let received = recv(fd, &buffer, count - bytes.count, 0)
            if received < 0 && errno == EINTR { continue }
            guard received > 0 else { break }
            bytes += buffer[0..<received]
        }
        return bytes
    }

    /// Whether the controller closed the connection (end of stream, or a reset, within 10 s).
    var isClosedByPeer: Bool {
        var byte: UInt8 = 0
        while true {
            let received = recv(fd, &byte, 1, 0)
            if received < 0 && errno == EINTR { continue }
            return received == 0 || (received < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
        }
    }
}
