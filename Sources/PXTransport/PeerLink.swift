#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import PXWire

/// An engine's or client's connection to the controller: a blocking POSIX socket, a reader
/// thread and a combining writer.
///
/// - The reader thread decodes whole frames and calls the handler once per frame with all of
///   its messages, on that thread; it answers `heartbeat` itself (see
///   ``LinkSettings/answersHeartbeats``), so an engine stays alive while its main thread runs a
///   long task. When the connection ends, the handler gets `.closed` exactly once.
/// - ``send(_:)`` is thread-safe and never waits for another sender: the first caller writes,
///   and everything appended meanwhile goes out in its next frame (one frame per write).
///
/// `@unchecked Sendable`: the descriptor is immutable; writer state is guarded by `lock`.
public final class PeerLink: @unchecked Sendable {
    /// What the reader thread reports.
    public enum Event: Sendable {
        /// The messages of one frame, in order.
        case messages([Envelope])
        /// The connection ended: `nil` after a clean close or EOF, otherwise why.
        case closed(TransportError?)
    }

    /// The role announced in the handshake.
    public let role: PeerRole
    /// The controller's address.
    public let address: PeerAddress

    private let fd: Int32
    private let lock = ConditionLock()
    private var encoder: FrameEncoder
    private var isWriting = false
    private var isClosed = false
    private var readerFinished = false
    private var descriptorReleased = false
    private var closeError: TransportError?

    private init(fd: Int32, role: PeerRole, address: PeerAddress, encoder: FrameEncoder) {
        self.fd = fd
        self.role = role
        self.address = address
        self.encoder = encoder
    }

    /// Connects, performs the handshake and starts the reader thread.
    /// - Parameters:
    ///   - address: the controller.
    ///   - key: the cluster key.
    ///   - role: what this peer is.
    ///   - settings: options. Default: ``LinkSettings/init()``.
    ///   - initialMessages: sent right after the handshake, before the welcome is awaited
    ///     (e.g. `registerEngine`), which saves a round trip. Default: none.
    ///   - handler: called on the reader thread for each frame and once at the end, with this link
    ///     (so it can answer at once, e.g. an engine sending a reply).
    /// - Returns: the open link.
    /// - Throws: ``TransportError`` if connecting fails, the controller refuses the handshake
    ///   (the reason is inside), or it does not answer within the handshake timeout.
    public static func connect(
        to address: PeerAddress,
        key: ClusterKey,
        role: PeerRole,
        settings: LinkSettings = LinkSettings(),
        initialMessages: [Envelope] = [],
        handler: @escaping @Sendable (PeerLink, Event) -> Void
    ) throws(TransportError) -> PeerLink {
        try settings.validate()
        let fd = try SocketCalls.connect(to: address, timeout: settings.handshakeTimeout)
        do throws(TransportError) {
            SocketCalls.setTimeout(fd, option: SO_RCVTIMEO, settings.handshakeTimeout)
            var handshake = PeerHandshake(key: key, role: role)
            let serverHello = try SocketCalls.readExactly(fd, count: PeerHandshake.serverHelloSize, what: "the controller's hello")
            let hello: [UInt8]
            do { hello = try handshake.receive(serverHello: serverHello) } catch { throw TransportError.handshake(error) }
            try SocketCalls.writeAll(fd, hello)
            let welcomeHeader = try SocketCalls.readExactly(fd, count: PeerHandshake.welcomeHeaderSize, what: "the controller's welcome")
            let reasonLength = PeerHandshake.reasonLength(welcomeHeader: welcomeHeader)
            let reason = try SocketCalls.readExactly(fd, count: reasonLength, what: "the controller's welcome")
            let keys: SessionKeys
            do { keys = try handshake.receive(welcome: welcomeHeader + reason) } catch { throw TransportError.handshake(error) }
            SocketCalls.setTimeout(fd, option: SO_RCVTIMEO, nil)
            let link = PeerLink(
                fd: fd, role: role, address: address, encoder: keys.makeEncoder(maximumFrameSize: settings.maximumFrameSize)
            )
            let decoder = keys.makeDecoder(maximumFrameSize: settings.maximumFrameSize)
            try PosixThread.spawn {
                link.readLoop(decoder: decoder, settings: settings, handler: handler)
            }
            if !initialMessages.isEmpty { try link.send(contentsOf: initialMessages) }
            return link
        } catch {
            Glibc.close(fd)
            throw error
        }
    }

    // MARK: - Sending

    /// Sends one message; thread-safe (see the type's description for batching).
    /// - Throws: ``TransportError/closed`` when the link is closed, or the write error.
    public func send(_ envelope: Envelope) throws(TransportError) {
        try enqueue { encoder throws(WireError) in try encoder.append(envelope) }
    }

