import NIOCore
import NIOPosix
import PXWire
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A NIO server that accepts authenticated peers on a Unix socket and/or TCP, decodes whole
/// reads into frames and hands them to a ``ServerHub``, and writes everything the hub sends to
/// one connection during one event as a single frame.
///
/// All connections share one event-loop thread, which is also where the hub runs: the hub's
/// state needs no locks, and messages pay no per-message pipeline or `await` cost.
///
/// `@unchecked Sendable`: the stored properties are immutable after `start`; the hub and the
/// per-connection state are only touched on the event loop (through `NIOLoopBound`).
public final class FramedServer<Hub: ServerHub>: @unchecked Sendable {
    /// The Unix socket path, if listening on one.
    public let unixSocketPath: String?
    /// The TCP port actually bound, if listening on TCP.
    public let tcpPort: Int?
    /// The TCP host, if listening on TCP.
    public let tcpHost: String?

    private let group: MultiThreadedEventLoopGroup
    private let loop: any EventLoop
    private let core: NIOLoopBound<ServerCore<Hub>>
    private let listeners: [any Channel]
    private let stopped: EventLoopPromise<Void>
    private let ticker: RepeatedTask
    /// Set once ``stop()`` begins: later calls fail with ``TransportError/closed`` without touching the event loop
    /// (NIO reports every task scheduled on a loop that has shut down).
    private let isStopping = Atomic<Bool>(false)

    private init(
        group: MultiThreadedEventLoopGroup, loop: any EventLoop, core: NIOLoopBound<ServerCore<Hub>>,
        listeners: [any Channel], stopped: EventLoopPromise<Void>, ticker: RepeatedTask,
        unixSocketPath: String?, tcpHost: String?, tcpPort: Int?
    ) {
        self.group = group
        self.loop = loop
        self.core = core
        self.listeners = listeners
        self.stopped = stopped
        self.ticker = ticker
        self.unixSocketPath = unixSocketPath
        self.tcpHost = tcpHost
        self.tcpPort = tcpPort
    }

    /// The addresses peers can connect to (Unix first).
    public var addresses: [PeerAddress] {
        var result: [PeerAddress] = []
        if let unixSocketPath { result.append(.unix(path: unixSocketPath)) }
        if let tcpHost, let tcpPort { result.append(.tcp(host: tcpHost, port: tcpPort)) }
        return result
    }

    /// Binds the listeners and starts serving.
    /// - Parameters:
    ///   - settings: where to listen and limits.
    ///   - key: the cluster key peers must prove.
    ///   - makeHub: creates the hub, on the server's thread.
    /// - Returns: the running server.
    /// - Throws: ``TransportError`` if the settings are invalid or binding fails.
    public static func start(
        settings: ServerSettings,
        key: ClusterKey,
        makeHub: @escaping @Sendable () -> Hub
    ) async throws(TransportError) -> FramedServer<Hub> {
        try settings.validate()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let loop = group.next()
        let stopped = loop.makePromise(of: Void.self)
        let relay = settings.unixSocketPath.flatMap { DescriptorRelay.start(path: DescriptorRelay.path(forSocket: $0)) }
        do {
            let core = try await loop.submit {
                let stopBox = NIOLoopBound(stopped, eventLoop: loop)
                return NIOLoopBound(
                    ServerCore(hub: makeHub(), settings: settings, relay: relay) { stopBox.value.succeed(()) },
                    eventLoop: loop
                )
            }.get()
            var listeners: [any Channel] = []
            var boundPort: Int?
            do {
                if let path = settings.unixSocketPath {
                    let channel = try await bootstrap(group: group, core: core, key: key, tcp: false)
                        .bind(unixDomainSocketPath: path, cleanupExistingSocketFile: true).get()
                    listeners.append(channel)
                    chmod(path, 0o600)
                }
                if let host = settings.tcpHost {
                    let channel = try await bootstrap(group: group, core: core, key: key, tcp: true)
                        .bind(host: host, port: settings.tcpPort).get()
                    listeners.append(channel)
                    boundPort = channel.localAddress?.port
                }
            } catch {
                for listener in listeners { try? await listener.close() }
                throw error
            }
            let ticker = loop.scheduleRepeatedTask(
                initialDelay: timeAmount(settings.tickInterval), delay: timeAmount(settings.tickInterval)
            ) { _ in core.value.tick() }
            return FramedServer(
                group: group, loop: loop, core: core, listeners: listeners, stopped: stopped, ticker: ticker,
                unixSocketPath: settings.unixSocketPath, tcpHost: settings.tcpHost, tcpPort: boundPort
            )
        } catch let error as TransportError {
            relay?.stop()
            try? await group.shutdownGracefully()
            throw error
        } catch {
            relay?.stop()
            try? await group.shutdownGracefully()
            throw TransportError.invalidAddress("cannot listen: \(error)")
        }
    }

    private static func bootstrap(
        group: MultiThreadedEventLoopGroup, core: NIOLoopBound<ServerCore<Hub>>, key: ClusterKey, tcp: Bool
    ) -> ServerBootstrap {
        var bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 16)
            .childChannelOption(.writeBufferWaterMark, value: ChannelOptions.Types.WriteBufferWaterMark(low: 1 << 19, high: 1 << 20))
            .childChannelOption(
                .recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 1024, initial: 65_536, maximum: 1 << 20)
            )
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        ConnectionHandler(core: core.value, key: key, isLocal: !tcp))
                }
            }
        if tcp {
            bootstrap = bootstrap.childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
        }
        return bootstrap
    }

    private static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// Runs `body` on the server's thread with the hub, then writes whatever it sent.
    /// - Parameter body: reads or changes the hub.
    /// - Returns: what `body` returns.
    /// - Throws: ``TransportError/closed`` if the server has stopped.
    public func withHub<T: Sendable>(_ body: @escaping @Sendable (Hub, ServerIO) -> T) async throws(TransportError) -> T
    {
        let core = self.core
        if isStopping.load(ordering: .acquiring) { throw TransportError.closed }
        do {
            return try await loop.submit {
                let value = core.value
                let result = body(value.hub, value.io)
                value.io.flush()
                return result
            }.get()
        } catch {
            throw TransportError.closed
        }
    }

    /// Waits until the hub asks the server to stop (``ServerIO/stopServer()``) or ``stop()`` is called.
    public func waitUntilStopRequested() async {
        try? await stopped.futureResult.get()
    }

    /// Closes the listeners and every connection, and stops the thread. Idempotent.
    public func stop() async {
        guard !isStopping.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let core = self.core
        let stopped = self.stopped
        let ticker = self.ticker
        try? await loop.submit {
            ticker.cancel()
            core.value.relay?.stop()
            core.value.io.closeAll()
            stopped.succeed(())
        }.get()
        for listener in listeners { try? await listener.close() }
        try? await group.shutdownGracefully()
        if let unixSocketPath { unlink(unixSocketPath) }
    }
}
