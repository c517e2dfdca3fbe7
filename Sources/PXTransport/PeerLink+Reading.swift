import CLinux
import PXWire
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PeerLink {
    /// What one read attempt did.
    enum ReadOutcome {
        /// Bytes arrived (and any complete frames were delivered).
        case progress
        /// Nothing arrived in time.
        case idle
        /// The connection ended; `nil` when cleanly.
        case ended(TransportError?)
    }

    // MARK: - Reading on the caller's thread

    /// Reads the socket on this thread, delivering frames to the handler here, until `condition`
    /// holds or `timeout` passes. Call it instead of blocking on a condition that incoming
    /// messages make true: the message then wakes this thread directly.
    ///
    /// While a caller pumps, the background reader waits; it takes over again when the call
    /// returns. The background reader only owns the socket while it reads, not while it waits
    /// for bytes, so a caller starts reading at once instead of handing over between threads
    /// (two context switches per call); and while a caller pumps, the socket is out of the
    /// background reader's epoll set, so arriving bytes wake the caller alone. Several threads
    /// may pump; they take turns. Called from the handler itself, it does not read (that would
    /// nest) and just returns `condition()`.
    /// - Parameters:
    ///   - condition: checked before reading and after every frame (and at least every 10 ms).
    ///   - timeout: the longest wait; `nil` waits until the condition holds or the link closes.
    /// - Returns: the final value of `condition`.
    @discardableResult
    public func pump(until condition: () -> Bool, timeout: Duration?) -> Bool {
        if condition() { return true }
        let deadline = MonotonicClock.deadline(after: timeout)
        let thread = Self.currentThread
        lock.lock()
        // Called from the handler, on the reading thread: reading further here would nest.
        guard machine.onPumpBegins(thread) == .queued else {
            lock.unlock()
            return condition()
        }
        var timedOut = false
        waiting: while true {
            switch machine.onPumpTriesToRead(thread) {
            case .reads(let actions):
                performLocked(actions)
                break waiting
            case .ended(let actions):
                lock.unlock()
                try? perform(actions)
                return condition()
            case .waits:
                if timedOut {
                    let actions = machine.onPumpGivesUp()
                    lock.unlock()
                    try? perform(actions)
                    return condition()
                }
                timedOut = !lock.wait(untilMonotonic: deadline)
            }
        }
        lock.unlock()
        var ending: TransportError??
        while !condition() {
            var waitMilliseconds: Int32 = 10
            if let deadline {
                let now = MonotonicClock.nanoseconds()
                guard now < deadline else { break }
                waitMilliseconds = Int32(min(10, max(1, (deadline - now) / 1_000_000)))
            }
            if case .ended(let error) = readOnce(waitMilliseconds: waitMilliseconds) {
                ending = .some(error)
                break
            }
        }
        lock.lock()
        let actions = machine.onPumpEnds()
        performLocked(actions)
        lock.unlock()
        try? perform(actions)
        if let ending { endReading(ending) }
        return condition()
    }

    /// The calling thread, for the state machine.
    static var currentThread: LinkStateMachine.ThreadIdentity {
        #if canImport(Glibc)
            LinkStateMachine.ThreadIdentity(pthread_self())
        #else
            LinkStateMachine.ThreadIdentity(bitPattern: pthread_self())
        #endif
    }

    // MARK: - The background reader

    /// Reads whenever no caller is pumping; exits when the connection ends. It waits for bytes
    /// without owning the socket and takes ownership only to read them, unless a caller has started
    /// pumping meanwhile (that caller then reads them). While a caller pumps, the socket is out of
    /// its epoll set: it sleeps until the caller is done, a timeout or the wake pipe. Between reads it
    /// writes held messages whose time is up, and ends a link that has been silent too long.
    func backgroundLoop() {
        let thread = Self.currentThread
        while true {
            lock.lock()
            let step = machine.onBackgroundIdle(
                now: MonotonicClock.nanoseconds(), lastReceived: lastReceived.load(ordering: .relaxed))
            if case .exit(let actions) = step {
                performLocked(actions)
                lock.unlock()
                try? perform(actions)
                return
            }
            lock.unlock()
            switch step {
            case .exit:
                return
            case .flushHeld:
                try? flush()
                continue
            case .idleTimeout(let silent):
                endReading(
                    TransportError.timedOut(
                        "a message from the controller (silent for \(Duration.nanoseconds(Int64(clamping: silent))))"))
                continue
            case .wait(let milliseconds):
                guard waitForBytes(milliseconds: milliseconds) else { continue }
            }
            lock.lock()
            guard machine.onBackgroundWantsToRead(thread) else {
                lock.unlock()
                continue
            }
            lock.unlock()
            let outcome = readOnce(waitMilliseconds: 0)
            lock.lock()
            let actions = machine.onBackgroundReadDone()
            performLocked(actions)
            lock.unlock()
            try? perform(actions)
            if case .ended(let error) = outcome { endReading(error) }
        }
    }

    /// Waits until the socket has bytes (true) or the wake pipe fires or time passes (false).
    private func waitForBytes(milliseconds: Int32) -> Bool {
        var events = [epoll_event](repeating: epoll_event(), count: 2)
        let ready = epoll_wait(poller, &events, 2, milliseconds)
        if ready <= 0 { return false }
        var socketReady = false
        for event in events[0..<Int(ready)] {
            if event.data.fd == wakeRead {
                var sink = [UInt8](repeating: 0, count: 64)
                while sink.withUnsafeMutableBytes({ read(wakeRead, $0.baseAddress, $0.count) }) > 0 {}
            } else {
                socketReady = true
            }
        }
        return socketReady
    }

    /// Marks reading as over and tells the handler, once.
    private func endReading(_ error: TransportError?) {
        lock.lock()
        let actions = machine.onReadingEnded(error)
        performLocked(actions)
        lock.unlock()
        try? perform(actions)
    }

    // MARK: - One read

    /// Waits up to `waitMilliseconds` (-1: forever) for bytes, reads what is there and delivers
    /// every complete frame. Only the thread that owns reading calls this.
    private func readOnce(waitMilliseconds: Int32) -> ReadOutcome {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, waitMilliseconds)
        if ready < 0 {
            if errno == EINTR { return .idle }
            return .ended(TransportError.systemCall("poll", errno: errno))
        }
        if ready == 0 { return .idle }
        // The rest of a large frame goes straight into its storage; other bytes into the receive buffer.
        let intoFrame = decoder.receiveIntoFrame { free in recv(fd, free.baseAddress, free.count, Int32(MSG_DONTWAIT)) }
        let received = intoFrame ?? recv(fd, receiveBuffer.baseAddress, receiveBuffer.count, Int32(MSG_DONTWAIT))
        if received < 0 {
            if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { return .idle }
            let code = errno
            return .ended(lock.withLock { machine.phase == .closed } ? nil : TransportError.systemCall("recv", errno: code))
        }
        if received == 0 {
            do {
                try decoder.finish()
            } catch {
                return .ended(lock.withLock { machine.phase == .closed } ? nil : .handshake(error))
            }
            return .ended(nil)
        }
        lastReceived.store(MonotonicClock.nanoseconds(), ordering: .relaxed)
        if intoFrame == nil { decoder.append(UnsafeRawBufferPointer(rebasing: receiveBuffer[0..<received])) }
        do {
            while var frame = try decoder.nextFrame() {
                let (sequence, count) = decoder.lastFrame
                if count > 0 {
                    // The descriptors were sent ahead of the frame: they wait in the channel already.
                    guard let descriptors else {
                        return .ended(.protocolViolation("memory segments without a descriptor channel"))
                    }
                    do {
                        try Envelope.attach(try descriptors.receive(sequence: sequence, count: count), to: &frame)
                    } catch let error as TransportError {
                        return .ended(error)
                    }
                }
                if settings.answersHeartbeats { answerHeartbeats(in: &frame) }
                if !frame.isEmpty { handler(self, .messages(frame)) }
                if receiveBuffersReleaseRequested.exchange(false, ordering: .relaxed) { decoder.releaseSpareBuffers() }
            }
        } catch let error as WireError {
            return .ended(.handshake(error))
        } catch {
            return .ended(.closed)
        }
        return .progress
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
