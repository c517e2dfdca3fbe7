import Synchronization

/// What the shell thread shares with its Ctrl-C watcher thread. Sendable as checked by the compiler: every field
/// is atomic or behind a mutex.
final class InterruptState: Sendable {
    /// Whether a cell is running (a press then raises `KeyboardInterrupt` in it).
    let isRunning = Atomic<Bool>(false)
    /// The Ctrl-C count at the start of the current cell: a press after it stops a wait.
    let baseline = Atomic<Int>(0)
}
