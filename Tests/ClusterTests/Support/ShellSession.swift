@preconcurrency import Glibc
import PXTransport
import PXTestSupport

/// A `swiftpx` shell driven line by line through pipes, so a test can act between statements (cut a network
/// link, then let the shell go on). Output is read with deadlines; the process group is killed at the end.
final class ShellSession {
    let child: ChildProcess
    private var input: Int32
    private let outputFD: Int32
    private(set) var transcript = ""
    private var consumed: String.Index

    var pid: pid_t { child.pid }

    /// Starts `swiftpx ARGUMENTS` with `environment` added.
    init(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws {
        child = try ChildProcess.start([executable] + arguments, environment: environment) {
            $0.standardInput = .pipe
            $0.standardOutput = .pipe
        }
        input = child.input ?? -1
        outputFD = child.output ?? -1
        consumed = transcript.startIndex
        signal(SIGPIPE, SIG_IGN)
    }

    deinit {
        if input >= 0 { close(input) }
        kill(-child.pid, SIGKILL)  // the shell and anything it left in its group
        child.wait(timeout: nil)
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
        guard let status = child.wait(timeout: .nanoseconds(Int64(max(0, end - Deadline.now()) * 1e9))) else {
            return nil
        }
        kill(-child.pid, SIGKILL)  // anything it left in its group
        return status.shellStatus
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
