import PXClient
import PXRuntime
import PXSession

/// `%timeline AR`: the tasks of an AsyncResult as a Gantt chart, one row per engine, across the terminal's
/// width, with a labelled time axis. Time 0 is the first submission.
enum TimelineChart {
    /// Glyphs alternate between consecutive tasks of an engine so that neighbours stay apart; failed tasks
    /// are drawn with `x`.
    static let glyphs: [Character] = ["█", "▓"]
    static let errorGlyph: Character = "x"

    static func render(_ tasks: [TaskSummary], width: Int) -> String {
        guard let origin = tasks.map(\.submitted).min() else { return "no tasks" }
        let ran = tasks.filter { $0.engine != nil && $0.started != nil && $0.completed != nil }
        let end = tasks.compactMap { $0.received ?? $0.completed }.max() ?? origin
        let span = max(end - origin, 1e-9)
        let engines = Array(Set(ran.compactMap(\.engine))).sorted()
        guard !engines.isEmpty else { return "no task has run yet" }
        let labels = engines.map { "engine \($0) " }
        let labelWidth = labels.map(\.count).max() ?? 0
        let columns = max(10, width - labelWidth - 2)
        func column(_ t: Double) -> Int { min(columns - 1, max(0, Int(((t - origin) / span * Double(columns)).rounded(.down)))) }

        var lines: [String] = []
        for (row, engine) in engines.enumerated() {
            var cells = [Character](repeating: " ", count: columns)
            let mine = ran.filter { $0.engine == engine }.sorted { ($0.started ?? 0) < ($1.started ?? 0) }
            // Failed tasks are drawn last, so a short one stays visible however busy its column is.
            for failedPass in [false, true] {
                for (n, task) in mine.enumerated() where (task.status == .error) == failedPass {
                    guard let started = task.started, let completed = task.completed else { continue }
                    let glyph = failedPass ? errorGlyph : glyphs[n % glyphs.count]
                    for c in column(started)...max(column(started), column(completed)) { cells[c] = glyph }
                }
            }
            lines.append(labels[row] + String(repeating: " ", count: labelWidth - labels[row].count) + "│" + String(cells) + "│")
        }
        let margin = String(repeating: " ", count: labelWidth)
        let ticks = max(2, min(5, columns / 14))
        var axis = [Character](repeating: "─", count: columns)
        var labelsLine = [Character](repeating: " ", count: columns + 2)
        for i in 0..<ticks {
            let position = i * (columns - 1) / (ticks - 1)
            axis[position] = "┬"
            let text = Array(i == 0 ? "0 s" : TimeFormat.format(span * Double(i) / Double(ticks - 1)))
            let start = min(max(0, position + 1 - (i == 0 ? 0 : text.count / 2)), labelsLine.count - text.count)
            guard labelsLine[max(0, start - 1)..<min(labelsLine.count, start + text.count + 1)].allSatisfy({ $0 == " " }) else {
                continue
            }
            labelsLine.replaceSubrange(start..<(start + text.count), with: text)
        }
        lines.append(margin + "└" + String(axis) + "┘")
        lines.append(margin + String(labelsLine).trimmingTrailingSpaces())
        let failed = tasks.filter { $0.status == .error }.count
        lines.append("\(ran.count) tasks on \(engines.count) engine\(engines.count == 1 ? "" : "s") from submission to "
            + "last result; █ and ▓ alternate between tasks" + (failed > 0 ? ", x failed (\(failed))" : "") + ".")
        return lines.joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
