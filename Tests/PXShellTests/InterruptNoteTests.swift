import PXSession
@testable import PXShell
import PXWire
import Testing

/// What a second Ctrl-C says it did.
@Suite("Interrupt notes")
struct InterruptNoteTests {
    @Test("of the unfinished tasks at most one per engine runs; the rest are queued and go on")
    func honestCounts() {
        let balanced = InterruptedTasks(targets: Array(repeating: nil, count: 58), liveEngines: 2)
        #expect(balanced == InterruptedTasks(running: 2, queued: 56))
        #expect(Shell.interruptNote(balanced)
            == "KeyboardInterrupt sent to 2 running tasks; 56 queued tasks go on (_.abort() drops them)")
        #expect(Shell.interruptNote(InterruptedTasks(targets: [nil], liveEngines: 4))
            == "KeyboardInterrupt sent to 1 running task")
        #expect(Shell.interruptNote(InterruptedTasks(targets: [nil, nil, nil], liveEngines: 2))
            == "KeyboardInterrupt sent to 2 running tasks; 1 queued task goes on (_.abort() drops it)")
    }

    @Test("tasks sent to one engine count one running task")
    func targetedTasks() {
        let zero = EngineID(rawValue: 0)
        #expect(InterruptedTasks(targets: [zero, zero, zero], liveEngines: 4) == InterruptedTasks(running: 1, queued: 2))
        #expect(InterruptedTasks(targets: [zero, nil, nil], liveEngines: 2) == InterruptedTasks(running: 2, queued: 1))
    }
}
