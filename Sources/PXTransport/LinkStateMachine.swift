/// Who writes, who reads and whether a ``PeerLink`` is open, decided in pure code: each event (a message
/// appended, a write done, `close()`, the end of the input, a reader arriving or leaving) updates the state and
/// returns the ``Actions`` the link then carries out. The link holds its lock around every event and executes
/// the returned actions (see ``Actions`` for which ones run under the lock). Tested without sockets in
/// `LinkStateMachineTests`.
///
/// - Writing: the first sender becomes the writer (``Actions/write``) and writes until nothing is pending;
///   senders meanwhile only append. A held message (``PeerLink/sendHeld(_:)``) starts a hold instead, which the
///   next write ends or the background reader ends after ``holdLimit``.
/// - Closing: ``onCloseRequested()`` writes whatever was accepted before the socket shuts (``Phase/draining``):
///   a reply an engine held is never lost when it closes cleanly. The end of the input or a write error closes
///   at once.
/// - Reading: one thread owns the socket at a time: the background reader, or a caller that pumps (who goes
///   first: the background reader does not start reading while a caller waits to pump).
/// - The descriptors are released once the link is closed and no thread can touch them any more.
struct LinkStateMachine {
    /// An identity for a thread (`pthread_self()`), to refuse a pump from inside the handler.
    typealias ThreadIdentity = UInt

    /// Whether the link takes messages.
    enum Phase: Equatable {
        /// Sending and receiving.
        case open
        /// `close()` was called: nothing more is accepted, and the writer writes what was, then shuts the socket.
        case draining
        /// The socket is shut (or failed): nothing more is written.
        case closed
    }

    /// Which thread reads the socket.
    enum Reader: Equatable {
        case none
        case background(ThreadIdentity)
        case foreground(ThreadIdentity)

        var thread: ThreadIdentity? {
            switch self {
            case .none: nil
            case .background(let thread), .foreground(let thread): thread
            }
        }
    }

    /// What the link does after an event, in the order of the fields. The first four are cheap calls on the
    /// link's descriptors and run with the lock still held (so the descriptors cannot be released meanwhile);
    /// the rest run after the lock is released.
    ///
    /// A struct of flags rather than an array of actions: sending a message is the hot path, and an array would
    /// be allocated per message.
    struct Actions: Equatable {
        /// Write a byte to the wake pipe: the background reader recomputes its timeout, or exits.
        var wakeBackgroundReader = false
        /// `shutdown(SHUT_RDWR)`: the peer and our reader see the end.
        var shutDownSocket = false
        /// Take the socket out of the background reader's epoll set (false), or put it back (true).
        var watchSocket: Bool?
        /// Close the socket, the wake pipe and the epoll set.
        var releaseDescriptors = false
        /// The calling thread becomes the writer: it writes pending frames until ``LinkStateMachine/mayWrite`` is
        /// false or nothing is left, then reports ``LinkStateMachine/onWriterIdle()``.
        var write = false
        /// Tell the handler `.closed(error)` (once per link).
        var deliverClosed: TransportError??
        /// Wake the threads waiting on the lock's condition.
        var broadcast = false

        /// Nothing to do.
        static let none = Actions()
    }

    /// The longest a held message waits (nanoseconds).
    let holdLimit: UInt64
    /// How many held messages are written at once.
    let maximumHeldMessages: Int

    private(set) var phase = Phase.open
    /// Why the link closed (nil: cleanly).
    private(set) var closeError: TransportError?
    /// Whether a thread is writing.
    private(set) var isWriting = false
    /// When the oldest held message was appended (monotonic nanoseconds), while messages are held and nobody
    /// writes.
    private(set) var heldSince: UInt64?
    private(set) var reader = Reader.none
    /// Callers of `pump` waiting for the socket or reading it.
    private(set) var foregroundWaiting = 0
    /// Whether the input ended (EOF, error, or closing): nobody reads any more.
    private(set) var readingEnded = false
    private(set) var closeDelivered = false
    /// Whether the background reader has exited.
    private(set) var readerFinished = false
    private(set) var socketShut = false
    private(set) var descriptorsReleased = false
    /// Close the link when nothing arrives for this long (nanoseconds; 0: never).
    private(set) var idleLimit: UInt64 = 0

