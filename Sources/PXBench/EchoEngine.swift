import PXTransport
import PXWire

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A stand-in engine for benchmarks and tests: it registers, and answers every `runTask` with a
/// `taskReply` echoing the payload (stamped started = completed = now), from its reader thread.
/// Every other message is kept in ``received``.
final class EchoEngine: Sendable {
    let link: PeerLink
    let id: EngineID
    /// Messages other than `runTask` (and the registration reply), in arrival order.
    let received: Mailbox<Envelope>
    /// Filled once when the link closes.
    let closed: Mailbox<TransportError?>

    private init(link: PeerLink, id: EngineID, received: Mailbox<Envelope>, closed: Mailbox<TransportError?>) {
        self.link = link
        self.id = id
        self.received = received
        self.closed = closed
    }

    /// Connects, registers and waits for the engine ID.
    /// - Parameters:
    ///   - address: the controller.
    ///   - key: the cluster key.
    ///   - uuid: the engine's identity. Default: random.
    ///   - answersTasks: `false` makes a silent engine that swallows tasks. Default: `true`.
    ///   - timeout: how long to wait for registration. Default: 10 s.
    static func start(
        address: PeerAddress, key: ClusterKey, uuid: String? = nil, answersTasks: Bool = true,
        timeout: Duration = .seconds(10)
    ) throws(TransportError) -> EchoEngine {
        let registered = Mailbox<EngineID>()
        let received = Mailbox<Envelope>()
        let closed = Mailbox<TransportError?>()
        let link = try PeerLink.connect(to: address, key: key, role: .engine) { link, event in
            switch event {
            case .messages(let envelopes):
                var replies: [Envelope] = []
                for envelope in envelopes {
                    switch envelope.kind {
                    case .runTask where answersTasks:
                        let now = MonotonicClock.wallClock()
                        var header = envelope.header
                        header.kind = .taskReply
                        replies.append(
                            Envelope(header, times: TaskTimes(started: now, completed: now), payload: envelope.payload))
                    case .registerEngineReply:
                        if let engine = envelope.header.engine { registered.put(engine) }
                    default:
                        received.put(envelope)
                    }
                }
                if !replies.isEmpty { try? link.send(contentsOf: replies) }
            case .closed(let error):
                closed.put(error)
                registered.close()
            }
        }
        let info = EngineInfo(
            uuid: uuid ?? ClusterKey.random().hex, host: "localhost", pid: getpid(), clock: MonotonicClock.wallClock()
        )
        try link.send(Envelope(Header(kind: .registerEngine), body: info))
        guard let id = registered.take(timeout: timeout) else {
            link.close()
            throw TransportError.timedOut("engine registration")
        }
        return EchoEngine(link: link, id: id, received: received, closed: closed)
    }
}
