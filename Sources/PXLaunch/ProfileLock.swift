#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// An exclusive lock on a profile (`flock` on `profile_NAME/cluster.lock`), held by `start` and `stop` so two
/// of them never work on one profile at once. The kernel releases it if the process dies.
final class ProfileLock {
    private var fd: Int32

    /// Takes the lock, without waiting.
    /// - Parameter paths: the profile's files.
    /// - Throws: ``ClusterError`` when another `swiftpx cluster` command holds it, or the file cannot be opened.
    init(_ paths: ClusterPaths) throws(ClusterError) {
        let path = paths.profileDirectory + "/cluster.lock"
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ClusterError.stateFile(path: path, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw ClusterError.invalidSettings(
                "another 'swiftpx cluster' command is starting or stopping this profile's cluster (\(path))")
        }
    }

    /// Releases the lock. Idempotent.
    func release() {
        if fd >= 0 { close(fd) }
        fd = -1
    }

    deinit {
        release()
    }
}
