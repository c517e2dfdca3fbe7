import CLinux

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `posix_spawn` attributes of every process ``ProcessLaunch`` starts: an empty signal mask and default
/// signal actions, whatever the parent blocks or ignores (a test runner blocks some signals, and tmux or a
/// detached child would pass that on), in a process group or a session of its own so that it can be stopped
/// together with whatever it starts. Pass `&attributes.value` to `posix_spawn`.
final class SpawnAttributes {
    /// The attributes, for `posix_spawn` and `posix_spawnp`.
    var value = posix_spawnattr_t()

    /// Prepares the attributes.
    /// - Parameter grouping: a new process group or a new session.
    init(_ grouping: ProcessLaunch.Grouping) {
        posix_spawnattr_init(&value)
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&value, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&value, &signals)
        var flags = Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        switch grouping {
        case .newProcessGroup:
            flags |= Int16(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&value, 0)
        case .newSession:
            flags |= px_posix_spawn_setsid
        }
        posix_spawnattr_setflags(&value, flags)
    }

    deinit {
        posix_spawnattr_destroy(&value)
    }
}
