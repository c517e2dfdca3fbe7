import PXTransport
import PXWire

#if canImport(Glibc)
    import Glibc
#endif

extension EngineServer {
    // MARK: - Connecting and reconnecting

    /// Connects, sends `registerEngine` and makes the new link the one in use (with a new output sink).
    /// - Parameter timeout: the longest wait for the connection and handshake.
    /// - Throws: `TransportError` if connecting fails.
    func connect(timeout: Duration) throws(TransportError) -> PeerLink {
        let info = EngineInfo(
            uuid: settings.uuid, host: EngineServer.hostName(), pid: getpid(),
            clock: MonotonicClock.wallClock(), requestedID: settings.requestedID)
        var linkSettings = LinkSettings()
        linkSettings.handshakeTimeout = timeout
        let link = try PeerLink.connect(
            to: settings.address, key: settings.key, role: .engine,
            settings: linkSettings,
            initialMessages: [Envelope(Header(kind: .registerEngine), body: info)]
        ) {
            [weak self] link, event in self?.handle(event, link: link)
        }
        lock.withLock {
            state.link = link
            state.shouldReconnect = false
        }
        let sink = TaskOutputSink(link: link)
        self.sink = sink
        kernel.interpreter.output = sink
        return link
    }

    /// The reader reports the end of `link`. A clean close means the controller is gone, and an engine never
    /// outlives its cluster: exit. An error (the network broke) lets the main loop reconnect, if allowed.
    func linkClosed(_ link: PeerLink, error: TransportError?) {
        let reconnect: Bool? = lock.withLock {
            guard state.link === link else { return nil }  // an old link, already replaced
            let allowed = error != nil && settings.reconnects && !state.exiting && state.heartbeatLimit != nil
            state.shouldReconnect = allowed
            return allowed
        }
        guard let reconnect else { return }
        if !reconnect { exit(0) }
        // The controller has failed or retried the running task; stop it rather than finish it unseen.
        kernel.interpreter.interrupt.raise(.keyboardInterrupt)
        lock.broadcast()
    }

    /// After `link` closed: tries to connect again, as the same engine (same UUID), until one heartbeat
    /// limit has passed since the break. Work queued from the old link is dropped (the controller failed or
    /// retried it).
    /// - Returns: the new link, or `nil` when the engine should exit.
    func reconnect(after link: PeerLink) -> PeerLink? {
        link.waitUntilClosed(timeout: .seconds(2))
        let (allowed, limit) = lock.withLock { () -> (Bool, Duration?) in
            guard state.shouldReconnect, !state.exiting else { return (false, nil) }
            state.queue.removeAll()
            state.engineID = nil
            return (true, state.heartbeatLimit)
        }
        guard allowed, let limit else { return nil }
        let deadline =
            MonotonicClock.nanoseconds() &+ UInt64(limit.components.seconds) * 1_000_000_000
            &+ UInt64(limit.components.attoseconds / 1_000_000_000)
        while true {
            let now = MonotonicClock.nanoseconds()
            guard now < deadline, !lock.withLock({ state.exiting }) else { return nil }
            let remaining = Duration.nanoseconds(Int64(deadline - now))
            // At most a second per attempt: the kernel resends a lost SYN only after a second, then after three
            // more, so a fresh attempt finds a link that came back sooner.
            if let link = try? connect(timeout: min(remaining, .seconds(1))) { return link }
            // Wait a little before the next attempt (connecting fails at once while there is no route).
            let retry = MonotonicClock.nanoseconds() &+ 250_000_000
            lock.withLock { _ = lock.wait(untilMonotonic: min(retry, deadline)) }
        }
    }
}
