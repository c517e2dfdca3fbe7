import PXRuntime
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
        for (i, record) in ar.records.enumerated() {
            let (engine, times) = ar.connection.withLock { (record.engine, record.times) }
            var row = engine.map { rows[Int($0.rawValue)] ?? Row() } ?? unknown
            row.tasks += 1
            if case .success = ar.outcome(i) { row.ok += 1 } else { row.errors += 1 }
            if let times { row.busy += times.completed.rawValue - times.started.rawValue }
            if let engine { rows[Int(engine.rawValue)] = row } else { unknown = row }
        }
        var lines = ["  engine  tasks  status     duration"]
        func line(_ name: String, _ row: Row) -> String {
            let status = row.errors == 0 ? "ok" : row.ok == 0 ? "error" : "\(row.errors) error\(row.errors == 1 ? "" : "s")"
            return "  " + pad(name, 6) + "  " + pad(String(row.tasks), 5) + "  " + status.padded(9) + "  "
                + TimeFormat.format(Double(row.busy) / 1e9)
        }
        for engine in rows.keys.sorted() { lines.append(line(String(engine), rows[engine] ?? Row())) }
        if unknown.tasks > 0 { lines.append(line("-", unknown)) }
        return lines.joined(separator: "\n")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension String {
    func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
