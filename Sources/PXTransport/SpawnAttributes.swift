#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `posix_spawn` attributes every process swiftpx (or a test) starts gets: an empty signal mask and default
/// signal actions, whatever the parent blocks or ignores (a test runner blocks some signals, and tmux or a
/// detached child would pass that on), in a process group or a session of its own so that it can be stopped
/// together with whatever it starts. Pass `&attributes.value` to `posix_spawn`.
public final class SpawnAttributes {
    /// Where the child goes.
    public enum Grouping: Sendable {
        /// A new process group (`kill(-pid, …)` reaches everything it starts).
        case newProcessGroup
        /// A new session (detached from the caller's terminal), e.g. a cluster left running in the background.
        case newSession
    }

    /// The attributes, for `posix_spawn` and `posix_spawnp`.
    public var value = posix_spawnattr_t()

    /// Prepares the attributes.
    /// - Parameter grouping: a new process group (default) or a new session.
    public init(_ grouping: Grouping = .newProcessGroup) {
        posix_spawnattr_init(&value)
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&value, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&value, &signals)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        switch grouping {
        case .newProcessGroup:
            flags |= POSIX_SPAWN_SETPGROUP
            posix_spawnattr_setpgroup(&value, 0)
        case .newSession:
            flags |= 0x80  // POSIX_SPAWN_SETSID (glibc 2.26+), not exported to Swift
        }
        posix_spawnattr_setflags(&value, Int16(flags))
    }

    deinit {
        posix_spawnattr_destroy(&value)
    }
}
