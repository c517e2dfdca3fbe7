import PXWire
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An engine's or client's connection to the controller: a blocking POSIX socket, a reader
/// that can run on a background thread or on a waiting caller's thread, and a combining writer.
///
/// - Incoming frames are decoded whole and passed to the handler, once per frame with all its
///   messages, on whichever thread is reading. Normally that is the link's background thread;
///   a thread about to block for a message (a client's `get()`, an engine's idle main loop)
///   calls ``pump(until:timeout:)`` and reads the socket itself, so the message wakes it
///   directly instead of waking the background thread first (one thread hop fewer per message).
///   While nobody pumps, the background thread reads — so an engine answers heartbeats and
///   receives interrupts while its main thread runs a long task.
/// - `heartbeat` is answered by the reader itself (``LinkSettings/answersHeartbeats``).
/// - When the connection ends, the handler gets `.closed` exactly once.
/// - ``send(_:)`` is thread-safe and never waits for another sender: the first caller writes,
///   and everything appended meanwhile goes out in its next frame (one frame per write).
///   ``sendHeld(_:)`` lets a message wait briefly (at most ``LinkSettings/holdLimit``) for others
///   to share its frame: an engine with more tasks queued sends its replies that way.
///
/// Who writes, who reads and whether the link is open are decided by a `LinkStateMachine` under `lock`; this
/// class carries out what it returns (system calls, the handler, writing).
///
/// `@unchecked Sendable`: descriptors and settings are immutable; the encoder and the state machine are guarded
/// by `lock`; the decoder and receive buffer are touched only by the thread that currently owns reading, which the
/// state machine hands out one at a time; `lastReceived` is atomic.
public final class PeerLink: @unchecked Sendable {
    /// What the reader reports.
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

    let fd: Int32
    /// A pipe that wakes the background reader out of `epoll_wait` (to recompute its timeout, or to exit).
    let wakeRead: Int32
    let wakeWrite: Int32
    /// The background reader's epoll set: the wake pipe, and the socket while no caller pumps (a pumping caller
    /// takes the socket out, so bytes for it do not wake the background reader too).
    let poller: Int32
    let settings: LinkSettings
    /// The descriptor channel (protocol 1.5, Unix connections), when the controller joined it.
    let descriptors: DescriptorChannel?
    let handler: @Sendable (PeerLink, Event) -> Void
    let lock = ConditionLock()

    // Guarded by `lock`.
    var encoder: FrameEncoder
    var machine: LinkStateMachine

    // Owned by the reading thread.
    var decoder: FrameDecoder
    let receiveBuffer: UnsafeMutableRawBufferPointer
    /// When bytes last arrived (monotonic nanoseconds): written by the reading thread, read by the background
    /// reader for the idle limit.
    let lastReceived = Atomic<UInt64>(MonotonicClock.nanoseconds())
    /// Set by ``releaseReceiveBuffers()``; the reading thread clears it when it has released them.
    let receiveBuffersReleaseRequested = Atomic<Bool>(false)

    private init(
        fd: Int32, wake: (Int32, Int32), poller: Int32, role: PeerRole, address: PeerAddress, keys: SessionKeys,
        controllerVersion: ProtocolVersion, settings: LinkSettings, descriptors: DescriptorChannel?,
        handler: @escaping @Sendable (PeerLink, Event) -> Void
    ) {
        self.fd = fd
        self.descriptors = descriptors
        self.wakeRead = wake.0
        self.wakeWrite = wake.1
        self.poller = poller
        self.role = role
        self.address = address
        self.settings = settings
        self.handler = handler
        self.encoder = keys.makeEncoder(maximumFrameSize: settings.maximumFrameSize, peerVersion: controllerVersion)
        self.encoder.carriesDescriptors = descriptors != nil
        self.decoder = keys.makeDecoder(maximumFrameSize: settings.maximumFrameSize)
        self.machine = LinkStateMachine(
            holdLimit: MonotonicClock.nanoseconds(in: settings.holdLimit),
            maximumHeldMessages: settings.maximumHeldMessages)
        self.receiveBuffer = UnsafeMutableRawBufferPointer.allocate(
            byteCount: settings.receiveBufferSize, alignment: 16)
    }

    deinit {
        receiveBuffer.deallocate()
    }

