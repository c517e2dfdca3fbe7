import PXSession
import PXWire
import Testing

/// `rc.history` stays small: task IDs kept as runs.
@Suite("Task history")
struct TaskHistoryTests {
    @Test("the history returns every ID in order, however runs are broken")
    func historyOrder() {
        var history = TaskHistory()
        let ids = (1...5).map { TaskID(rawValue: $0) } + [TaskID(rawValue: 100), TaskID(rawValue: 7)]
            + (8...12).map { TaskID(rawValue: $0) }
        history.append(contentsOf: ids.prefix(3))
        history.append(contentsOf: ids.dropFirst(3))
        #expect(Array(history) == ids)
        #expect(history.count == 12)
        #expect(history[5] == TaskID(rawValue: 100))
        #expect(history.last == TaskID(rawValue: 12))
    }

    @Test("a million consecutive IDs are one run")
    func historyIsCompact() {
        var history = TaskHistory()
        history.append(contentsOf: (1...1_000_000).lazy.map { TaskID(rawValue: UInt64($0)) })
        #expect(history.count == 1_000_000)
        #expect(history[999_999] == TaskID(rawValue: 1_000_000))
        #expect(MemoryLayout<TaskHistory>.size < 64)
    }
}
