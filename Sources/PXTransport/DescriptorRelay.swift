import PXWire
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The controller's end of the descriptor channels (protocol 1.5): a Unix socket beside the main one, on which each
/// local peer opens its ``DescriptorChannel`` after the handshake.
///
/// The controller announces each connection's keys with ``expect(_:)`` when it opens; a thread accepts channels,
/// reads each one's ticket (at most ``joinTimeout``), and joins it to the connection whose keys produce that ticket,
/// through the ``DescriptorSlot`` both share. Tickets nobody expects are refused.
///
/// `@unchecked Sendable`: the descriptor and path never change; the expected tickets are behind a mutex.
final class DescriptorRelay: @unchecked Sendable {
    /// The socket path.
    let path: String
    private let listener: Int32
    private let expected = Mutex<[[UInt8]: DescriptorSlot]>([:])
    private let stopping = Atomic<Bool>(false)

    /// How long a connecting channel may take to send its ticket.
    static let joinTimeout: Duration = .seconds(2)

    /// The relay's path for a controller listening on `socket`: the same path followed by `.fd`.
    static func path(forSocket socket: String) -> String { socket + ".fd" }

    private init(path: String, listener: Int32) {
        self.path = path
        self.listener = listener
    }

    /// Listens on `path` (mode 0600) and starts accepting; `nil` when that is impossible (the path is too long,
    /// for instance), in which case peers keep the byte path.
    static func start(path: String) -> DescriptorRelay? {
        let fd = socket(AF_UNIX, SocketCalls.streamType, 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_un()
        do { try SocketCalls.fill(&address, path: path) } catch {
            close(fd)
            return nil
        }
        unlink(path)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, chmod(path, 0o600) == 0, listen(fd, 64) == 0 else {
            close(fd)
            return nil
        }
        let relay = DescriptorRelay(path: path, listener: fd)
        do { try PosixThread.spawn { relay.acceptLoop() } } catch {
            close(fd)
            unlink(path)
            return nil
        }
        return relay
    }

    /// Expects the descriptor channel of a connection with these keys (the controller's side: inbound is the
    /// peer's key).
    /// - Returns: the slot where the joined channel appears.
    func expect(_ keys: SessionKeys) -> DescriptorSlot {
        let slot = DescriptorSlot(ticket: keys.inbound.proof(DescriptorChannel.peerLabel),
                                  answer: keys.outbound.proof(DescriptorChannel.controllerLabel))
        expected.withLock { $0[slot.ticket] = slot }
        return slot
    }

    /// Forgets a connection that closed (its channel, if joined, closes with the slot).
    func forget(_ slot: DescriptorSlot) {
        expected.withLock { $0[slot.ticket] = nil }
        slot.leave()
    }

    /// Stops accepting and removes the socket file.
    func stop() {
        guard !stopping.exchange(true, ordering: .acquiringAndReleasing) else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        unlink(path)
    }

    private func acceptLoop() {
        while !stopping.load(ordering: .acquiring) {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                break
            }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            join(DescriptorChannel(fd: fd))
        }
        close(listener)
    }

    /// Reads a new channel's ticket and joins it to its connection, or refuses it.
    private func join(_ channel: DescriptorChannel) {
        SocketCalls.setTimeout(channel.fd, option: SO_RCVTIMEO, Self.joinTimeout)
        SocketCalls.setTimeout(channel.fd, option: SO_SNDTIMEO, Self.joinTimeout)
        guard let ticket = try? SocketCalls.readExactly(channel.fd, count: 32, what: "a descriptor channel's ticket")
        else { return }
        let slot = expected.withLock { $0.removeValue(forKey: ticket) }
        guard let slot else {
            try? SocketCalls.writeAll(channel.fd, [1] + [UInt8](repeating: 0, count: DescriptorChannel.replySize - 1))
            return
        }
        SocketCalls.setTimeout(channel.fd, option: SO_RCVTIMEO, .seconds(10))
        SocketCalls.setTimeout(channel.fd, option: SO_SNDTIMEO, .seconds(10))
        // Joined before the answer: the peer may refer to descriptors in its next frame.
        slot.join(channel)
        if (try? SocketCalls.writeAll(channel.fd, [0] + slot.answer)) == nil { slot.leave() }
    }
}

/// Where a connection's descriptor channel appears once the peer has joined it (shared by the relay's thread and the
/// server's event loop).
final class DescriptorSlot: Sendable {
    let ticket: [UInt8]
    let answer: [UInt8]
    private let channel = Mutex<DescriptorChannel?>(nil)
    private let closed = Atomic<Bool>(false)

    init(ticket: [UInt8], answer: [UInt8]) {
        self.ticket = ticket
        self.answer = answer
    }

    /// The joined channel, if any.
    var current: DescriptorChannel? { channel.withLock { $0 } }

    func join(_ joined: DescriptorChannel) {
        guard !closed.load(ordering: .acquiring) else { return }
        channel.withLock { $0 = joined }
    }

    func leave() {
        closed.store(true, ordering: .releasing)
        channel.withLock { $0 = nil }
    }
}
