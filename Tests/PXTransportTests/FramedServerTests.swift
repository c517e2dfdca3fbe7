import PXController
import PXWire
import Testing

@testable import PXBench
@testable import PXTransport

#if canImport(Glibc)
    import Glibc
#endif

/// Raw-socket peers that misbehave, against a real controller.
@Suite(.timeLimit(.minutes(1))) struct FramedServerTests {
    /// Connects a raw socket and completes the handshake with `key`; returns the descriptor and keys.
    private func handshake(_ address: PeerAddress, key: ClusterKey) throws -> (Int32, SessionKeys) {
        let fd = try SocketCalls.connect(to: address, timeout: .seconds(5))
        SocketCalls.setTimeout(fd, option: SO_RCVTIMEO, .seconds(5))
        var peer = PeerHandshake(key: key, role: .client)
        let hello = try peer.receive(
            serverHello: try SocketCalls.readExactly(fd, count: PeerHandshake.serverHelloSize, what: "hello"))
        try SocketCalls.writeAll(fd, hello)
        let header = try SocketCalls.readExactly(fd, count: PeerHandshake.welcomeHeaderSize, what: "welcome")
        let reason = try SocketCalls.readExactly(
            fd, count: PeerHandshake.reasonLength(welcomeHeader: header), what: "reason")
        return (fd, try peer.receive(welcome: header + reason))
    }

    /// Reads until EOF; returns whether the server closed the connection in time.
    private func closedByServer(_ fd: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
        }
    }

    private func stillServes(_ server: ControllerServer, engine: EchoEngine) throws -> Bool {
        let client = try BenchmarkClient.start(address: server.unixAddress, key: server.key)
        defer { client.link.close() }
        let ids = client.nextTaskIDs(1)
        try client.link.send(contentsOf: client.submissions(ids, header: TaskHeader(target: engine.id), payload: [1]))
        return client.collect(1, timeout: .seconds(10)).first?.kind == .taskReply
    }

    @Test func garbageInsteadOfAHelloIsRefused() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let engine = try EchoEngine.start(address: server.unixAddress, key: server.key)
        let fd = try SocketCalls.connect(to: server.unixAddress, timeout: .seconds(5))
        defer { close(fd) }
        SocketCalls.setTimeout(fd, option: SO_RCVTIMEO, .seconds(5))
        _ = try SocketCalls.readExactly(fd, count: PeerHandshake.serverHelloSize, what: "hello")
        try SocketCalls.writeAll(fd, [UInt8](repeating: 0x41, count: 100))
        let header = try SocketCalls.readExactly(fd, count: PeerHandshake.welcomeHeaderSize, what: "welcome")
        #expect(header[4] == HandshakeStatus.badMagic.rawValue)
        _ = try SocketCalls.readExactly(fd, count: PeerHandshake.reasonLength(welcomeHeader: header), what: "reason")
        #expect(closedByServer(fd))
        #expect(try stillServes(server, engine: engine))
    }

    @Test func anOversizeFrameClosesOnlyThatConnection() async throws {
        let server = try await startController(listen: { $0.maximumFrameSize = 4_096 })
        defer { Task { await server.stop() } }
        let engine = try EchoEngine.start(address: server.unixAddress, key: server.key)
        let (fd, _) = try handshake(server.unixAddress, key: server.key)
        defer { close(fd) }
        try SocketCalls.writeAll(fd, [0x00, 0x00, 0x10, 0x00])  // 1 MiB announced
        #expect(closedByServer(fd))
        #expect(try stillServes(server, engine: engine))
    }

    @Test func aFrameWithABadMACClosesOnlyThatConnection() async throws {
        let server = try await startController()
        defer { Task { await server.stop() } }
        let engine = try EchoEngine.start(address: server.unixAddress, key: server.key)
        let (fd, keys) = try handshake(server.unixAddress, key: server.key)
        defer { close(fd) }
        var encoder = FrameEncoder(key: SessionKey(bytes: keys.outbound.bytes.map { $0 ^ 1 }))
        try encoder.append(Envelope(Header(kind: .registerClient)))
        try SocketCalls.writeAll(fd, encoder.takePendingBytes())
        #expect(closedByServer(fd))
        #expect(try stillServes(server, engine: engine))
    }

    @Test func aPeerThatNeverSaysHelloIsDisconnected() async throws {
        let server = try await startController(listen: { $0.handshakeTimeout = .milliseconds(200) })
        defer { Task { await server.stop() } }
        let fd = try SocketCalls.connect(to: server.unixAddress, timeout: .seconds(5))
        defer { close(fd) }
        SocketCalls.setTimeout(fd, option: SO_RCVTIMEO, .seconds(5))
        _ = try SocketCalls.readExactly(fd, count: PeerHandshake.serverHelloSize, what: "hello")
        #expect(closedByServer(fd))
    }

    @Test func invalidSettingsAreRefused() async {
        await #expect(throws: ControllerError.self) {
            _ = try await ControllerServer.start(listen: ServerSettings())
        }
        var long = ServerSettings()
        long.unixSocketPath = "/tmp/" + String(repeating: "x", count: 200)
        #expect(throws: TransportError.self) { try long.validate() }
    }
}