    /// Sends several messages in one frame (or as few frames as the size limit allows).
    /// - Throws: ``TransportError/closed`` when the link is closed, or the write error.
    public func send(contentsOf envelopes: [Envelope]) throws(TransportError) {
        try enqueue { encoder throws(WireError) in try encoder.append(contentsOf: envelopes) }
    }

    private func enqueue(_ append: (inout FrameEncoder) throws(WireError) -> Void) throws(TransportError) {
        lock.lock()
        if isClosed {
            let error = closeError ?? .closed
            lock.unlock()
            throw error
        }
        do {
            try append(&encoder)
        } catch {
            lock.unlock()
            throw TransportError.handshake(error)
        }
        if isWriting {
            lock.unlock()
            return
        }
        isWriting = true
        while true {
            let bytes = encoder.takePendingBytes()
            if bytes.isEmpty || isClosed { break }
            lock.unlock()
            var failure: TransportError?
            do {
                try SocketCalls.writeAll(fd, bytes)
            } catch {
                failure = error
            }
            lock.lock()
            if let failure {
                markClosedLocked(failure)
                isWriting = false
                releaseDescriptorIfIdleLocked()
                lock.unlock()
                throw failure
            }
        }
        isWriting = false
        releaseDescriptorIfIdleLocked()
        lock.unlock()
    }

    // MARK: - Closing

    /// Whether the link still accepts messages.
    public var isOpen: Bool { lock.withLock { !isClosed } }

    /// Closes the connection; the reader thread delivers `.closed(nil)` and exits. Idempotent.
    public func close() {
        lock.withLock { markClosedLocked(nil) }
    }

    /// Waits until the reader thread has finished.
    /// - Parameter timeout: the longest wait; `nil` waits without limit.
    /// - Returns: `true` if it finished.
    @discardableResult
    public func waitUntilClosed(timeout: Duration?) -> Bool {
        let deadline = MonotonicClock.deadline(after: timeout)
        lock.lock()
        defer { lock.unlock() }
        while !readerFinished {
            if !lock.wait(untilMonotonic: deadline) && !readerFinished { return false }
        }
        return true
    }

    private func markClosedLocked(_ error: TransportError?) {
        guard !isClosed else { return }
        isClosed = true
        closeError = error
        if !descriptorReleased { shutdown(fd, Int32(SHUT_RDWR)) }
    }

    /// Closes the descriptor once neither the reader nor a writer can touch it.
    private func releaseDescriptorIfIdleLocked() {
        guard readerFinished, !isWriting, !descriptorReleased else { return }
        descriptorReleased = true
        Glibc.close(fd)
    }

    // MARK: - Reading

    private func readLoop(decoder initial: FrameDecoder, settings: LinkSettings, handler: @Sendable (PeerLink, Event) -> Void) {
        var decoder = initial
        let capacity = settings.receiveBufferSize
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var outcome: TransportError?
        reading: while true {
            let received = recv(fd, buffer.baseAddress, capacity, 0)
            if received < 0 {
                if errno == EINTR { continue }
                if lock.withLock({ isClosed }) { break }
                outcome = TransportError.systemCall("recv", errno: errno)
                break
            }
            if received == 0 {
                do { try decoder.finish() } catch { outcome = lock.withLock({ isClosed }) ? nil : .handshake(error) }
                break
            }
            decoder.append(UnsafeRawBufferPointer(rebasing: buffer[0..<received]))
            do {
                while var frame = try decoder.nextFrame() {
                    if settings.answersHeartbeats { answerHeartbeats(in: &frame) }
                    if !frame.isEmpty { handler(self, .messages(frame)) }
                }
            } catch {
                outcome = .handshake(error)
                break reading
            }
        }
        let reported: TransportError? = lock.withLock {
            markClosedLocked(outcome)
            readerFinished = true
            releaseDescriptorIfIdleLocked()
            return closeError
        }
        lock.broadcast()
        handler(self, .closed(reported))
    }

    private func answerHeartbeats(in frame: inout [Envelope]) {
        guard frame.contains(where: { $0.kind == .heartbeat }) else { return }
        var replies: [Envelope] = []
        frame.removeAll { envelope in
            guard envelope.kind == .heartbeat else { return false }
            let sent = (try? HeartbeatStamp(decoding: envelope))?.sent ?? Timestamp(rawValue: 0)
            var header = envelope.header
            header.kind = .heartbeatReply
            replies.append(Envelope(header, body: HeartbeatStamp(sent: sent, engineClock: MonotonicClock.wallClock())))
            return true
        }
        try? send(contentsOf: replies)
    }
}
