import PXRuntime
import PXSession
import PXWire

/// The tasks a client remembers after they finish, for `rc.get_result`, `rc.result_status`, `rc.db_query` and
/// `rc.purge_results`: the last `capacity` task records and the errors they raised (their values are in
/// ``RecentResults``). ipyparallel asks its controller's database; swiftpx's controller keeps no results, so
/// the client answers for the tasks it submitted itself.
struct TaskStore {
    let capacity: Int
    private var records: [TaskID: TaskRecord] = [:]
    private var errors: [TaskID: RuntimeError] = [:]
    private var order: [TaskID] = []
    private var oldest = 0

    /// - Parameter capacity: the most tasks remembered. Default: 10,000.
    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// Remembers submitted tasks, forgetting the oldest beyond the capacity.
    mutating func add(_ new: [TaskRecord]) {
        for record in new where records.updateValue(record, forKey: record.id) == nil { order.append(record.id) }
        while records.count > capacity, oldest < order.count {
            records[order[oldest]] = nil
            errors[order[oldest]] = nil
            oldest += 1
        }
        if oldest > capacity {
            order.removeFirst(oldest)
            oldest = 0
        }
    }

    /// The record of task `id`, if remembered.
    func record(_ id: TaskID) -> TaskRecord? { records[id] }

    /// Every remembered record, oldest first.
    var all: [TaskRecord] { order[oldest...].compactMap { records[$0] } }

    /// Notes the error task `id` raised.
    mutating func recordError(_ error: RuntimeError, for id: TaskID) {
        if records[id] != nil { errors[id] = error }
    }

    /// The error task `id` raised, if remembered.
    func error(_ id: TaskID) -> RuntimeError? { errors[id] }

    /// Forgets task `id`.
    mutating func remove(_ id: TaskID) {
        records[id] = nil
        errors[id] = nil
    }
}

extension TaskID {
    /// Parses a msg_id as swiftpx writes it (`client:sequence`, `"1:42"`).
    init?(text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let client = UInt32(parts[0]), let sequence = UInt64(parts[1]) else { return nil }
        self.init(client: ClientID(rawValue: client), sequence: sequence)
    }
}
