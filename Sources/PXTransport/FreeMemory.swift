import CAllocator
import CLinux

/// Returning freed heap memory to the system.
///
/// glibc gives back only the free memory at the top of its heaps on its own; what a burst of tasks freed below
/// live blocks stays resident until `malloc_trim`, which releases every free page. A burst's memory is freed in
/// several steps (the task table when it drains, then the buffers still being written, the records and results a
/// caller drops later), so ``returnToSystemSoon()`` trims once the frees have settled.
///
/// `malloc_trim` shrinks the top of the main arena only, so every thread of a process that links this module
/// allocates from it (``arenaLimit``, set before `main` by the `CAllocator` target).
public enum FreeMemory {
    /// The most malloc arenas this process's threads allocate from: 1 on glibc (0 elsewhere).
    public static var arenaLimit: Int { Int(px_malloc_arena_limit()) }

    /// Task tables with room for this many entries or more are replaced by empty ones when they drain.
    public static let compactionCapacity = 4_096

    /// How long ``returnToSystemSoon()`` waits after the last request before trimming: 150 ms.
    public static let settleNanoseconds: UInt64 = 150_000_000

    /// Asks the allocator to give its free pages back to the system now (glibc's `malloc_trim`).
    public static func returnToSystem() {
        #if os(Linux)
            _ = malloc_trim(0)
        #endif
    }

    /// Gives free pages back to the system once no request has come for ``settleNanoseconds``, on a thread of its
    /// own (started on the first request): for the end of a burst, so that what is freed just after the request
    /// goes back too. Cheap to call often: requests close together make one trim.
    public static func returnToSystemSoon() {
        DeferredTrim.shared.request()
    }

    /// How many times a deferred trim has run in this process (for tests).
    public static var deferredTrimCount: Int { DeferredTrim.shared.completed }

    /// What the allocator holds now: the bytes handed out (`inUse`) and the free bytes it keeps (`free`, resident
    /// or not), from glibc's `mallinfo2`; zeros elsewhere.
    public static var heap: (inUse: Int, free: Int) {
        #if os(Linux)
            let info = mallinfo2()
            return (Int(info.uordblks) + Int(info.hblkhd), Int(info.fordblks))
        #else
            return (0, 0)
        #endif
    }
}

/// The thread behind ``FreeMemory/returnToSystemSoon()``: waits until the latest request is
/// ``FreeMemory/settleNanoseconds`` old, then trims.
///
/// `@unchecked Sendable`: every field is guarded by `lock`.
private final class DeferredTrim: @unchecked Sendable {
    static let shared = DeferredTrim()

    private let lock = ConditionLock()
    private var due: UInt64?
    private var started = false
    private var trims = 0

    var completed: Int { lock.withLock { trims } }

    func request() {
        lock.lock()
        due = MonotonicClock.nanoseconds() &+ FreeMemory.settleNanoseconds
        let start = !started
        started = true
        lock.unlock()
        lock.broadcast()
        guard start else { return }
        do {
            try PosixThread.spawn { [self] in run() }
        } catch {
            // No thread: trim now instead.
            lock.withLock { started = false }
            FreeMemory.returnToSystem()
        }
    }

    private func run() {
        lock.lock()
        while true {
            guard let deadline = due else {
                lock.wait(untilMonotonic: nil)
                continue
            }
            if MonotonicClock.nanoseconds() < deadline {
                lock.wait(untilMonotonic: deadline)
                continue
            }
            due = nil
            lock.unlock()
            FreeMemory.returnToSystem()
            lock.lock()
            trims += 1
        }
    }
}
