import CLinux
import PXWire

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
        lock.lock()
        if let reader = ownerThread, pthread_equal(reader, pthread_self()) != 0 {
            // Called from the handler, on the reading thread: reading further here would nest.
            lock.unlock()
            return condition()
        }
        foregroundWaiting += 1
        while owner != .none && !readingEnded {
            if !lock.wait(untilMonotonic: deadline) && owner != .none {
                foregroundWaiting -= 1
                lock.unlock()
                lock.broadcast()
                return condition()
            }
        }
        guard !readingEnded else {
            foregroundWaiting -= 1
            lock.unlock()
            lock.broadcast()
            return condition()
        }
        owner = .foreground
        ownerThread = pthread_self()
        SocketCalls.watch(poller, socket: fd, false)
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
        owner = .none
        ownerThread = nil
        foregroundWaiting -= 1
        if foregroundWaiting == 0 && !readingEnded { SocketCalls.watch(poller, socket: fd, true) }
        lock.unlock()
        lock.broadcast()
        if let ending { endReading(ending) }
        return condition()
    }

    // MARK: - The background reader

    /// Reads whenever no caller is pumping; exits when the connection ends. It waits for bytes
    /// without owning the socket and takes ownership only to read them, unless a caller has started
    /// pumping meanwhile (that caller then reads them). While a caller pumps, the socket is out of
    /// its epoll set: it sleeps until the caller is done, a timeout or the wake pipe.
    func backgroundLoop() {
        while true {
            lock.lock()
            if readingEnded {
                readerFinished = true
                releaseDescriptorIfIdleLocked()
                lock.unlock()
                lock.broadcast()
                return
            }
            let limit = idleLimit
            let held = heldSince
            lock.unlock()
            var wait: Int32 = -1
            if let held {
                let holdLimit = Self.nanoseconds(settings.holdLimit)
                let waited = MonotonicClock.nanoseconds() &- held
                if waited >= holdLimit {
                    try? flush()
                    continue
                }
                wait = Int32(clamping: max(1, (holdLimit - waited + 999_999) / 1_000_000))
            }
            if limit > 0 {
                let silent = MonotonicClock.nanoseconds() &- lastReceived
                if silent >= limit {
                    endReading(
                        TransportError.timedOut(
                            "a message from the controller (silent for \(Duration.nanoseconds(Int64(silent))))"))
                    continue
                }
                let untilSilent = Int32(clamping: max(1, (limit - silent) / 1_000_000))
                wait = wait < 0 ? untilSilent : min(wait, untilSilent)
            }
            guard waitForBytes(milliseconds: wait) else { continue }
            lock.lock()
            guard foregroundWaiting == 0, owner == .none, !readingEnded else {
                lock.unlock()
                continue
            }
            owner = .background
            ownerThread = pthread_self()
            lock.unlock()
            let outcome = readOnce(waitMilliseconds: 0)
            lock.lock()
            owner = .none
            ownerThread = nil
            lock.unlock()
            lock.broadcast()
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
        let reported: TransportError?? = lock.withLock {
            markClosedLocked(error)
            readingEnded = true
            wakeBackgroundReaderLocked()  // it exits
            guard !closeDelivered else { return nil }
            closeDelivered = true
            return .some(closeError)
        }
        lock.broadcast()
        if let reported { handler(self, .closed(reported)) }
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
        let received = recv(fd, receiveBuffer.baseAddress, receiveBuffer.count, Int32(MSG_DONTWAIT))
        if received < 0 {
            if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { return .idle }
            return .ended(lock.withLock { isClosed } ? nil : TransportError.systemCall("recv", errno: errno))
        }
        if received == 0 {
            do {
                try decoder.finish()
            } catch {
                return .ended(lock.withLock { isClosed } ? nil : .handshake(error))
            }
            return .ended(nil)
        }
        lastReceived = MonotonicClock.nanoseconds()
        decoder.append(UnsafeRawBufferPointer(rebasing: receiveBuffer[0..<received]))
        do {
            while var frame = try decoder.nextFrame() {
                if settings.answersHeartbeats { answerHeartbeats(in: &frame) }
                if !frame.isEmpty { handler(self, .messages(frame)) }
            }
        } catch {
            return .ended(.handshake(error))
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
