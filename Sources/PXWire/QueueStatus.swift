/// Queue lengths (`queueStatusReply` body), as ipyparallel's `queue_status()` reports them.
public struct QueueStatus: ControlBody {
    /// One row per engine asked about, in ID order.
    public var engines: [Entry]
    /// Load-balanced tasks not yet assigned to an engine (waiting for an engine or dependencies).
    public var unassigned: UInt64

    /// Creates a status.
    /// - Parameters:
    ///   - engines: the per-engine rows.
    ///   - unassigned: the unassigned load-balanced task count.
    public init(engines: [Entry], unassigned: UInt64) {
        self.engines = engines
        self.unassigned = unassigned
    }

    /// One engine's counts.
    public struct Entry: Hashable, Sendable {
        /// The engine.
        public var engine: EngineID
        /// Direct tasks submitted to it and not yet finished (queued or running).
        public var queue: UInt64
        /// Load-balanced tasks assigned to it and not yet finished.
        public var tasks: UInt64
        /// Tasks it has finished.
        public var completed: UInt64

        /// Creates a row.
        public init(engine: EngineID, queue: UInt64, tasks: UInt64, completed: UInt64) {
            self.engine = engine
            self.queue = queue
            self.tasks = tasks
            self.completed = completed
        }
    }

    /// Appends the encoding: unassigned u64, count u32, then per engine id u32, queue, tasks, completed u64.
    public func encode(into writer: inout ByteWriter) {
        writer.write(unassigned)
        writer.write(UInt32(engines.count))
        for entry in engines {
            writer.write(entry.engine.rawValue)
            writer.write(entry.queue)
            writer.write(entry.tasks)
            writer.write(entry.completed)
        }
    }

    /// Reads the encoding.
    public init(from reader: inout ByteReader) throws(WireError) {
        unassigned = try reader.readUInt64()
        let count = try reader.readCount(itemSize: 28)
        var engines: [Entry] = []
        engines.reserveCapacity(count)
        for _ in 0..<count {
            engines.append(
                Entry(
                    engine: EngineID(rawValue: try reader.readUInt32()),
                    queue: try reader.readUInt64(),
                    tasks: try reader.readUInt64(),
                    completed: try reader.readUInt64()
                )
            )
        }
        self.engines = engines
    }
}
