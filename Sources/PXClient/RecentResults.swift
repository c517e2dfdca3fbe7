import PXRuntime

/// The most recent results a client read, by msg_id (`rc.results`). ipyparallel keeps every result, which
/// makes long sessions grow without end; this keeps the last `capacity` results, and only as many of them as
/// fit in `byteCapacity` (measured by their size on the wire), but always the newest one.
struct RecentResults {
    let capacity: Int
    let byteCapacity: Int
    private var values: [String: (value: Value, byteCount: Int)] = [:]
    private var order: [String] = []
    private var oldest = 0
    private(set) var byteCount = 0

    /// - Parameters:
    ///   - capacity: the most results kept. Default: 10,000.
    ///   - byteCapacity: the most bytes of results kept (by encoded size). Default: 64 MiB.
    init(capacity: Int = 10_000, byteCapacity: Int = 64 << 20) {
        self.capacity = capacity
        self.byteCapacity = byteCapacity
    }

    /// Keeps `value`, the result of task `id`, which arrived as `byteCount` bytes; forgets the oldest results
    /// beyond the capacities.
    mutating func record(_ value: Value, for id: String, byteCount size: Int) {
        if let previous = values.updateValue((value, size), forKey: id) {
            byteCount -= previous.byteCount
        } else {
            order.append(id)
        }
        byteCount += size
        while values.count > 1, values.count > capacity || byteCount > byteCapacity, oldest < order.count {
            if let dropped = values.removeValue(forKey: order[oldest]) { byteCount -= dropped.byteCount }
            oldest += 1
        }
        if oldest > capacity {
            order.removeFirst(oldest)
            oldest = 0
        }
    }

    /// The result of task `id`, if it is still kept.
    func value(for id: String) -> Value? { values[id]?.value }

    /// Forgets the result of task `id`.
    mutating func remove(_ id: String) {
        if let dropped = values.removeValue(forKey: id) { byteCount -= dropped.byteCount }
    }

    /// The results, oldest first.
    var entries: [(id: String, value: Value)] {
        order[oldest...].compactMap { id in values[id].map { (id, $0.value) } }
    }
}
