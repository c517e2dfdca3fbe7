#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Frees nested containers with bounded native stack, as CPython's "trashcan" does.
///
/// Releasing the last reference to a list that holds a list that holds a list … frees them recursively, one
/// native call chain per level, so a structure nested a few million deep (a linked list of instances, a
/// nested dict) would overflow the stack. Containers release their contents through `release(now:later:)`:
/// below `nestingLimit` levels it frees them at once; deeper, it queues them, and the outermost release on
/// the thread frees the queue in a loop.
enum DeferredRelease {
    /// How many container releases may nest on one thread before contents are queued.
    static let nestingLimit = 200

    /// Frees a container's contents: `now` frees them in place; `later` moves them out (the container left
    /// empty) and returns them, to be freed by the outermost release of this thread.
    @inline(__always)
    static func release(now: () -> Void, later: () -> Any) {
        let state = ThreadState.current
        if state.depth >= nestingLimit {
            state.pending.append(later())
            return
        }
        state.depth += 1
        now()
        if state.depth == 1 {
            while let next = state.pending.popLast() { _ = consume next }
        }
        state.depth -= 1
    }

    /// One thread's nesting depth and queued contents.
    private final class ThreadState {
        var depth = 0
        var pending: [Any] = []

        private static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key) { raw in
                guard let raw else { return }
                Unmanaged<ThreadState>.fromOpaque(raw).release()
            }
            return key
        }()

        /// The calling thread's state, made on first use.
        static var current: ThreadState {
            if let raw = pthread_getspecific(key) { return Unmanaged<ThreadState>.fromOpaque(raw).takeUnretainedValue() }
            let state = ThreadState()
            pthread_setspecific(key, Unmanaged.passRetained(state).toOpaque())
            return state
        }
    }
}
