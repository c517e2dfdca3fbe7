@testable import PXShell
import Testing

/// What a second Ctrl-C says it did.
@Suite("Interrupt notes")
struct InterruptNoteTests {
    @Test("of the unfinished tasks at most one per engine runs; the rest are queued and go on")
    func honestCounts() {
        #expect(Shell.interruptNote(unfinished: 58, engines: 2)
            == "KeyboardInterrupt sent to 2 running tasks; 56 queued tasks go on (abort() on their AsyncResult drops them)")
        #expect(Shell.interruptNote(unfinished: 1, engines: 4) == "KeyboardInterrupt sent to 1 running task")
        #expect(Shell.interruptNote(unfinished: 3, engines: 2)
            == "KeyboardInterrupt sent to 2 running tasks; 1 queued task goes on (abort() on their AsyncResult drops it)")
    }
}