    /// - Parameters:
    ///   - holdLimit: the longest a held message waits (nanoseconds).
    ///   - maximumHeldMessages: how many held messages are written at once.
    init(holdLimit: UInt64, maximumHeldMessages: Int) {
        self.holdLimit = holdLimit
        self.maximumHeldMessages = maximumHeldMessages
    }

    /// The error a send gets, or nil when the link takes messages.
    var refusal: TransportError? {
        phase == .open ? nil : (closeError ?? .closed)
    }

    /// Whether the writer may go on writing.
    var mayWrite: Bool { phase != .closed }

    // MARK: - Writing

    /// A message was appended (`held`: by `sendHeld`, which may let it wait); `pendingMessages` are now waiting
    /// in the encoder.
    mutating func onAppended(held: Bool, pendingMessages: Int, now: UInt64) -> Actions {
        if held && pendingMessages < maximumHeldMessages {
            guard !isWriting && heldSince == nil else { return .none }
            heldSince = now
            return Actions(wakeBackgroundReader: true)  // it sets its timeout to the hold limit
        }
        guard !isWriting else { return .none }  // the writer takes it with the rest
        isWriting = true
        return Actions(write: true)
    }

    /// The writer took the pending frames: nothing is held any more.
    mutating func onFramesTaken() {
        heldSince = nil
    }

    /// The writer found nothing more to write (or may not write any more).
    mutating func onWriterIdle() -> Actions {
        isWriting = false
        var actions = Actions.none
        if phase == .draining { close(nil, &actions) }
        releaseIfIdle(&actions)
        return actions
    }

    /// A write failed: the link is closed with `error`.
    mutating func onWriteFailed(_ error: TransportError) -> Actions {
        isWriting = false
        var actions = Actions.none
        close(error, &actions)
        releaseIfIdle(&actions)
        return actions
    }

    // MARK: - Closing

    /// `close()`: nothing more is accepted; what was accepted (held messages too) is written, then the socket
    /// shuts. Idempotent.
    mutating func onCloseRequested() -> Actions {
        guard phase == .open else { return .none }
        if isWriting {
            phase = .draining  // the writer shuts the socket when it is done
            return .none
        }
        if heldSince != nil {
            phase = .draining
            isWriting = true  // the caller writes what is held, then shuts the socket
            return Actions(write: true)
        }
        var actions = Actions.none
        close(nil, &actions)
        return actions
    }

    /// The input ended: EOF or a read error (`error`), or the link timed out. Closes the link (what is still
    /// pending is dropped: the peer is gone) and tells the handler, once.
    mutating func onReadingEnded(_ error: TransportError?) -> Actions {
        var actions = Actions(broadcast: true)
        close(error, &actions)
        readingEnded = true
        if !descriptorsReleased { actions.wakeBackgroundReader = true }  // it exits
        if !closeDelivered {
            closeDelivered = true
            actions.deliverClosed = .some(closeError)
        }
        return actions
    }

    /// Sets how long a silence closes the link (0: never).
    mutating func onIdleLimit(_ nanoseconds: UInt64) -> Actions {
        idleLimit = nanoseconds
        return Actions(wakeBackgroundReader: !descriptorsReleased)  // it recomputes its timeout
    }

    private mutating func close(_ error: TransportError?, _ actions: inout Actions) {
        guard phase != .closed else { return }
        phase = .closed
        closeError = error
        heldSince = nil  // nothing held will be written any more
        if !socketShut && !descriptorsReleased {
            socketShut = true
            actions.shutDownSocket = true
        }
    }

    private mutating func releaseIfIdle(_ actions: inout Actions) {
        guard readerFinished, !isWriting, reader == .none, !descriptorsReleased else { return }
        descriptorsReleased = true
        actions.releaseDescriptors = true
    }

