import Synchronization

/// Where `print` writes: the terminal in the shell, a per-task buffer on an engine.
public protocol OutputSink: AnyObject {
    /// Writes text to the given stream.
    func write(_ text: String, to stream: OutputStream)
    /// Pushes buffered text out (before a prompt, a result, or when a task ends).
    func flush()
    /// The width text is wrapped to (`help()`, displayed values): the terminal's, or 80.
    var columns: Int { get }
}

extension OutputSink {
    public var columns: Int { 80 }
}

/// The two output streams.
public enum OutputStream: UInt8, Sendable, Codable {
    case stdout = 1
    case stderr = 2
}

/// Collects output in memory (tests, `%time` capture, engines).
public final class BufferedOutput: OutputSink {
    /// Collected stdout text.
    public private(set) var stdout = ""
    /// Collected stderr text.
    public private(set) var stderr = ""

    /// Creates an empty buffer.
    public init() {}

    public func write(_ text: String, to stream: OutputStream) {
        switch stream {
        case .stdout: stdout += text
        case .stderr: stderr += text
        }
    }

    public func flush() {}

    /// Empties the buffers, returning what they held.
    public func take() -> (stdout: String, stderr: String) {
        defer {
            stdout = ""
            stderr = ""
        }
        return (stdout, stderr)
    }
}

/// A request, set from another thread, that the running program stop at its next check point (a loop
/// iteration or a call): Ctrl-C, `rc.interrupt()`, or a task's time limit.
public final class InterruptFlag: Sendable {
    /// Why the program is asked to stop.
    public enum Reason: Int, Sendable {
        case none = 0
        case keyboardInterrupt = 1
        case timeLimit = 2
    }

    let state = Atomic<Int>(0)

    /// Creates a cleared flag.
    public init() {}

    /// Requests a stop.
    public func raise(_ reason: Reason) { state.store(reason.rawValue, ordering: .relaxed) }

    /// Clears the request.
    public func clear() { state.store(0, ordering: .relaxed) }

    /// The pending request.
    public var reason: Reason { Reason(rawValue: state.load(ordering: .relaxed)) ?? .none }

    /// Whether a stop has been requested.
    @inline(__always) public var isRaised: Bool { state.load(ordering: .relaxed) != 0 }
}