    /// Connects, performs the handshake and starts the background reader.
    /// - Parameters:
    ///   - address: the controller.
    ///   - key: the cluster key.
    ///   - role: what this peer is.
    ///   - settings: options. Default: ``LinkSettings/init()``.
    ///   - initialMessages: sent right after the handshake, before the welcome is awaited
    ///     (e.g. `registerEngine`), which saves a round trip. Default: none.
    ///   - handler: called for each frame and once at the end, with this link (so it can answer
    ///     at once), on the thread that is reading. It should not block.
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
            let serverHello = try SocketCalls.readExactly(
                fd, count: PeerHandshake.serverHelloSize, what: "the controller's hello")
            let hello: [UInt8]
            do { hello = try handshake.receive(serverHello: serverHello) } catch {
                throw TransportError.handshake(error)
            }
            try SocketCalls.writeAll(fd, hello)
            let welcomeHeader = try SocketCalls.readExactly(
                fd, count: PeerHandshake.welcomeHeaderSize, what: "the controller's welcome")
            let reasonLength = PeerHandshake.reasonLength(welcomeHeader: welcomeHeader)
            let reason = try SocketCalls.readExactly(fd, count: reasonLength, what: "the controller's welcome")
            let keys: SessionKeys
            do { keys = try handshake.receive(welcome: welcomeHeader + reason) } catch {
                throw TransportError.handshake(error)
            }
            SocketCalls.setTimeout(fd, option: SO_RCVTIMEO, nil)
            let controllerVersion = handshake.controllerVersion ?? .current
            var descriptors: DescriptorChannel?
            if settings.usesMemorySegments, controllerVersion.understandsMemorySegments, case .unix(let path) = address {
                // Without a relay (an older or TCP-only controller) the link keeps the byte path.
                descriptors = try? DescriptorChannel.open(
                    path: DescriptorRelay.path(forSocket: path), keys: keys, timeout: settings.handshakeTimeout)
            }
            let wake = try SocketCalls.wakePipe()
            let poller: Int32
            do {
                poller = try SocketCalls.readinessSet(socket: fd, wake: wake.0)
            } catch {
                Glibc.close(wake.0)
                Glibc.close(wake.1)
                throw error
            }
            let link = PeerLink(
                fd: fd, wake: wake, poller: poller, role: role, address: address, keys: keys,
                controllerVersion: controllerVersion, settings: settings, descriptors: descriptors, handler: handler
            )
            do {
                try PosixThread.spawn { link.backgroundLoop() }
            } catch {
                Glibc.close(wake.0)
                Glibc.close(wake.1)
                Glibc.close(poller)
                throw error
            }
            if !initialMessages.isEmpty { try link.send(contentsOf: initialMessages) }
            return link
        } catch {
            Glibc.close(fd)
            throw error
        }
    }

    /// Whether payload segments travel as descriptors on this link (protocol 1.5 over a Unix socket, descriptor
    /// channel joined): senders then put large buffers into a ``SegmentWriter``; otherwise segments would be spliced
    /// back into bytes.
    public var carriesMemorySegments: Bool { descriptors != nil }

    // MARK: - Sending

    /// Sends one message; thread-safe (see the type's description for batching).
    /// - Throws: ``TransportError/closed`` when the link is closed, or the write error.
    public func send(_ envelope: Envelope) throws(TransportError) {
        try enqueue(held: false) { encoder throws(WireError) in try encoder.append(envelope) }
    }

    /// Sends several messages in one frame (or as few frames as the size limit allows).
    /// - Throws: ``TransportError/closed`` when the link is closed, or the write error.
    public func send(contentsOf envelopes: [Envelope]) throws(TransportError) {
        try enqueue(held: false) { encoder throws(WireError) in try encoder.append(contentsOf: envelopes) }
    }

    /// Sends a message that may wait a little for company: it goes out in one frame with whatever is sent next,
    /// at the latest when ``LinkSettings/maximumHeldMessages`` wait or ``LinkSettings/holdLimit`` has passed (the
    /// background reader writes it then), or at ``flush()`` or ``close()``. Thread-safe.
    /// - Throws: ``TransportError/closed`` when the link is closed, or the write error.
    public func sendHeld(_ envelope: Envelope) throws(TransportError) {
        try enqueue(held: true) { encoder throws(WireError) in try encoder.append(envelope) }
    }

    /// Writes the messages that ``sendHeld(_:)`` let wait, if any.
    /// - Throws: ``TransportError/closed`` when the link is closed, or the write error.
    public func flush() throws(TransportError) {
        try enqueue(held: false) { _ throws(WireError) in }
    }

    /// Appends to the encoder of an open link, then does what the state machine says (usually: write).
    private func enqueue(held: Bool, _ append: (inout FrameEncoder) throws(WireError) -> Void) throws(TransportError) {
        lock.lock()
        if let refusal = machine.refusal {
            lock.unlock()
            throw refusal
        }
        do {
            try append(&encoder)
        } catch {
            lock.unlock()
            throw TransportError.handshake(error)
        }
        let actions = machine.onAppended(
            held: held, pendingMessages: encoder.pendingMessageCount, now: held ? MonotonicClock.nanoseconds() : 0)
        performLocked(actions)
        lock.unlock()
        try perform(actions)
    }

    /// Writes pending frames until none is left (this thread is the writer).
    /// - Throws: the write error, which closes the link.
    private func writePending() throws(TransportError) {
        lock.lock()
        while machine.mayWrite, var frames = encoder.takeEncodedFrames() {
            machine.onFramesTaken()
            lock.unlock()
            // Large frames go out in chunks signed on the way, so the controller starts reading early.
            var failure: TransportError?
            do {
                // Descriptors go ahead of the frames that refer to them.
                for group in frames.descriptorGroups {
                    guard let descriptors else { throw TransportError.closed }
                    try descriptors.send(group)
                }
                try frames.write { chunk in try SocketCalls.writeAll(fd, chunk) }
            } catch let error as TransportError {
                failure = error
            } catch {
                failure = TransportError.closed
            }
            lock.lock()
            if let failure {
                let actions = machine.onWriteFailed(failure)
                performLocked(actions)
                lock.unlock()
                try? perform(actions)
                throw failure
            }
        }
        let actions = machine.onWriterIdle()
        performLocked(actions)
        lock.unlock()
        try perform(actions)
    }

    // MARK: - Carrying out the state machine's actions

    /// The actions on descriptors; the caller holds the lock (so they are still open).
    func performLocked(_ actions: LinkStateMachine.Actions) {
        if actions.wakeBackgroundReader {
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        }
        if actions.shutDownSocket { shutdown(fd, Int32(SHUT_RDWR)) }
        if let isWatched = actions.watchSocket { SocketCalls.watch(poller, socket: fd, isWatched) }
        if actions.releaseDescriptors {
            Glibc.close(fd)
            Glibc.close(wakeRead)
            Glibc.close(wakeWrite)
            Glibc.close(poller)
        }
    }

    /// The actions after the lock is released: wake-ups, the handler, writing.
    /// - Throws: the write error.
    func perform(_ actions: LinkStateMachine.Actions) throws(TransportError) {
        if actions.broadcast { lock.broadcast() }
        if let reported = actions.deliverClosed { handler(self, .closed(reported)) }
        if actions.write { try writePending() }
    }

    /// Asks the reader to forget the buffers it keeps for later large frames, once it has handled the frame it
    /// reads now (a client whose burst of tasks has drained: the last large frame's memory can go back). Thread-safe.
    public func releaseReceiveBuffers() {
        receiveBuffersReleaseRequested.store(true, ordering: .relaxed)
    }

    // MARK: - Liveness

    /// Closes the link (reporting ``TransportError/timedOut(_:)``) when nothing arrives for `limit`.
    /// An engine sets it to the heartbeat period times the miss limit from ``EngineWelcome``, so it
    /// notices a controller that hangs without closing its socket.
    /// - Parameter limit: the longest silence; `nil` disables the check.
    public func setIdleTimeout(_ limit: Duration?) {
        lock.lock()
        let actions = machine.onIdleLimit(limit.map { MonotonicClock.nanoseconds(in: $0) } ?? 0)
        performLocked(actions)
        lock.unlock()
    }

    // MARK: - Closing

    /// Whether the link still accepts messages.
    public var isOpen: Bool { lock.withLock { machine.refusal == nil } }

    /// Closes the connection once what was sent, held messages included, is written; the reader then delivers
    /// `.closed(nil)` and the background thread exits. Idempotent. (When a write is under way, it finishes the
    /// writing and shuts the socket; otherwise the caller writes what is held.)
    public func close() {
        lock.lock()
        let actions = machine.onCloseRequested()
        performLocked(actions)
        lock.unlock()
        try? perform(actions)
    }

    /// Waits until the background reader has finished.
    /// - Parameter timeout: the longest wait; `nil` waits without limit.
    /// - Returns: `true` if it finished.
    @discardableResult
    public func waitUntilClosed(timeout: Duration?) -> Bool {
        let deadline = MonotonicClock.deadline(after: timeout)
        lock.lock()
        defer { lock.unlock() }
        while !machine.readerFinished {
            if !lock.wait(untilMonotonic: deadline) && !machine.readerFinished { return false }
        }
        return true
    }
}
