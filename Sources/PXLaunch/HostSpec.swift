/// One entry of `--hosts`: a host name and, optionally, how many engines it runs (`node1:4`).
public struct HostSpec: Hashable, Sendable, CustomStringConvertible {
    /// The host name (or `user@host`), as `ssh` and `mpiexec --host` take it.
    public var name: String
    /// The number of engines on it; `nil` to get a share of `-n`.
    public var engines: Int?

    /// Creates an entry.
    /// - Parameters:
    ///   - name: the host.
    ///   - engines: its engine count, or `nil` for a share of the total. Default: `nil`.
    public init(name: String, engines: Int? = nil) {
        self.name = name
        self.engines = engines
    }

    /// `name` or `name:count`.
    public var description: String { engines.map { "\(name):\($0)" } ?? name }

    /// Parses `h1,h2:3,…`.
    /// - Parameter text: the comma-separated list.
    /// - Returns: the entries in order.
    /// - Throws: ``ClusterError`` for an empty name or a count that is not a positive integer.
    public static func parseList(_ text: String) throws(ClusterError) -> [HostSpec] {
        var hosts: [HostSpec] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let entry = item.trimmingSpaces()
            guard !entry.isEmpty else { throw ClusterError.invalidSettings("--hosts has an empty entry: '\(text)'") }
            // `host:count`; an IPv6 address in brackets may contain colons itself.
            if let colon = entry.lastIndex(of: ":"), !entry.hasSuffix("]"), !entry[..<colon].contains(":") {
                let name = String(entry[..<colon])
                guard !name.isEmpty, let count = Int(entry[entry.index(after: colon)...]), count >= 1 else {
                    throw ClusterError.invalidSettings("--hosts entry '\(entry)' is not HOST or HOST:COUNT")
                }
                hosts.append(HostSpec(name: name, engines: count))
            } else {
                hosts.append(HostSpec(name: String(entry)))
            }
        }
        return hosts
    }

    /// How many engines each host runs: explicit counts as given, and the rest of `total` spread over the
    /// hosts without a count, the first ones taking one more when it does not divide evenly.
    /// - Parameters:
    ///   - hosts: the entries.
    ///   - total: the total engine count (`-n`), or `nil` when every entry has a count.
    /// - Returns: `(host, count)` pairs in the given order, without hosts that get no engine.
    /// - Throws: ``ClusterError`` when the counts cannot add up to `total`.
    public static func distribute(_ total: Int?, over hosts: [HostSpec]) throws(ClusterError) -> [(
        host: String, count: Int
    )] {
        guard !hosts.isEmpty else { throw ClusterError.invalidSettings("--hosts names no host") }
        let fixed = hosts.compactMap(\.engines).reduce(0, +)
        let open = hosts.filter { $0.engines == nil }.count
        let total = total ?? fixed
        guard fixed <= total, open > 0 || fixed == total else {
            throw ClusterError.invalidSettings(
                "--hosts asks for \(fixed) engines in all, but -n is \(total)")
        }
        let share = open == 0 ? 0 : (total - fixed) / open
        var extra = open == 0 ? 0 : (total - fixed) % open
        var result: [(host: String, count: Int)] = []
        for host in hosts {
            var count = host.engines ?? share
            if host.engines == nil && extra > 0 {
                count += 1
                extra -= 1
            }
            if count > 0 { result.append((host.name, count)) }
        }
        return result
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
