import PXWire

/// Fixed keys and one sample message of every kind, shared by the wire tests.
enum Samples {
    static let key = SessionKey(bytes: Array(repeating: 7, count: 32))
    static let otherKey = SessionKey(bytes: Array(repeating: 8, count: 32))
    static let client = ClientID(rawValue: 3)

    static func task(_ sequence: UInt64) -> TaskID { TaskID(client: client, sequence: sequence) }

    static let record = EngineRecord(
        id: EngineID(1), state: .registered, host: "node-1", pid: 4242, uuid: "u-1", clockOffsetNanoseconds: -1234
    )

    /// One envelope per message kind, with non-trivial fields.
    static var everyKind: [Envelope] {
        MessageKind.allCases.map { kind in
            let header = Header(kind: kind, flags: [.failed], engine: EngineID(2), client: client, task: task(9))
            switch kind {
            case .registerEngine:
                return Envelope(
                    header, body: EngineInfo(uuid: "abc", host: "h", pid: 12, clock: Timestamp(rawValue: 99)))
            case .registerEngineReply:
                return Envelope(header, body: EngineWelcome(heartbeatPeriod: .seconds(1), heartbeatMisses: 5))
            case .registerClientReply:
                return Envelope(header, body: EngineTable(engines: [record, record], schemeName: "leastload"))
            case .engineStatus:
                return Envelope(header, body: record)
            case .submitTask:
                let taskHeader = TaskHeader(
                    target: nil, allowed: [EngineID(0), EngineID(3)], retries: 2, timeout: .milliseconds(1500),
                    after: [task(1), task(2)], follow: [task(5)], itemCount: 100, flags: [.anyDependency]
                )
                return Envelope(header, taskHeader: taskHeader, payload: [1, 2, 3, 4, 5])
            case .taskReply:
                let times = TaskTimes(started: Timestamp(rawValue: 1_000), completed: Timestamp(rawValue: 2_000))
                return Envelope(header, times: times, payload: [9, 8, 7])
            case .taskFailed:
                return Envelope(
                    header, body: TaskFailure(reason: .engineDied, message: "Engine 2 died while running task '3:9'"))
            case .abortTasks, .interruptTasks:
                return Envelope(header, body: TaskIDList([task(1), task(4)]))
            case .heartbeat, .heartbeatReply:
                return Envelope(
                    header, body: HeartbeatStamp(sent: Timestamp(rawValue: 5), engineClock: Timestamp(rawValue: 6)))
            case .queueStatusReply:
                let entry = QueueStatus.Entry(engine: EngineID(0), queue: 1, tasks: 2, completed: 3)
                return Envelope(header, body: QueueStatus(engines: [entry], unassigned: 4))
            case .taskOutput:
                return Envelope(header, payload: Payload(utf8: "héllo\n"))
            default:
                return Envelope(header, payload: [0xFF, 0x00])
            }
        }
    }

    /// Encodes `envelopes` as one frame (or more, if they exceed `maximumFrameSize`).
    static func frame(_ envelopes: [Envelope], key: SessionKey = key, maximumFrameSize: Int = 1 << 30) throws -> [UInt8]
    {
        var encoder = FrameEncoder(key: key, maximumFrameSize: maximumFrameSize)
        try encoder.append(contentsOf: envelopes)
        return encoder.takePendingBytes()
    }

    /// Decodes `bytes` with a fresh decoder fed in chunks of the sizes `nextSize` returns, then checks that the
    /// stream ended at a frame boundary.
    static func decodeInChunks(_ bytes: [UInt8], nextSize: () -> Int) throws -> [Envelope] {
        var decoder = FrameDecoder(key: key)
        var result: [Envelope] = []
        var index = 0
        while index < bytes.count {
            let end = min(bytes.count, index + nextSize())
            bytes[index..<end].withUnsafeBytes { decoder.append($0) }
            index = end
            while let frame = try decoder.nextFrame() { result += frame }
        }
        try decoder.finish()
        return result
    }

    /// Decodes every complete frame in `bytes` with a fresh decoder.
    static func decodeAll(_ bytes: [UInt8], key: SessionKey = key, maximumFrameSize: Int = 1 << 30) throws -> [Envelope]
    {
        var decoder = FrameDecoder(key: key, maximumFrameSize: maximumFrameSize)
        decoder.append(contentsOf: bytes)
        var result: [Envelope] = []
        while let frame = try decoder.nextFrame() { result += frame }
        try decoder.finish()
        return result
    }
}

/// A deterministic generator so random-chunk tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
