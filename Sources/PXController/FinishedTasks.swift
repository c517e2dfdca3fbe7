import DequeModule
import PXWire

/// A bounded memory of finished tasks (where they ran, whether they succeeded), for `after` and
/// `follow` dependencies. The oldest entries are forgotten past the capacity.
struct FinishedTasks: Sendable {
    struct Entry: Hashable, Sendable {
        var engine: EngineID?
        var succeeded: Bool
    }

    private var entries: [TaskID: Entry] = [:]
    private var order = Deque<TaskID>()
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    subscript(task: TaskID) -> Entry? { entries[task] }

    var count: Int { entries.count }

    mutating func insert(_ task: TaskID, engine: EngineID?, succeeded: Bool) {
        guard capacity > 0 else { return }
        if entries.updateValue(Entry(engine: engine, succeeded: succeeded), forKey: task) == nil {
            order.append(task)
        }
        while order.count > capacity, let oldest = order.popFirst() {
            entries[oldest] = nil
        }
    }
}
