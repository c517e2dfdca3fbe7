import CLinux

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Blocking POSIX socket calls used by ``PeerLink`` and the benchmarks.
package enum SocketCalls {
    #if canImport(Glibc)
        package static let streamType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        static let noSignal = Int32(MSG_NOSIGNAL)
    #else
        package static let streamType = SOCK_STREAM
        static let noSignal: Int32 = 0
    #endif

    /// Opens a connected, blocking stream socket.
    /// - Parameters:
    ///   - address: where to connect.
    ///   - timeout: limit for the connection attempt (TCP).
    /// - Returns: the file descriptor.
    package static func connect(to address: PeerAddress, timeout: Duration) throws(TransportError) -> Int32 {
        switch address {
        case .unix(let path):
            let fd = socket(AF_UNIX, streamType, 0)
            guard fd >= 0 else { throw TransportError.systemCall("socket", errno: errno) }
            var storage = sockaddr_un()
            do throws(TransportError) {
                try fill(&storage, path: path)
            } catch {
                close(fd)
                throw error
            }
            let result = withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            guard result == 0 else {
                let code = errno
                close(fd)
                throw TransportError.connectFailed(address: address, reason: SystemErrorText.text(code))
            }
            return fd
        case .tcp(let host, let port):
            return try connectTCP(host: host, port: port, timeout: timeout, address: address)
        }
    }

    /// Writes `path` into a `sockaddr_un`.
    static func fill(_ storage: inout sockaddr_un, path: String) throws(TransportError) {
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, bytes.count <= PeerAddress.maximumUnixPathLength else {
            throw TransportError.invalidAddress(
                "Unix socket path must be 1 to \(PeerAddress.maximumUnixPathLength) bytes, got \(bytes.count): \(path)"
            )
        }
        storage.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &storage.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
    }

    private static func connectTCP(host: String, port: Int, timeout: Duration, address: PeerAddress)
        throws(TransportError) -> Int32
    {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            let reason = gai_strerror(status).map { String(cString: $0) } ?? "cannot resolve"
            throw TransportError.connectFailed(address: address, reason: "cannot resolve '\(host)': \(reason)")
        }
        defer { freeaddrinfo(first) }
        var lastReason = "no address"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            entry = current.pointee.ai_next
            let fd = socket(current.pointee.ai_family, streamType, 0)
            guard fd >= 0 else {
                lastReason = SystemErrorText.text(errno)
                continue
            }
            setTimeout(fd, option: SO_SNDTIMEO, timeout)
            if Glibc.connect(fd, current.pointee.ai_addr, current.pointee.ai_addrlen) == 0 {
                setTimeout(fd, option: SO_SNDTIMEO, nil)
                var one: Int32 = 1
                setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                return fd
            }
            lastReason = SystemErrorText.text(errno)
            close(fd)
        }
        throw TransportError.connectFailed(address: address, reason: lastReason)
    }

    /// Sets `SO_RCVTIMEO` or `SO_SNDTIMEO`; `nil` blocks without limit.
    static func setTimeout(_ fd: Int32, option: Int32, _ timeout: Duration?) {
        var time = timeval()
        if let timeout {
            let (seconds, attoseconds) = timeout.components
            time.tv_sec = Int(max(0, seconds))
            time.tv_usec = Int(max(0, attoseconds / 1_000_000_000_000))
            if time.tv_sec == 0 && time.tv_usec == 0 { time.tv_usec = 1 }
        }
        setsockopt(fd, SOL_SOCKET, option, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Writes every byte, retrying after interrupts and partial writes.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(TransportError) {
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = send(fd, pointer, remaining, noSignal)
            if written < 0 {
                if errno == EINTR { continue }
                throw TransportError.systemCall("send", errno: errno)
            }
            pointer += written
            remaining -= written
        }
    }

    /// A non-blocking, close-on-exec pipe used to wake a thread out of `poll`.
    /// - Returns: the read and write ends.
    static func wakePipe() throws(TransportError) -> (Int32, Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw TransportError.systemCall("pipe", errno: errno) }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        return (ends[0], ends[1])
    }

    /// An epoll set watching `socket` and `wake` for input, for a reader that may stop watching the socket
    /// while another thread reads it (see ``watch(_:socket:_:)``).
    /// - Returns: the epoll descriptor (close-on-exec).
    static func readinessSet(socket: Int32, wake: Int32) throws(TransportError) -> Int32 {
        let poller = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard poller >= 0 else { throw TransportError.systemCall("epoll_create1", errno: errno) }
        for fd in [socket, wake] {
            var event = epoll_event(events: EPOLLIN.rawValue, data: epoll_data_t(fd: fd))
            guard epoll_ctl(poller, EPOLL_CTL_ADD, fd, &event) == 0 else {
                let error = errno
                Glibc.close(poller)
                throw TransportError.systemCall("epoll_ctl", errno: error)
            }
        }
        return poller
    }

    /// Starts or stops watching `socket` in a set made by ``readinessSet(socket:wake:)``. A thread blocked in
    /// `epoll_wait` on the set is not woken by this; it simply no longer (or again) wakes for the socket.
    static func watch(_ poller: Int32, socket: Int32, _ isWatched: Bool) {
        var event = epoll_event(events: isWatched ? EPOLLIN.rawValue : 0, data: epoll_data_t(fd: socket))
        _ = epoll_ctl(poller, EPOLL_CTL_MOD, socket, &event)
    }

    /// Writes every byte of an array.
    package static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(TransportError) {
        let result = bytes.withUnsafeBytes { raw in
            Result { () throws(TransportError) in try writeAll(fd, raw) }
        }
        try result.get()
    }

    /// Reads exactly `count` bytes (used for the handshake).
    /// - Throws: ``TransportError/timedOut(_:)`` when `SO_RCVTIMEO` expires, ``TransportError/closed`` at EOF.
    static func readExactly(_ fd: Int32, count: Int, what: String) throws(TransportError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let received = bytes.withUnsafeMutableBytes { raw in
                recv(fd, raw.baseAddress! + filled, count - filled, 0)
            }
            if received == 0 { throw TransportError.closed }
            if received < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { throw TransportError.timedOut(what) }
                throw TransportError.systemCall("recv", errno: errno)
            }
            filled += received
        }
        return bytes
    }
}
