import Testing

@testable import PXTransport

#if canImport(Glibc)
    import Glibc
#endif

/// Whether `pid` ignores `signal` (read from /proc), polled for up to 5 s.
private func waitUntilIgnoring(_ signal: Int32, pid: Int32) -> Bool {
    let deadline = MonotonicClock.nanoseconds() + 5_000_000_000
    while MonotonicClock.nanoseconds() < deadline {
        let fd = open("/proc/\(pid)/status", O_RDONLY)
        guard fd >= 0 else { return false }
        var bytes = [UInt8](repeating: 0, count: 8_192)
        let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        close(fd)
        let text = String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)
        if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("SigIgn:") }),
            let mask = UInt64(line.dropFirst(7).trimmingPrefix(while: { $0 == "\t" || $0 == " " }), radix: 16),
            mask & (1 << UInt64(signal - 1)) != 0
        {
            return true
        }
        sched_yield()
    }
    return false
}

@Suite(.timeLimit(.minutes(1))) struct ChildProcessTests {
    @Test func exitStatusIsReported() throws {
        let child = try ChildProcess.spawn(executable: "/bin/sh", arguments: ["-c", "exit 3"])
        #expect(child.wait(timeout: .seconds(10)) == .exited(3))
        #expect(child.exitStatus?.description == "exit status 3")
    }

    @Test func theChildHasItsOwnProcessGroup() throws {
        let child = try ChildProcess.spawn(executable: "/bin/sleep", arguments: ["10"])
        #expect(getpgid(child.pid) == child.pid)
        #expect(child.terminate(grace: .seconds(5)) == .signaled(SIGTERM))
    }

    @Test func aSignalDeathNamesTheSignal() throws {
        let done = Mailbox<ProcessExitStatus>()
        let child = try ChildProcess.spawn(executable: "/bin/sleep", arguments: ["10"]) { done.put($0) }
        kill(child.pid, SIGKILL)
        #expect(done.take(timeout: .seconds(10)) == .signaled(SIGKILL))
        #expect(child.exitStatus?.description == "killed by signal 9 (SIGKILL)")
    }

    @Test func terminateAllLeavesNothingBehind() throws {
        // A shell that ignores SIGTERM needs the SIGKILL after the grace period; its own child goes with the group.
        let stubborn = try ChildProcess.spawn(
            executable: "/bin/sh", arguments: ["-c", "trap '' TERM; sleep 10 & wait"])
        #expect(waitUntilIgnoring(SIGTERM, pid: stubborn.pid), "the shell installs its trap")
        let polite = try ChildProcess.spawn(executable: "/bin/sleep", arguments: ["10"])
        ChildProcess.terminateAll([stubborn, polite], grace: .milliseconds(300))
        #expect(stubborn.exitStatus == .signaled(SIGKILL))
        #expect(polite.exitStatus == .signaled(SIGTERM))
        // The group's last member may linger briefly as a zombie until init reaps it.
        let deadline = MonotonicClock.nanoseconds() + 5_000_000_000
        while kill(-stubborn.pid, 0) == 0 && MonotonicClock.nanoseconds() < deadline { sched_yield() }
        #expect(kill(-stubborn.pid, 0) != 0, "no process of the group is left")
    }

    @Test func aMissingProgramFailsToSpawn() {
        #expect(throws: TransportError.spawnFailed(executable: "/no/such/program", errno: ENOENT)) {
            _ = try ChildProcess.spawn(executable: "/no/such/program", arguments: [])
        }
    }

    @Test func runningChildrenAreTrackedUntilReaped() throws {
        let child = try ChildProcess.spawn(executable: "/bin/sleep", arguments: ["10"])
        #expect(ChildProcess.running.contains { $0.pid == child.pid })
        child.terminate(grace: .seconds(5))
        #expect(!ChildProcess.running.contains { $0.pid == child.pid })
    }
}
