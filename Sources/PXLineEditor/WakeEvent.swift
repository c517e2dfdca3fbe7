/// A signal from any thread to a thread waiting in `InterruptSignal.wait`.
///
/// The shell uses it to wait for a parallel call while staying interruptible:
/// the task that runs the call signals the event when it finishes, and the
/// shell's thread waits for the event's descriptor or Ctrl-C, whichever
/// comes first.
///
/// ```swift
/// let done = try WakeEvent()
/// let call = Task { defer { done.signal() }; return try await view.run(code) }
/// switch InterruptSignal.wait(forReadable: done.fileDescriptor, since: baseline) {
/// case .readable: show(try await call.value)
/// case .interrupted: report("still running")  // the call goes on
/// case .timedOut: break
/// }
/// ```
public final class WakeEvent: Sendable {
    private let pipe: WakePipe

    /// Creates an unsignalled event.
    /// - Throws: `LineEditorError.systemCall` if its pipe cannot be created.
    public init() throws(LineEditorError) {
        pipe = try WakePipe.make()
    }

    deinit {
        pipe.close()
    }

    /// The descriptor that becomes readable once the event is signalled.
    public var fileDescriptor: Int32 {
        pipe.readEnd
    }

    /// Signals the event. Safe from any thread, and async-signal-safe.
    public func signal() {
        pipe.signal()
    }

    /// Clears the event so that it can be waited for again.
    public func reset() {
        pipe.drain()
    }
}
