@preconcurrency import Glibc
import PXTransport
import PXTestSupport

/// A `swiftpx` shell driven line by line through pipes, so a test can act between statements (cut a network
/// link, then let the shell go on). Output is read with deadlines; the process group is killed at the end.
final class ShellSession {
    let pid: pid_t
    private var input: Int32
    private let outputFD: Int32
    private(set) var transcript = ""
    private var consumed: String.Index

    /// Starts `swiftpx ARGUMENTS` with `environment` added.
    init(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws {
        var stdinPipe: [Int32] = [0, 0]
        var stdoutPipe: [Int32] = [0, 0]
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0 else {
            throw TestFailure("pipe failed: errno \(errno)")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 2)
        for fd in stdinPipe + stdoutPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        let attributes = SpawnAttributes()  // empty signal mask, default actions, own process group
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessRunner.environment(adding: environment).map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes.value, argv, envp)
        close(stdinPipe[0])
        close(stdoutPipe[1])
        guard result == 0 else {
            close(stdinPipe[1])
            close(stdoutPipe[0])
            throw TestFailure("cannot start \(executable): errno \(result)")
        }
        self.pid = pid
        input = stdinPipe[1]
        outputFD = stdoutPipe[0]
        consumed = transcript.startIndex
        signal(SIGPIPE, SIG_IGN)
    }

    deinit {
        if input >= 0 { close(input) }
        kill(-pid, SIGKILL)
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        close(outputFD)
    }

    /// Sends lines of code (a final newline is added).
    func send(_ code: String) {
        let bytes = Array((code + "\n").utf8)
        var offset = 0
        while offset < bytes.count && input >= 0 {
            let written = bytes[offset...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }

    /// Reads output until a line containing `marker` has arrived after what earlier calls returned.
    /// - Returns: the new output up to and including that line, or `nil` if it did not come in time.
    func read(until marker: String, timeout: Double) -> String? {
        let end = Deadline.now() + timeout
        while true {
            let fresh = transcript[consumed...]
            if let range = fresh.range(of: marker) {
                let lineEnd = fresh[range.upperBound...].firstIndex(of: "\n") ?? fresh.endIndex
                let text = String(fresh[..<lineEnd])
                consumed = lineEnd
                return text
            }
            let remaining = end - Deadline.now()
            guard remaining > 0, readMore(timeout: remaining) else { return nil }
        }
    }

    /// Closes stdin and waits for the shell to exit.
    /// - Returns: its exit status, or `nil` if it did not exit within `timeout` seconds.
    func finish(timeout: Double) -> Int32? {
        if input >= 0 {
            close(input)
            input = -1
        }
        let end = Deadline.now() + timeout
        while Deadline.now() < end && readMore(timeout: end - Deadline.now()) {}
        var raw: Int32 = 0
        let exited = Deadline.poll(timeout: max(0, end - Deadline.now())) { waitpid(pid, &raw, WNOHANG) == pid }
        guard exited else { return nil }
        kill(-pid, SIGKILL)  // anything it left in its group
        return (raw & 0x7F) == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
    }

    /// Reads what arrives within `timeout` seconds (at most one); false at the end of the output.
    private func readMore(timeout: Double) -> Bool {
        var poller = [pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&poller, 1, Int32(max(1, min(timeout, 1) * 1000)))
        if ready <= 0 { return true }
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let count = Glibc.read(outputFD, &buffer, buffer.count)
        if count < 0 { return errno == EINTR }
        if count == 0 { return false }
        transcript += String(decoding: buffer[0..<count], as: UTF8.self)
        return true
    }
}
