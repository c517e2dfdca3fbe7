import PXRuntime

/// `ar.metadata` shown at the prompt: a table with one row per task and where its time went (waiting in the
/// queue, running, returning), or, for one task, its keys and values. The value itself stays ipyparallel's
/// `Metadata` dict or list of them.
public enum MetadataTable {
    /// The table for a metadata dict or list of metadata dicts; nil for any other value.
    public static func render(_ value: Value, _ interpreter: Interpreter) -> String? {
        switch value {
        case .object(let m as MetadataObject) where isMetadata(m.storage):
            return "metadata of task \(text(m.storage, "msg_id", interpreter)):\n" + single(m.storage, interpreter)
        case .list(let list) where !list.items.isEmpty:
            let dicts = list.items.compactMap { item -> DictObject? in
                if case .object(let m as MetadataObject) = item, isMetadata(m.storage) { return m.storage }
                return nil
            }
            guard dicts.count == list.items.count else { return nil }
            return "metadata of \(dicts.count) tasks (ar.metadata[i] is each task's dict):\n" + rows(dicts, interpreter)
        default:
            return nil
        }
    }

    static func isMetadata(_ d: DictObject) -> Bool {
        d.count == Metadata.keys.count && Metadata.keys.allSatisfy { (try? d.get(.str($0))) != nil }
    }

    static func rows(_ dicts: [DictObject], _ vm: Interpreter) -> String {
        var table = TextTable([("task", .right), ("msg_id", .left), ("engine", .right), ("status", .left),
                               ("submitted", .left), ("queued", .right), ("ran", .right), ("returned", .right),
                               ("stdout", .left)],
                              minimumWidths: ["queued": TextTable.durationWidth, "ran": TextTable.durationWidth,
                                              "returned": TextTable.durationWidth])
        for (i, d) in dicts.enumerated() {
            let stamps = ["submitted", "started", "completed", "received"].map { stamp(d, $0) }
            func span(_ a: Int, _ b: Int) -> String {
                guard let start = stamps[a], let end = stamps[b] else { return "-" }
                return TimeFormat.format(max(0, Double(end.timestamp.rawValue - start.timestamp.rawValue) / 1e9))
            }
            let submitted = stamps[0]?.clockTime ?? "-"
            table.add([String(i), text(d, "msg_id", vm), text(d, "engine_id", vm), text(d, "status", vm), submitted,
                       span(0, 1), span(1, 2), span(2, 3), shortRepr(value(d, "stdout"), vm)])
        }
        return table.render(indent: 2)
    }

    static func single(_ d: DictObject, _ vm: Interpreter) -> String {
        var table = TextTable([("key", .left), ("value", .left)])
        for key in Metadata.keys { table.add([key, shortRepr(value(d, key), vm)]) }
        return table.render(indent: 2)
    }

    static func value(_ d: DictObject, _ key: String) -> Value { ((try? d.get(.str(key))) ?? nil) ?? .none }

    static func stamp(_ d: DictObject, _ key: String) -> DateTimeObject? {
        if case .object(let o as DateTimeObject) = value(d, key) { return o }
        return nil
    }

    /// A value as text: strings without quotes, `-` for None.
    static func text(_ d: DictObject, _ key: String, _ vm: Interpreter) -> String {
        switch value(d, key) {
        case .none: return "-"
        case .str(let s): return s
        case let v: return ValueFormatter.repr(v, vm)
        }
    }

    /// `repr` (ISO time for dates), cut to 40 characters.
    static func shortRepr(_ v: Value, _ vm: Interpreter) -> String {
        if case .object(let date as DateTimeObject) = v { return date.iso(separator: "T") }
        let text = ValueFormatter.repr(v, vm)
        return text.count > 40 ? String(text.prefix(37)) + "..." : text
    }
}
