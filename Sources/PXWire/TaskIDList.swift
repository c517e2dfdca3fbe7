/// A list of tasks: the body of `abortTasks` and `interruptTasks` (empty: all of them).
public struct TaskIDList: ControlBody {
    /// The tasks.
    public var tasks: [TaskID]

    /// Creates a list.
    /// - Parameter tasks: the tasks; empty means "all" for abort and interrupt.
    public init(_ tasks: [TaskID]) {
        self.tasks = tasks
    }

    /// Appends the encoding: count u32, then each ID u64.
    public func encode(into writer: inout ByteWriter) {
        writer.write(UInt32(tasks.count))
        for task in tasks { writer.write(task.rawValue) }
    }

    /// Reads the encoding.
    public init(from reader: inout ByteReader) throws(WireError) {
        let count = try reader.readCount(itemSize: 8)
        var tasks: [TaskID] = []
        tasks.reserveCapacity(count)
        for _ in 0..<count { tasks.append(TaskID(rawValue: try reader.readUInt64())) }
        self.tasks = tasks
    }
}
