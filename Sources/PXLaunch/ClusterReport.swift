import PXWire

/// The text `swiftpx cluster start` and `status` print.
public enum ClusterReport {
    /// The lines after a successful start: what runs, and how to connect.
    /// - Parameter started: the running cluster.
    /// - Returns: the lines.
    public static func started(_ started: ClusterManager.Started) -> [String] {
        let state = started.state
        let profile = ClusterError.profileFlag(state.profile)
        return [
            "cluster \(state.clusterID) is running: \(started.engines.count) engines (launcher \(state.launcher), "
                + "profile \(state.profile)), controller at \(started.address)",
            "connect with: swiftpx --connect \(state.clientFile)",
            "or in a session: rc = ipp.Client(\"\(state.clientFile)\")",
            "stop with: swiftpx cluster stop\(profile)",
        ]
    }

    /// The lines of `status`: a summary, then one row per engine (ID, host, pid, state, note).
    /// - Parameter status: what `status` found.
    /// - Returns: the lines.
    public static func status(_ status: ClusterManager.Status) -> [String] {
        let state = status.state
        var lines = [
            "cluster \(state.clusterID) (profile \(state.profile), launcher \(state.launcher)"
                + (state.jobID.map { ", batch job \($0)" } ?? "") + ")"
        ]
        if let controller = state.controller {
            lines.append(
                "controller: pid \(controller.pid), "
                    + (status.isControllerRunning ? "running" : "not running")
                    + (status.address.map { ", at \($0)" } ?? ""))
        }
        if let problem = status.problem { lines.append("problem: \(problem)") }
        var rows = [["ID", "HOST", "PID", "STATE", "NOTE"]]
        if status.address != nil {
            rows += status.engines.map { [String($0.id.rawValue), $0.host, String($0.pid), "\($0.state)", $0.note] }
        } else {
            rows += state.engines.map { [String($0.id), $0.host, String($0.pid), "unknown", "as registered at start"] }
        }
        lines += table(rows)
        if status.address != nil {
            let alive = status.engines.filter { $0.state == .registered }.count
            lines.append("\(alive) of \(state.engineCount) engines registered")
        }
        if status.isControllerRunning {
            lines.append("connect with: swiftpx --connect \(state.clientFile)")
        }
        return lines
    }

    /// Rows padded into columns (two spaces apart, the last column unpadded).
    static func table(_ rows: [[String]]) -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        return rows.map { row in
            var line = ""
            for (index, cell) in row.enumerated() {
                line +=
                    index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count + 2)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
