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
    /// The requests of recent tasks, for `rc.resubmit` (see ``keepRequests(_:_:)``).
    private var requests: [TaskID: (payload: Payload, header: TaskHeader)] = [:]
    private var requestOrder: [TaskID] = []
    private var oldestRequest = 0
    /// The most requests kept for `rc.resubmit`.
    static let requestCapacity = 1024

    /// - Parameter capacity: the most tasks remembered. Default: 10,000.
    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// Remembers submitted tasks, forgetting the oldest beyond the capacity. Only the newest `capacity` of `new`
    /// can stay, so only they are added: the tables never grow beyond twice the capacity, however large the batch
    /// (a table keeps its high-water storage after removals).
    mutating func add(_ new: [TaskRecord]) {
        for record in new.suffix(capacity) where records.updateValue(record, forKey: record.id) == nil {
            order.append(record.id)
        }
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

    /// Keeps what was sent for tasks, so that `rc.resubmit` can send it again: the requests of the last
    /// ``requestCapacity`` tasks, each under 1 MiB and without memory segments (larger payloads are not held,
    /// so the client reuses their buffers; ipyparallel's controller database also keeps a bounded number), each in
    /// memory of its own.
    mutating func keepRequests(_ ids: [TaskID], _ sent: [(payload: Payload, header: TaskHeader)]) {
        // Only the newest kept ones of a batch can stay: the others are not added (so that a burst of a million
        // tasks neither holds a million payloads nor grows the table for them).
        var newest: [Int] = []
        var index = min(ids.count, sent.count)
        while index > 0, newest.count < Self.requestCapacity {
            index -= 1
            let payload = sent[index].payload
            if payload.segments.isEmpty && payload.count < SpareBuffer.minimumSize { newest.append(index) }
        }
        for index in newest.reversed() {
            // A copy of the bytes: a payload may share the buffer of a whole submission (`EncodedRequests`).
            let request = (payload: Payload(Array(sent[index].payload.bytes)), header: sent[index].header)
            if requests.updateValue(request, forKey: ids[index]) == nil { requestOrder.append(ids[index]) }
        }
        while requests.count > Self.requestCapacity, oldestRequest < requestOrder.count {
            requests[requestOrder[oldestRequest]] = nil
            oldestRequest += 1
        }
        if oldestRequest > Self.requestCapacity {
            requestOrder.removeFirst(oldestRequest)
            oldestRequest = 0
        }
    }

    /// What was sent for task `id`, if still kept.
    func request(_ id: TaskID) -> (payload: Payload, header: TaskHeader)? { requests[id] }

    /// How many requests are kept.
    var keptRequestCount: Int { requests.count }

    /// The most entries the tables can hold without growing (they keep their storage when entries go).
    var tableCapacity: Int { max(records.capacity, errors.capacity, requests.capacity) }

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
        requests[id] = nil
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
