import Foundation
@testable import PXClient
@testable import PXShell
import PXSession
import PXRuntime
import PXWire
import Testing

/// `%timing`, `%timeline` and `--trace` on tasks with known times (seconds from 1000.0).
@Suite("Timing views")
struct TimingViewTests {
    static func task(_ n: Int, engine: Int?, submitted: Double = 0, started: Double?, completed: Double?,
                     received: Double? = nil, status: TaskStatus = .ok) -> TaskSummary {
        TaskSummary(id: TaskID(client: ClientID(rawValue: 1), sequence: UInt64(n)),
                    engine: engine.map { EngineID(UInt32($0)) }, submitted: 1000 + submitted, started: started.map { 1000 + $0 },
                    completed: completed.map { 1000 + $0 }, received: (received ?? completed).map { 1000 + $0 },
                    items: 1, status: status, stdout: "", stderr: "", executeResult: nil, error: nil)
    }

    /// Engine 0 runs two 0.4 s tasks back to back, engine 1 one 0.5 s task; the last result arrives at 1.0 s.
    static var tasks: [TaskSummary] { [
        task(1, engine: 0, started: 0.1, completed: 0.5),
        task(2, engine: 0, started: 0.5, completed: 0.9),
        task(3, engine: 1, started: 0.2, completed: 0.7, received: 1.0),
    ] }

    @Test("%timing: busy, first start, last done, utilisation, then wall, serial and speedup")
    func timingTable() {
        #expect(TimingReport.table(Self.tasks) == """
              engine  tasks     busy  first start  last done  util
                   0      2   800 ms       100 ms     900 ms   80%
                   1      1   500 ms       200 ms     700 ms   50%
              wall 1 s, serial 1.3 s, speedup 1.30× on 2 engines
            """)
    }

    @Test("%timing says which tasks have not finished")
    func timingPending() {
        let pending = Self.tasks + [Self.task(4, engine: nil, started: nil, completed: nil, status: .pending)]
        #expect(TimingReport.table(pending).contains("  1 of 4 tasks not finished yet"))
    }

    @Test("%timeline: one row per engine, bars where tasks ran, a labelled axis")
    func timeline() {
        let chart = TimelineChart.render(Self.tasks, width: 30).split(separator: "\n").map(String.init)
        // 30 columns less the label and the frame: 19 columns for 1 s.
        #expect(chart[0] == "engine 0 │ ████████▓▓▓▓▓▓▓▓▓ │")
        #expect(chart[1] == "engine 1 │   ███████████     │")
        #expect(chart[2] == "         └┬─────────────────┬┘")
        #expect(chart[3] == "          0 s              1 s")
        #expect(chart[4].hasPrefix("3 tasks on 2 engines"))
    }

    @Test("%timeline marks failed tasks with x")
    func timelineErrors() {
        let failed = [Self.task(1, engine: 0, started: 0, completed: 1, status: .error)]
        #expect(TimelineChart.render(failed, width: 30).hasPrefix("engine 0 │xxxxxxxxxxxxxxxxxxx│"))
    }

    @Test("a short failed task between long ones stays visible in %timeline, and the footer counts failures")
    func timelineShortFailure() {
        let tasks = [Self.task(1, engine: 0, started: 0, completed: 0.5),
                     Self.task(2, engine: 0, started: 0.5, completed: 0.5001, status: .error),
                     Self.task(3, engine: 0, started: 0.5001, completed: 1)]
        let chart = TimelineChart.render(tasks, width: 30)
        #expect(chart.split(separator: "\n")[0].contains("x"))
        #expect(chart.contains(", x failed (1)."))
    }

    @Test("%timing counts failed tasks by error and aborted ones")
    func timingFailures() {
        func failed(_ n: Int, _ name: TypeObject) -> TaskSummary {
            var task = Self.task(n, engine: 0, started: 0.1, completed: 0.2, status: .error)
            task.error = ExceptionObject(type: name, args: [])
            return task
        }
        let tasks = Self.tasks + [failed(4, BuiltinTypes.zeroDivisionError), failed(5, BuiltinTypes.zeroDivisionError),
                                  failed(6, BuiltinTypes.valueError),
                                  Self.task(7, engine: nil, started: nil, completed: nil, status: .aborted)]
        #expect(TimingReport.table(tasks).contains("\n  3 of 7 tasks failed: ZeroDivisionError ×2, ValueError; 1 aborted\n"))
        #expect(!TimingReport.table(Self.tasks).contains("failed"))
    }

    @Test("--trace writes Chrome trace events: metadata names, then one complete event per task")
    func chromeTraceSchema() throws {
        let data = try ChromeTrace.json(Self.tasks, name: "work")
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["displayTimeUnit"] as? String == "ms")
        let events = try #require(document["traceEvents"] as? [[String: Any]])
        let names = events.filter { $0["ph"] as? String == "M" }
        #expect(names.compactMap { $0["name"] as? String }.sorted() == ["process_name", "thread_name", "thread_name"])
        #expect(names.allSatisfy { ($0["args"] as? [String: Any])?["name"] is String })
        let complete = events.filter { $0["ph"] as? String == "X" }
        #expect(complete.count == 3)
        for event in complete {
            #expect(event["name"] as? String == "work")
            #expect(event["pid"] as? Int == 1)
            #expect([0, 1].contains(event["tid"] as? Int))
            #expect((event["ts"] as? Double ?? -1) >= 0)
            #expect((event["dur"] as? Double ?? -1) > 0)
        }
        let first = try #require(complete.first { ($0["args"] as? [String: String])?["msg_id"] == "1:1" })
        #expect(first["ts"] as? Double == 100_000)
        #expect(first["dur"] as? Double == 400_000)
    }

    @Test("the progress bar counts items with rate and time left, like tqdm")
    func progressBar() {
        let bar = ProgressBar.render(done: 40, total: 100, elapsed: 2, label: "map", width: 80)
        #expect(bar == "map:  40%|" + String(repeating: "█", count: 12) + "▊" + String(repeating: " ", count: 19)
            + "| 40/100 [00:02<00:03, 20.00 items/s]")
        let done = ProgressBar.render(done: 7, total: 7, elapsed: 0.5, label: "%px", width: 60)
        #expect(done.hasPrefix("%px: 100%|██████████") && done.hasSuffix("| 7/7 [00:00<00:00, 14.00 items/s]"))
        #expect(ProgressBar.clock(3725) == "1:02:05")
    }

    @Test("text tables align numbers right and words left, and keep minimum widths")
    func textTable() {
        var table = TextTable([("id", .right), ("name", .left), ("time", .right)], minimumWidths: ["time": 7])
        table.add(["3", "alpha", "1 s"])
        table.add(["12", "b", "250 ms"])
        #expect(table.render(indent: 1) == """
             id  name      time
              3  alpha      1 s
             12  b       250 ms
            """)
    }
}
