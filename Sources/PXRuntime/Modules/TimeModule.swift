#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `time` module. `sleep` wakes up when the program is interrupted.
enum TimeModule {
    static func clock(_ id: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func nanoseconds(_ id: clockid_t) -> Int {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Int(ts.tv_sec) * 1_000_000_000 + Int(ts.tv_nsec)
    }

    static func install(into r: Registry) {
        r.declareModule("time", doc: "This module provides various functions to manipulate time values.")
        r.register("time.time", doc: "Return the current time in seconds since the Epoch.") { clock(CLOCK_REALTIME) }
        r.register("time.time_ns", doc: "Return the current time in nanoseconds since the Epoch.") {
            nanoseconds(CLOCK_REALTIME)
        }
        r.register("time.perf_counter", doc: "Performance counter for benchmarking.") { clock(CLOCK_MONOTONIC) }
        r.register("time.perf_counter_ns", doc: "Performance counter for benchmarking as nanoseconds.") {
            nanoseconds(CLOCK_MONOTONIC)
        }
        r.register("time.monotonic", doc: "Monotonic clock, cannot go backward.") { clock(CLOCK_MONOTONIC) }
        r.register("time.process_time", doc: "Process time for profiling: sum of the kernel and user-space CPU time.") {
            clock(CLOCK_PROCESS_CPUTIME_ID)
        }
        r.registerUnary("time.sleep", doc: "Delay execution for a given number of seconds.", parameter: "secs") { v, vm in
            let seconds = try MathModule.real(v)
            if seconds < 0 { throw RuntimeError.valueError("sleep length must be non-negative") }
            try sleep(seconds, vm)
            return .none
        }
    }

    /// Sleeps in short steps so that an interrupt or a time limit wakes the sleeper within a few milliseconds.
    static func sleep(_ seconds: Double, _ vm: Interpreter) throws {
        let deadline = clock(CLOCK_MONOTONIC) + seconds
        while true {
            try vm.checkInterrupt()
            let remaining = deadline - clock(CLOCK_MONOTONIC)
            if remaining <= 0 { return }
            let step = min(remaining, 0.005)
            var ts = timespec(tv_sec: Int(step), tv_nsec: Int((step - Double(Int(step))) * 1e9))
            nanosleep(&ts, nil)
        }
    }
}
