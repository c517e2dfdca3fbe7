import PXRuntime
import PXSession
import PXWire

/// The per-engine timing table shown under a finished AsyncResult at the prompt.
enum TimingTable {
    static func summary(_ ar: AsyncResultObject) -> String {
        struct Row {
            var tasks = 0, ok = 0, errors = 0
            var busy: Int64 = 0
        }
        var rows: [Int: Row] = [:]
        var unknown = Row()
        for (i, task) in ar.connection.snapshots(of: ar.records).enumerated() {
            let engine = task.engine
            var row = engine.map { rows[Int($0.rawValue)] ?? Row() } ?? unknown
            row.tasks += 1
            if case .success = ar.outcome(i) { row.ok += 1 } else { row.errors += 1 }
            if let run = task.runNanoseconds { row.busy += run }
            if let engine { rows[Int(engine.rawValue)] = row } else { unknown = row }
        }
        var table = TextTable([("engine", .right), ("tasks", .right), ("status", .left), ("duration", .right)],
                              minimumWidths: ["duration": TextTable.durationWidth])
        func add(_ name: String, _ row: Row) {
            let status = row.errors == 0 ? "ok" : row.ok == 0 ? "error" : "\(row.errors) error\(row.errors == 1 ? "" : "s")"
            table.add([name, String(row.tasks), status, TimeFormat.format(Double(row.busy) / 1e9)])
        }
        for engine in rows.keys.sorted() { add(String(engine), rows[engine] ?? Row()) }
        if unknown.tasks > 0 { add("-", unknown) }
        return table.render(indent: 2)
    }
}
