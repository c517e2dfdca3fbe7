import PXController
import PXWire
import Synchronization
import Testing

@testable import PXBench
@testable import PXTransport

#if canImport(Glibc)
    import Glibc
#endif

/// Over TCP every byte is authenticated: a large payload travels with its AES-GMAC tag (protocol 1.4), so a byte
/// changed in flight between the controller and an engine makes the engine refuse the frame, and the altered
/// payload never reaches a program.
@Suite(.timeLimit(.minutes(1))) struct TamperedStreamTests {
    private let payload = Payload((0..<1_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })

    /// Runs one task through an engine that reaches the controller over TCP through a relay, which flips one
    /// byte of the controller's stream at `flipAt` (counted from the first byte after the handshake) if set.
    private func run(flipAt: Int?) async throws -> (engineError: TransportError?, replies: [Envelope]) {
        let server = try await startController(tcp: true)
        defer { Task { await server.stop() } }
        guard let tcp = server.addresses.first(where: { if case .tcp = $0 { true } else { false } }) else {
            throw TransportError.invalidAddress("the controller has no TCP address")
        }
        let relay = try TamperingRelay(to: tcp, flipAt: flipAt)
        let engine = try EchoEngine.start(address: relay.address, key: server.key)
        let client = try BenchmarkClient.start(address: server.unixAddress, key: server.key)
        let ids = client.nextTaskIDs(1)
        try client.link.send(contentsOf: client.submissions(ids, header: TaskHeader(target: engine.id), payload: payload))
        let replies = client.collect(1, timeout: .seconds(20))
        let closed = flipAt == nil ? nil : engine.closed.take(timeout: .seconds(10))
        engine.link.close()
        client.link.close()
        return (closed ?? nil, replies)
    }

    @Test func anIntactPayloadArrivesThroughTheRelay() async throws {
        let (_, replies) = try await run(flipAt: nil)
        #expect(replies.first?.kind == .taskReply)
        #expect(replies.first?.payload == payload)
    }

    @Test func aPayloadByteChangedInFlightIsRefusedByTheEngine() async throws {
        let (error, replies) = try await run(flipAt: 500_000)
        #expect(error?.wireError == .badMAC, "\(String(describing: error))")
        #expect(replies.allSatisfy { $0.kind == .taskFailed }, "\(replies.map(\.kind))")
    }
}

/// A TCP relay for one connection that may flip one byte of what the server sends, after the handshake.
private final class TamperingRelay: Sendable {
    let address: PeerAddress
    private let listener: Int32

    init(to server: PeerAddress, flipAt: Int?) throws {
        let fd = socket(AF_INET, SocketCalls.streamType, 0)
        var name = sockaddr_in()
        name.sin_family = sa_family_t(AF_INET)
        name.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &name) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard fd >= 0, listening else { throw TransportError.systemCall("listen", errno: errno) }
        listener = fd
        address = .tcp(host: "127.0.0.1", port: Int(UInt16(bigEndian: name.sin_port)))
        try PosixThread.spawn {
            let peer = accept(fd, nil, nil)
            guard peer >= 0, let upstream = try? SocketCalls.connect(to: server, timeout: .seconds(5)) else { return }
            try? PosixThread.spawn { Self.pump(from: peer, to: upstream, flipAt: nil) }
            // The controller speaks first: its 44-byte hello and 40-byte welcome precede the frames.
            Self.pump(from: upstream, to: peer, flipAt: flipAt.map { $0 + 44 + 40 })
        }
    }

    deinit { close(listener) }

    private static func pump(from source: Int32, to target: Int32, flipAt: Int?) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var passed = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            if let flipAt, flipAt >= passed, flipAt < passed + count { buffer[flipAt - passed] ^= 0x40 }
            passed += count
            guard (try? buffer.withUnsafeBytes({ try SocketCalls.writeAll(target, UnsafeRawBufferPointer(rebasing: $0[0..<count])) })) != nil
            else { break }
        }
        shutdown(target, Int32(SHUT_WR))
        shutdown(source, Int32(SHUT_RD))
    }
}
