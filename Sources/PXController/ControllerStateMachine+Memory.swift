import PXTransport

extension ControllerStateMachine {
    /// When no task is left and the task table grew during a burst, replaces the task tables and the engines'
    /// empty queues with empty ones, so that their storage goes back to the allocator.
    /// - Returns: whether anything was released (then it is worth returning free memory to the system).
    mutating func releaseDrainedTables() -> Bool {
        guard tasks.isEmpty, unassigned.isEmpty, dependents.isEmpty, tasks.capacity >= FreeMemory.compactionCapacity else {
            return false
        }
        tasks = TaskTable()
        unassigned = []
        dependents = [:]
        if deadlines.isEmpty { deadlines = .init() }
        for index in engines.indices {
            if engines[index].directQueue.isEmpty { engines[index].directQueue = [] }
            if engines[index].inFlight.isEmpty { engines[index].inFlight = [] }
        }
        return true
    }
}
