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

/// Where a `/proc/…/fd/N` link points (`pipe:[inode]`), or nil when there is no such descriptor.
private func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 256)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

@Suite(.timeLimit(.minutes(1))) struct ChildProcessTests {
    @Test func exitStatusIsReported() throws {
        let child = try ChildProcess.spawn(ProcessLaunch(executable: "/bin/sh", arguments: ["-c", "exit 3"]))
        #expect(child.wait(timeout: .seconds(10)) == .exited(3))
        #expect(child.exitStatus?.description == "exit status 3")
    }

    @Test func theChildHasItsOwnProcessGroup() throws {
        let child = try ChildProcess.spawn(ProcessLaunch(executable: "/bin/sleep", arguments: ["10"]))
        #expect(getpgid(child.pid) == child.pid)
        #expect(child.terminate(grace: .seconds(5)) == .signaled(SIGTERM))
    }

    @Test func aSignalDeathNamesTheSignal() throws {
        let done = Mailbox<ProcessExitStatus>()
        let child = try ChildProcess.spawn(ProcessLaunch(executable: "/bin/sleep", arguments: ["10"])) { done.put($0) }
        kill(child.pid, SIGKILL)
        #expect(done.take(timeout: .seconds(10)) == .signaled(SIGKILL))
        #expect(child.exitStatus?.description == "killed by signal 9 (SIGKILL)")
    }

    @Test func terminateAllLeavesNothingBehind() throws {
        // A shell that ignores SIGTERM needs the SIGKILL after the grace period; its own child goes with the group.
        let stubborn = try ChildProcess.spawn(
            ProcessLaunch(executable: "/bin/sh", arguments: ["-c", "trap '' TERM; sleep 10 & wait"]))
        #expect(waitUntilIgnoring(SIGTERM, pid: stubborn.pid), "the shell installs its trap")
        let polite = try ChildProcess.spawn(ProcessLaunch(executable: "/bin/sleep", arguments: ["10"]))
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
            _ = try ChildProcess.spawn(ProcessLaunch(executable: "/no/such/program", arguments: []))
        }
    }

    @Test func runCapturesOutputAndStatus() throws {
        var launch = ProcessLaunch(executable: "/bin/sh", arguments: ["-c", "echo out; echo err >&2; exit 4"])
        launch.standardOutput = .pipe
        launch.standardError = .standardOutput
        let result = try launch.run(timeout: .seconds(30))
        #expect(result.output == "out\nerr\n")
        #expect(result.exitStatus == .exited(4))
        #expect(result.status == 4)
        #expect(!result.timedOut)
    }

    @Test func runKillsTheGroupAtTheDeadline() throws {
        // The shell's own child holds the pipe too: the whole group goes, or the read would wait for it.
        var launch = ProcessLaunch(executable: "/bin/sh", arguments: ["-c", "echo started; sleep 30 & wait"])
        launch.standardOutput = .pipe
        let result = try launch.run(timeout: .milliseconds(500))
        #expect(result.timedOut)
        #expect(result.exitStatus == .signaled(SIGKILL))
        #expect(result.status == 128 + SIGKILL)
        #expect(result.output == "started\n")
    }

    @Test func runFeedsAFileWithEnvironmentAndDirectory() throws {
        let directory = "/tmp/swiftpx-launch-\(getpid())"
        mkdir(directory, 0o700)
        defer { rmdir(directory) }
        let input = directory + "/input"
        defer { unlink(input) }
        let fd = open(input, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = "hello".withCString { write(fd, $0, 5) }
        close(fd)
        var launch = ProcessLaunch(executable: "sh", arguments: ["-c", "read line; echo $line $GREETING $(pwd)"])
        launch.standardInput = .file(input)
        launch.standardOutput = .pipe
        launch.environment = ProcessLaunch.environment(adding: ["GREETING": "world"])
        launch.workingDirectory = directory
        #expect(try launch.run(timeout: .seconds(30)).output == "hello world \(directory)\n")
    }

    @Test func pipesLeakIntoNoOtherChild() throws {
        // A pipe end inherited by a second child would keep the first run's read waiting for that child.
        var first = ProcessLaunch(executable: "/bin/sh", arguments: ["-c", "echo one"])
        first.standardOutput = .pipe
        first.standardInput = .pipe
        let spawned = try first.spawn()
        let other = try ChildProcess.spawn(ProcessLaunch(executable: "/bin/sleep", arguments: ["30"]))
        defer { other.terminate(grace: .zero) }
        for fd in [spawned.input, spawned.output].compactMap({ $0 }) {
            let mine = linkTarget("/proc/self/fd/\(fd)")
            #expect(mine?.hasPrefix("pipe:") == true)
            #expect(linkTarget("/proc/\(other.pid)/fd/\(fd)") != mine, "the parent's ends stay in the parent")
        }
        var bytes: [UInt8] = []
        #expect(ProcessLaunch.read(spawned.output ?? -1, into: &bytes, until: MonotonicClock.deadline(after: .seconds(30))))
        #expect(String(decoding: bytes, as: UTF8.self) == "one\n")
        for fd in [spawned.input, spawned.output].compactMap({ $0 }) { close(fd) }
        #expect(ProcessExitStatus.reap(spawned.pid, blocking: true) == .exited(0))
    }
}
