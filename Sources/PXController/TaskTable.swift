import PXWire

/// The controller's unfinished tasks by ID: the records in one contiguous array whose free slots are reused, and
/// an index from task ID to slot.
///
/// A dictionary of records keeps its buckets at most three quarters full and each bucket holds a whole record,
/// so a million queued tasks took over 250 bytes each for the table alone; here a task costs its record (96
/// bytes) plus 12 bytes of index, in tables that grow by doubling.
struct TaskTable: Sendable {
    private var slots: [TaskRecord?] = []
    private var freeSlots: [UInt32] = []
    private var index: [TaskID: UInt32] = [:]

    /// The number of tasks.
    var count: Int { index.count }

    /// Whether there is no task.
    var isEmpty: Bool { index.isEmpty }

    /// How many records the table has room for without growing.
    var capacity: Int { slots.capacity }

    /// Every task's record, in no particular order.
    var values: [TaskRecord] { slots.compactMap { $0 } }

    /// The record of task `id`; setting `nil` forgets it.
    subscript(id: TaskID) -> TaskRecord? {
        get { index[id].flatMap { slots[Int($0)] } }
        set {
            guard let newValue else {
                removeValue(forKey: id)
                return
            }
            if let slot = index[id] {
                slots[Int(slot)] = newValue
            } else if let slot = freeSlots.popLast() {
                slots[Int(slot)] = newValue
                index[id] = slot
            } else {
                index[id] = UInt32(truncatingIfNeeded: slots.count)
                slots.append(newValue)
            }
        }
    }

    /// Forgets task `id`.
    /// - Returns: its record, if it was there.
    @discardableResult
    mutating func removeValue(forKey id: TaskID) -> TaskRecord? {
        guard let slot = index.removeValue(forKey: id) else { return nil }
        let record = slots[Int(slot)]
        slots[Int(slot)] = nil
        if index.isEmpty {
            slots.removeAll(keepingCapacity: true)
            freeSlots.removeAll(keepingCapacity: true)
        } else {
            freeSlots.append(slot)
        }
        return record
    }
}
