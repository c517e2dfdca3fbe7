import PXTransport
import PXWire
import Synchronization

/// A minimal client for benchmarks and tests: registers, submits tasks and collects every
/// message it receives in a ``Mailbox`` (one put per frame, so a waiting thread wakes once per frame).
final class BenchmarkClient: Sendable {
    let link: PeerLink
    let id: ClientID
    /// The registration reply's engine table.
    let table: EngineTable
    /// Every message after registration, one array per frame.
    let inbox: Mailbox<[Envelope]>
    private let sequence = Atomic<UInt64>(0)

    private init(link: PeerLink, id: ClientID, table: EngineTable, inbox: Mailbox<[Envelope]>) {
        self.link = link
        self.id = id
        self.table = table
        self.inbox = inbox
    }

    /// Connects and registers.
    static func start(address: PeerAddress, key: ClusterKey, timeout: Duration = .seconds(10)) throws(TransportError)
        -> BenchmarkClient
    {
        let inbox = Mailbox<[Envelope]>()
        let link = try PeerLink.connect(
            to: address, key: key, role: .client, initialMessages: [Envelope(Header(kind: .registerClient))]
        ) { _, event in
            switch event {
            case .messages(let envelopes): inbox.put(envelopes)
            case .closed: inbox.close()
            }
        }
        let deadline = MonotonicClock.deadline(after: timeout) ?? 0
        while true {
            let now = MonotonicClock.nanoseconds()
            guard now < deadline, let frame = inbox.take(timeout: .nanoseconds(Int64(deadline - now))) else {
                link.close()
                throw TransportError.timedOut("client registration")
            }
            if let reply = frame.first(where: { $0.kind == .registerClientReply }), let id = reply.header.client,
                let table = try? EngineTable(decoding: reply)
            {
                let rest = frame.filter { $0.kind != .registerClientReply }
                if !rest.isEmpty { inbox.put(rest) }
                return BenchmarkClient(link: link, id: id, table: table, inbox: inbox)
            }
        }
    }

    /// The next task IDs of this client.
    func nextTaskIDs(_ count: Int) -> [TaskID] {
        let start = sequence.wrappingAdd(UInt64(count), ordering: .relaxed).oldValue
        return (0..<UInt64(count)).map { TaskID(client: id, sequence: start + 1 + $0) }
    }

    /// `submitTask` envelopes for `ids`.
    func submissions(_ ids: [TaskID], header: TaskHeader, payload: Payload) -> [Envelope] {
        ids.map { Envelope(Header(kind: .submitTask, client: id, task: $0), taskHeader: header, payload: payload) }
    }

    /// Waits for messages until `count` of the wanted kinds arrived, reading the socket on this
    /// thread (``PeerLink/pump(until:timeout:)``) so a reply wakes it directly.
    /// - Returns: those messages, or fewer on timeout.
    func collect(_ count: Int, kinds: Set<MessageKind> = [.taskReply, .taskFailed], timeout: Duration) -> [Envelope] {
        let deadline = MonotonicClock.deadline(after: timeout) ?? 0
        var result: [Envelope] = []
        result.reserveCapacity(count)
        let inbox = self.inbox
        while result.count < count {
            for frame in inbox.takeAll() {
                for envelope in frame where kinds.contains(envelope.kind) { result.append(envelope) }
            }
            if result.count >= count { break }
            let now = MonotonicClock.nanoseconds()
            guard now < deadline, !inbox.isClosedForPut || inbox.count > 0 else { break }
            link.pump(until: { inbox.count > 0 || inbox.isClosedForPut }, timeout: .nanoseconds(Int64(deadline - now)))
        }
        return result
    }
}
