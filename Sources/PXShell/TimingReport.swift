import PXClient
import PXRuntime
import PXSession
import PXWire

/// `%timing AR`: per engine, its tasks, busy time, first start, last completion (both from the first
/// submission) and utilisation; then wall time, serial time and speedup.
enum TimingReport {
    static func table(_ tasks: [TaskSummary]) -> String {
        guard let origin = tasks.map(\.submitted).min() else { return "no tasks" }
        struct Engine {
            var tasks = 0, busy = 0.0
            var firstStart: Double?, lastDone: Double?
        }
        var engines: [EngineID: Engine] = [:]
        var unassigned = 0
        for task in tasks {
            guard let id = task.engine else {
                unassigned += 1
                continue
            }
            var engine = engines[id] ?? Engine()
            engine.tasks += 1
            if let started = task.started, let completed = task.completed {
                engine.busy += max(0, completed - started)
                engine.firstStart = min(engine.firstStart ?? started, started)
                engine.lastDone = max(engine.lastDone ?? completed, completed)
            }
            engines[id] = engine
        }
        let end = tasks.compactMap { $0.received ?? $0.completed }.max()
        let wall = end.map { max(0, $0 - origin) } ?? 0
        let serial = engines.values.map(\.busy).reduce(0, +)
        var table = TextTable([("engine", .right), ("tasks", .right), ("busy", .right), ("first start", .right),
                               ("last done", .right), ("util", .right)],
                              minimumWidths: ["busy": TextTable.durationWidth, "first start": TextTable.durationWidth,
                                              "last done": TextTable.durationWidth])
        for id in engines.keys.sorted() {
            guard let engine = engines[id] else { continue }
            table.add([id.description, String(engine.tasks), TimeFormat.format(engine.busy),
                       engine.firstStart.map { TimeFormat.format(max(0, $0 - origin)) } ?? "-",
                       engine.lastDone.map { TimeFormat.format(max(0, $0 - origin)) } ?? "-",
                       wall > 0 ? percent(engine.busy / wall) : "-"])
        }
        var lines = [table.render(indent: 2)]
        let pending = tasks.filter { $0.status == .pending }.count
        if pending > 0 { lines.append("  \(pending) of \(tasks.count) tasks not finished yet") }
        if unassigned > pending {
            lines.append("  \(unassigned - pending) tasks never reached an engine")
        }
        if let failures = failureLine(tasks) { lines.append(failures) }
        var summary = "  wall \(TimeFormat.format(wall)), serial \(TimeFormat.format(serial))"
        if wall > 0 { summary += ", speedup " + FloatFormatter.printf("%.2f", serial / wall) + "×" }
        summary += " on \(engines.count) engine\(engines.count == 1 ? "" : "s")"
        lines.append(summary)
        return lines.joined(separator: "\n")
    }

    /// `  2 of 8 tasks failed: ZeroDivisionError ×2` (and aborted ones), or nil when every task that ended
    /// succeeded.
    static func failureLine(_ tasks: [TaskSummary]) -> String? {
        var names: [String] = []
        var counts: [String: Int] = [:]
        for task in tasks where task.status == .error {
            let name = task.error?.type.name ?? "error"
            if counts[name] == nil { names.append(name) }
            counts[name, default: 0] += 1
        }
        let failed = counts.values.reduce(0, +)
        let aborted = tasks.filter { $0.status == .aborted }.count
        guard failed + aborted > 0 else { return nil }
        var parts: [String] = []
        if failed > 0 {
            parts.append("\(failed) of \(tasks.count) tasks failed: "
                + names.map { counts[$0] == 1 ? $0 : "\($0) ×\(counts[$0] ?? 0)" }.joined(separator: ", "))
        }
        if aborted > 0 { parts.append("\(aborted) aborted") }
        return "  " + parts.joined(separator: "; ")
    }

    static func percent(_ fraction: Double) -> String {
        String(Int((fraction * 100).rounded())) + "%"
    }
}
