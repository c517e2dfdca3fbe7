import PXRuntime

/// The most recent results a client read, by msg_id (`rc.results`). ipyparallel keeps every result, which
/// makes long sessions grow without end; this keeps the last `capacity`.
struct RecentResults {
    let capacity: Int
    private var values: [String: Value] = [:]
    private var order: [String] = []
    private var oldest = 0

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    mutating func record(_ value: Value, for id: String) {
        if values.updateValue(value, forKey: id) == nil { order.append(id) }
        while values.count > capacity, oldest < order.count {
            values[order[oldest]] = nil
            oldest += 1
        }
        if oldest > capacity {
            order.removeFirst(oldest)
            oldest = 0
        }
    }

    /// The results, oldest first.
    var entries: [(id: String, value: Value)] {
        order[oldest...].compactMap { id in values[id].map { (id, $0) } }
    }
}
