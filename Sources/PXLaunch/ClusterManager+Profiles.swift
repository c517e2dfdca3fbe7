import PXTransport

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

extension ClusterManager {
    /// Removes a profile's directory (its lock file and logs) once it records no cluster: after `stop`, or when
    /// nothing was ever started in it.
    /// - Parameter settings: the state directory and profile (other fields are not used).
    /// - Returns: whether the directory is gone.
    @discardableResult
    public static func removeProfile(_ settings: ClusterSettings) -> Bool {
        let paths = settings.paths
        guard access(paths.stateFile, F_OK) != 0 else { return false }
        return DirectoryEntries.removeTree(paths.profileDirectory)
    }

    /// The profiles named `prefix` followed by a process id (`bench-memory-4242`) whose process is gone: their
    /// clusters are stopped (a process killed before its own `stop` leaves its controller and engines running)
    /// and their directories removed.
    /// - Parameters:
    ///   - stateDirectory: `$SWIFTPX_DIR`.
    ///   - prefix: the start of the profiles' names.
    /// - Returns: the profiles removed.
    @discardableResult
    public static func removeStaleProfiles(stateDirectory: String, prefix: String) -> [String] {
        let directoryPrefix = "profile_" + prefix
        let profiles = DirectoryEntries.names(in: stateDirectory).compactMap { name -> String? in
            guard name.hasPrefix(directoryPrefix), let pid = Int32(name.dropFirst(directoryPrefix.count)), pid > 0,
                pid != getpid(), !ProcessProbe.isRunning(pid)
            else { return nil }
            return String(name.dropFirst("profile_".count))
        }
        return profiles.filter { profile in
            var settings = ClusterSettings(stateDirectory: stateDirectory)
            settings.profile = profile
            _ = try? stop(settings)
            return removeProfile(settings)
        }
    }
}
