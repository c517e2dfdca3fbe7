import PXWire
import Testing

@testable import PXTransport

#if canImport(Glibc)
    import Glibc
#endif

/// `PeerLink.sendHeld`: a held message waits for company and shares a frame with what follows, but never
/// longer than the hold limit or the held-message cap. Checked against a bare socket that records the frames
/// exactly as they arrive.
@Suite(.timeLimit(.minutes(1))) struct HeldSendTests {
    /// Accepts one peer on a Unix socket, does the controller's side of the handshake and records how many
    /// messages each arriving frame carries.
    final class FrameRecorder: @unchecked Sendable {
        // @unchecked Sendable: `listener` and `path` are set once; frames go through the thread-safe mailbox.
        let path: String
        let key = ClusterKey.random()
        let frames = Mailbox<Int>()
        private let listener: Int32

        init() throws {
            path = "/tmp/pxt-held-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
            listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_un()
            try SocketCalls.fill(&address, path: path)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            guard bound == 0, listen(listener, 1) == 0 else { throw TransportError.systemCall("bind", errno: errno) }
            try PosixThread.spawn { [self] in serve() }
        }

        var address: PeerAddress { .unix(path: path) }

        private func serve() {
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { return }
            defer { close(fd) }
            let handshake = ServerHandshake(key: key)
            guard (try? SocketCalls.writeAll(fd, handshake.hello)) != nil,
                let hello = try? SocketCalls.readExactly(fd, count: ServerHandshake.peerHelloSize, what: "hello"),
                case .accepted(_, _, let keys, let reply) = handshake.receive(peerHello: hello),
                (try? SocketCalls.writeAll(fd, reply)) != nil
            else { return }
            var decoder = keys.makeDecoder()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { return }
                buffer.withUnsafeBytes { decoder.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                while let frame = try? decoder.nextFrame() { frames.put(frame.count) }
            }
        }

        deinit {
            close(listener)
            unlink(path)
        }
    }

    private func connect(_ recorder: FrameRecorder, configure: (inout LinkSettings) -> Void) throws -> PeerLink {
        var settings = LinkSettings()
        settings.answersHeartbeats = false
        configure(&settings)
        return try PeerLink.connect(to: recorder.address, key: recorder.key, role: .engine, settings: settings) { _, _ in }
    }

    private func message(_ sequence: UInt64) -> Envelope {
        Envelope(Header(kind: .taskOutput, task: TaskID(client: ClientID(rawValue: 1), sequence: sequence)),
                 payload: Payload(utf8: "line \(sequence)\n"))
    }

    @Test func heldMessagesShareAFrameWithTheNextSend() throws {
        let recorder = try FrameRecorder()
        let link = try connect(recorder) { $0.holdLimit = .seconds(30) }
        defer { link.close() }
        for sequence: UInt64 in 1...3 { try link.sendHeld(message(sequence)) }
        try link.send(message(4))
        #expect(recorder.frames.take(timeout: .seconds(10)) == 4)
    }

    @Test func aHeldMessageWaitsAtMostTheHoldLimit() throws {
        let recorder = try FrameRecorder()
        let link = try connect(recorder) { $0.holdLimit = .milliseconds(300) }
        defer { link.close() }
        try link.sendHeld(message(1))
        #expect(recorder.frames.take(timeout: .milliseconds(50)) == nil, "held, not written at once")
        #expect(recorder.frames.take(timeout: .seconds(10)) == 1, "written by the reader once the limit passed")
    }

    @Test func theHeldMessageCapWritesAtOnce() throws {
        let recorder = try FrameRecorder()
        let link = try connect(recorder) {
            $0.holdLimit = .seconds(30)
            $0.maximumHeldMessages = 5
        }
        defer { link.close() }
        for sequence: UInt64 in 1...5 { try link.sendHeld(message(sequence)) }
        #expect(recorder.frames.take(timeout: .seconds(10)) == 5)
    }

    @Test func closingWithAHeldMessageEndsTheReader() throws {
        let recorder = try FrameRecorder()
        let link = try connect(recorder) { $0.holdLimit = .milliseconds(20) }
        try link.sendHeld(message(1))
        link.close()
        #expect(link.waitUntilClosed(timeout: .seconds(10)), "the background reader finished instead of retrying")
    }

    @Test func aHeldReplyIsWrittenBeforeACleanClose() throws {
        // An engine told to stop closes its link right after holding a reply (more tasks were queued then).
        let recorder = try FrameRecorder()
        let link = try connect(recorder) { $0.holdLimit = .seconds(30) }
        try link.sendHeld(message(1))
        link.close()
        #expect(recorder.frames.take(timeout: .seconds(10)) == 1, "written before the socket shut")
        #expect(link.waitUntilClosed(timeout: .seconds(10)))
        #expect(throws: TransportError.closed) { try link.send(message(2)) }
    }

    @Test func flushWritesWhatIsHeld() throws {
        let recorder = try FrameRecorder()
        let link = try connect(recorder) { $0.holdLimit = .seconds(30) }
        defer { link.close() }
        try link.sendHeld(message(1))
        try link.sendHeld(message(2))
        try link.flush()
        #expect(recorder.frames.take(timeout: .seconds(10)) == 2)
    }
}
