@preconcurrency import Glibc

/// Polling with a deadline: tests wait for conditions, never for fixed times.
enum Deadline {
    /// Checks `condition` every 20 ms until it holds or `timeout` seconds pass.
    /// - Returns: whether it held.
    static func poll(timeout: Double, _ condition: () -> Bool) -> Bool {
        let end = now() + timeout
        while true {
            if condition() { return true }
            if now() >= end { return false }
            pause(0.02)
        }
    }

    /// Monotonic seconds.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Blocks the calling thread for `seconds`.
    static func pause(_ seconds: Double) {
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}
