import PXTransport

#if canImport(Glibc)
    import Glibc
#endif

/// The private directories of clusters whose owner process is gone (`STATE/run/cluster-PID-N`, or
/// `/tmp/swiftpx-UID-PID-N` when the state path is too long for a socket address). A process killed by SIGKILL
/// or a crash leaves its directory behind, with the controller's socket and a connection file holding the key;
/// the next shell removes it at start-up.
enum StaleRunDirectories {
    /// Removes every such directory whose process no longer runs.
    /// - Returns: the directories removed.
    @discardableResult
    static func prune(stateDirectory: String) -> [String] {
        let candidates =
            owned(in: stateDirectory + "/run", prefix: "cluster-") + owned(in: "/tmp", prefix: "swiftpx-\(getuid())-")
        // A live process keeps its directory whatever it is called: an embedding program's command line need not
        // say swiftpx, and a reused pid only delays the pruning.
        let stale = candidates.filter { $0.pid != getpid() && !ProcessProbe.isRunning($0.pid) }
        return stale.map(\.path).filter { DirectoryEntries.removeTree($0, depth: 0) }
    }

    /// The entries of `parent` named `prefix` followed by a pid (and `-N`, the cluster's number in its process).
    private static func owned(in parent: String, prefix: String) -> [(path: String, pid: Int32)] {
        DirectoryEntries.names(in: parent).compactMap { name in
            guard name.hasPrefix(prefix) else { return nil }
            let suffix = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(suffix.count), suffix.allSatisfy({ Int32($0) != nil }), let pid = Int32(suffix[0]),
                pid > 0
            else { return nil }
            return (parent + "/" + name, pid)
        }
    }
}