    // MARK: - The background reader

    /// What the background reader does next.
    enum BackgroundStep: Equatable {
        /// Exit: the input ended.
        case exit(Actions)
        /// Write what is held: the hold limit has passed.
        case flushHeld
        /// Close the link: nothing arrived for this long (nanoseconds).
        case idleTimeout(silent: UInt64)
        /// Wait for bytes or the wake pipe, at most this long (-1: without limit).
        case wait(milliseconds: Int32)
    }

    /// The background reader, between reads: whether to exit, write what is held, time out, or how long to wait.
    /// - Parameters:
    ///   - now: the monotonic clock.
    ///   - lastReceived: when bytes last arrived.
    mutating func onBackgroundIdle(now: UInt64, lastReceived: UInt64) -> BackgroundStep {
        if readingEnded {
            readerFinished = true
            var actions = Actions(broadcast: true)
            releaseIfIdle(&actions)
            return .exit(actions)
        }
        var wait: Int32 = -1
        if let held = heldSince {
            let waited = now &- held
            if waited >= holdLimit { return .flushHeld }
            wait = Int32(clamping: max(1, (holdLimit - waited + 999_999) / 1_000_000))
        }
        if idleLimit > 0 {
            let silent = now &- lastReceived
            if silent >= idleLimit { return .idleTimeout(silent: silent) }
            let untilSilent = Int32(clamping: max(1, (idleLimit - silent) / 1_000_000))
            wait = wait < 0 ? untilSilent : min(wait, untilSilent)
        }
        return .wait(milliseconds: wait)
    }

    /// Bytes arrived while the background reader waited: whether it may read them (no caller pumps or waits to).
    mutating func onBackgroundWantsToRead(_ thread: ThreadIdentity) -> Bool {
        guard foregroundWaiting == 0, reader == .none, !readingEnded else { return false }
        reader = .background(thread)
        return true
    }

    /// The background reader finished one read.
    mutating func onBackgroundReadDone() -> Actions {
        reader = .none
        var actions = Actions(broadcast: true)
        releaseIfIdle(&actions)
        return actions
    }

    // MARK: - A caller pumping

    /// How a pump starts.
    enum PumpStart: Equatable {
        /// The caller is the thread reading (the handler): it must not read further.
        case nested
        /// The caller now waits for the socket (``onPumpTriesToRead(_:)``).
        case queued
    }

    /// A caller asks to pump on `thread`.
    mutating func onPumpBegins(_ thread: ThreadIdentity) -> PumpStart {
        if reader.thread == thread { return .nested }
        foregroundWaiting += 1
        return .queued
    }

    /// Whether a queued pump may read now.
    enum PumpTry: Equatable {
        /// It reads (after the ``Actions``, which take the socket out of the background reader's set).
        case reads(Actions)
        /// Another thread reads: wait on the lock's condition, then try again.
        case waits
        /// The input ended: it stops (after the ``Actions``).
        case ended(Actions)
    }

    /// A queued pump tries to take the socket.
    mutating func onPumpTriesToRead(_ thread: ThreadIdentity) -> PumpTry {
        if readingEnded {
            foregroundWaiting -= 1
            return .ended(Actions(broadcast: true))
        }
        guard reader == .none else { return .waits }
        reader = .foreground(thread)
        return .reads(Actions(watchSocket: false))
    }

    /// A queued pump's time ran out before it could read.
    mutating func onPumpGivesUp() -> Actions {
        foregroundWaiting -= 1
        return Actions(broadcast: true)
    }

    /// A pump that read is done; the background reader watches the socket again when nobody else pumps.
    mutating func onPumpEnds() -> Actions {
        reader = .none
        foregroundWaiting -= 1
        var actions = Actions(broadcast: true)
        if foregroundWaiting == 0 && !readingEnded && !descriptorsReleased { actions.watchSocket = true }
        releaseIfIdle(&actions)
        return actions
    }
}
