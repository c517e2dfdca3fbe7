import Foundation
import PXClient
import PXSession

/// The tasks of an AsyncResult in Chrome's trace event format (JSON), which Perfetto and `chrome://tracing`
/// open: one complete event (`"ph": "X"`) per task on the row (thread) of its engine, times in microseconds
/// from the first submission.
enum ChromeTrace {
    struct Document: Codable {
        var traceEvents: [Event]
        var displayTimeUnit = "ms"
    }

    struct Event: Codable {
        var name: String
        var cat: String?
        var ph: String
        var ts: Double?
        var dur: Double?
        var pid: Int
        var tid: Int
        var args: [String: String]?
    }

    static func json(_ tasks: [TaskSummary], name: String) throws -> Data {
        let origin = tasks.map(\.submitted).min() ?? 0
        func micros(_ t: Double) -> Double { ((t - origin) * 1e7).rounded() / 10 }
        var events = [Event(name: "process_name", ph: "M", pid: 1, tid: 0, args: ["name": "swiftpx: \(name)"])]
        for engine in Set(tasks.compactMap(\.engine)).sorted() {
            events.append(Event(name: "thread_name", ph: "M", pid: 1, tid: Int(engine.rawValue),
                                args: ["name": "engine \(engine)"]))
        }
        for task in tasks {
            guard let engine = task.engine, let started = task.started, let completed = task.completed else { continue }
            var args = ["msg_id": task.id.description, "status": task.status.rawValue, "items": String(task.items),
                        "queued_us": String(micros(started) - micros(task.submitted))]
            if let received = task.received { args["returned_us"] = String(micros(received) - micros(completed)) }
            events.append(Event(name: name, cat: "task", ph: "X", ts: micros(started),
                                dur: max(0, micros(completed) - micros(started)), pid: 1, tid: Int(engine.rawValue),
                                args: args))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(Document(traceEvents: events))
    }
}
