import PXRuntime
import PXSession

/// Engine output as ipyparallel groups it: `[stdout:0] text` lines, by type, by engine, or in order.
public enum OutputLayout {
    /// Prefixes every line of `text` with `[stream:engine] `.
    public static func prefixed(_ text: String, stream: String, engine: Int?) -> String {
        let label = "[\(stream):\(engine.map(String.init) ?? "-")] "
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines.map { label + $0 + "\n" }.joined()
    }

    /// The captured output of every task of `ar` (and, with `includeResults`, its `Out[engine:n]:` lines),
    /// grouped by `type` (all stdout, then all stderr, then results; `order` is the same, as there are no rich
    /// outputs to interleave) or by `engine`.
    public static func render(_ ar: AsyncResultObject, groupBy: String, includeResults: Bool) -> String {
        struct Entry {
            var engine: Int?
            var stdout: String
            var stderr: String
            var result: String?
        }
        let entries: [Entry] = ar.connection.snapshots(of: ar.records).enumerated().map { i, task in
            let (engine, out, err) = (task.engine, task.stdout, task.stderr)
            _ = ar.outcome(i)
            let result = includeResults ? ar.executed[i].flatMap { count, text in
                text.map { "Out[\(engine.map { String($0.rawValue) } ?? "-"):\(count)]: \($0)\n" }
            } : nil
            return Entry(engine: engine.map { Int($0.rawValue) }, stdout: out, stderr: err, result: result)
        }
        var text = ""
        switch groupBy {
        case "engine":
            for e in entries.sorted(by: { ($0.engine ?? -1) < ($1.engine ?? -1) }) {
                text += prefixed(e.stdout, stream: "stdout", engine: e.engine)
                text += prefixed(e.stderr, stream: "stderr", engine: e.engine)
                text += e.result ?? ""
            }
        default:
            for e in entries { text += prefixed(e.stdout, stream: "stdout", engine: e.engine) }
            for e in entries { text += prefixed(e.stderr, stream: "stderr", engine: e.engine) }
            for e in entries { text += e.result ?? "" }
        }
        return text
    }
}
