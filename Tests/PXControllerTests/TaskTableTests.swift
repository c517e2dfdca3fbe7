import PXWire
import Testing

@testable import PXController

/// The controller's task table: what a queued task costs, and the table's bookkeeping of reused slots.
@Suite struct TaskTableTests {
    static let header = SharedTaskHeader(TaskHeader())

    static func id(_ sequence: Int) -> TaskID { TaskID(client: ClientID(rawValue: 1), sequence: UInt64(sequence)) }

    /// A queued task whose 8 payload bytes all equal its sequence number.
    static func record(_ sequence: Int) -> TaskRecord {
        TaskRecord(id: id(sequence), header: header,
                   payload: Payload([UInt8](repeating: UInt8(truncatingIfNeeded: sequence), count: 8)))
    }

    static func insert(_ sequences: ClosedRange<Int>, into table: inout TaskTable) {
        for sequence in sequences { table[id(sequence)] = record(sequence) }
    }

    @Test func aTaskRecordTakes96Bytes() {
        // With 12 bytes of index and the tables' growth, 10⁶ queued tasks stay below 512 bytes each with their
        // payloads (`swiftpx bench memory`).
        #expect(MemoryLayout<TaskRecord>.stride <= 96)
    }

    @Test func recordsAreFoundReplacedAndRemovedByID() {
        var table = TaskTable()
        Self.insert(1...5, into: &table)
        #expect(table.count == 5)
        let third = Self.id(3)
        var replaced = Self.record(3)
        replaced.retriesUsed = 2
        table[third] = replaced
        #expect(table.count == 5)
        #expect(table[third]?.retriesUsed == 2)
        #expect(table.removeValue(forKey: third)?.retriesUsed == 2)
        #expect(table[third] == nil)
        #expect(table.removeValue(forKey: third) == nil)
        table[Self.id(4)] = nil
        #expect(table.count == 3)
        #expect(table.values.map(\.id.sequence).sorted() == [1, 2, 5])
        #expect(table[Self.id(5)]?.payload == Payload([UInt8](repeating: 5, count: 8)))
    }

    @Test func freedSlotsAreReusedAndAnEmptyTableStartsOver() {
        var table = TaskTable()
        Self.insert(1...1_000, into: &table)
        let capacity = table.capacity
        for sequence in 1...500 { table[Self.id(sequence)] = nil }
        Self.insert(1_001...1_500, into: &table)
        #expect(table.capacity == capacity, "the 500 new records took the 500 freed slots")
        #expect(table.count == 1_000)
        #expect(table.values.map(\.id.sequence).sorted() == Array(501...1_500))
        for sequence in 501...1_500 { table.removeValue(forKey: Self.id(sequence)) }
        #expect(table.isEmpty && table.values.isEmpty)
        table[Self.id(7)] = Self.record(7)
        #expect(table.values.map(\.id.sequence) == [7])
    }
}
