import PXTransport

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A `swiftpx` shell driven line by line through pipes (stderr joined to stdout), so a test can act between
/// statements (cut a network link, look at the engines' descriptors, kill an engine, then let the shell go on).
/// Output is read with deadlines; the process group is killed when the session is released.
public final class ShellSession {
    /// The shell process.
    public let child: ChildProcess
    private var input: Int32
    private let outputFD: Int32
    /// Everything the shell printed so far.
    public private(set) var transcript = ""
    private var consumed: String.Index

    /// The shell's process ID.
    public var pid: Int32 { child.pid }

    /// Starts `executable ARGUMENTS` with `environment` added to this process's.
    /// - Throws: `ProcessRunner.Failure` if the process cannot be started.
    public init(_ executable: String, _ arguments: [String], environment: [String: String] = [:])
        throws(ProcessRunner.Failure)
    {
        var launch = ProcessLaunch(executable: executable, arguments: arguments)
        launch.standardInput = .pipe
        launch.standardOutput = .pipe
        launch.standardError = .standardOutput
        launch.environment = ProcessLaunch.environment(adding: environment)
        do {
            child = try ChildProcess.spawn(launch)
        } catch {
            throw ProcessRunner.Failure(description: "cannot start \(executable): \(error)")
        }
        input = child.input ?? -1
        outputFD = child.output ?? -1
        consumed = transcript.startIndex
        signal(SIGPIPE, SIG_IGN)
    }

    /// Starts the built `swiftpx` with `engines` engines, its state (and cluster run directories) in `directory`.
    /// - Throws: `ProcessRunner.Failure` if the process cannot be started.
    public convenience init(engines: Int, stateDirectory directory: String) throws(ProcessRunner.Failure) {
        try self.init(ProcessRunner.swiftpxExecutable, ["-n", "\(engines)"], environment: ["SWIFTPX_DIR": directory])
    }

    deinit {
        if input >= 0 { close(input) }
        kill(-child.pid, SIGKILL)  // the shell and anything it left in its group
        child.wait(timeout: nil)
        if outputFD >= 0 { close(outputFD) }
    }

    /// Sends lines of code (a final newline is added).
    public func send(_ code: String) {
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
    public func read(until marker: String, timeout: Double) -> String? {
        let end = Self.now() + timeout
        while true {
            let fresh = transcript[consumed...]
            if let range = fresh.range(of: marker) {
                let lineEnd = fresh[range.upperBound...].firstIndex(of: "\n") ?? fresh.endIndex
                let text = String(fresh[..<lineEnd])
                consumed = lineEnd
                return text
            }
            let remaining = end - Self.now()
            guard remaining > 0, readMore(timeout: remaining) else { return nil }
        }
    }

    /// Reads output until a line starting with `prefix` has arrived after what earlier calls returned.
    /// - Returns: that line, or `nil` if it did not come in time.
    public func line(startingWith prefix: String, timeout: Double) -> String? {
        let end = Self.now() + timeout
        while let text = read(until: prefix, timeout: end - Self.now()) {
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
            if line.hasPrefix(prefix) { return String(line) }
        }
        return nil
    }

    /// Closes stdin and waits for the shell to exit.
    /// - Returns: its exit status, or `nil` if it did not exit within `timeout` seconds.
    public func finish(timeout: Double) -> Int32? {
        if input >= 0 {
            close(input)
            input = -1
        }
        let end = Self.now() + timeout
        while Self.now() < end && readMore(timeout: end - Self.now()) {}
        guard let status = child.wait(timeout: .nanoseconds(Int64(max(0, end - Self.now()) * 1e9))) else {
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

    /// Monotonic seconds.
    private static func now() -> Double { Double(MonotonicClock.nanoseconds()) / 1e9 }
}
