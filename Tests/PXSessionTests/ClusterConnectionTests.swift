import PXTransport
import PXWire
import Synchronization
import Testing

@testable import PXSession

/// The session's bookkeeping, fed the controller's messages directly (no socket): records, snapshots, output,
/// the engine table.
@Suite("Cluster connection")
struct ClusterConnectionTests {
    static let client = ClientID(rawValue: 3)
    static let engine0 = EngineID(0)
    static let engine1 = EngineID(1)

    /// A connection registered as client 3, with engines 0 (clock 1 ms behind the controller's) and 1.
    static func registered() -> ClusterConnection {
        let connection = ClusterConnection()
        let table = EngineTable(engines: [
            EngineRecord(id: engine0, state: .registered, host: "a", pid: 10, uuid: "u0", clockOffsetNanoseconds: 1_000_000),
            EngineRecord(id: engine1, state: .registered, host: "b", pid: 11, uuid: "u1", clockOffsetNanoseconds: 0),
        ], schemeName: "leastload")
        connection.handle(.messages([Envelope(Header(kind: .registerClientReply, client: client), body: table)]))
        return connection
    }

    static func submit(_ connection: ClusterConnection, _ headers: [TaskHeader]) -> [TaskRecord] {
        connection.track(headers.map { (payload: [1, 2, 3], header: $0) }).0
    }

    static func reply(_ record: TaskRecord, engine: EngineID, failed: Bool = false, times: TaskTimes? = nil)
        -> Envelope
    {
        Envelope(Header(kind: .taskReply, flags: failed ? [.failed] : [], engine: engine, client: client, task: record.id),
                 times: times, payload: Payload([7, 8]))
    }

    static func output(_ record: TaskRecord, engine: EngineID, _ text: String, stderr: Bool = false) -> Envelope {
        Envelope(Header(kind: .taskOutput, flags: stderr ? [.stderr] : [], engine: engine, client: client, task: record.id),
                 payload: Payload(utf8: text))
    }

    @Test("registering gives the client its ID, the scheme and the engine table")
    func registration() {
        let connection = Self.registered()
        #expect(connection.clientIDNow == Self.client)
        #expect(connection.schemeName == "leastload")
        #expect(connection.engineIDs == [Self.engine0, Self.engine1])
        let records = Self.submit(connection, [TaskHeader(target: Self.engine0)])
        #expect(records[0].id == TaskID(client: Self.client, sequence: 1))
    }

    @Test("a snapshot follows a task from pending to ok, with its output and its times on the controller's clock")
    func snapshotOfAReply() {
        let connection = Self.registered()
        let record = Self.submit(connection, [TaskHeader(target: Self.engine0)])[0]
        #expect(record.snapshot.status == .pending)
        #expect(!record.isDone)
        connection.handle(.messages([
            Self.output(record, engine: Self.engine0, "hello\n"),
            Self.output(record, engine: Self.engine0, "oops\n", stderr: true),
        ]))
        let times = TaskTimes(started: Timestamp(rawValue: 5_000_000), completed: Timestamp(rawValue: 7_000_000))
        connection.handle(.messages([Self.reply(record, engine: Self.engine0, times: times)]))
        let task = record.snapshot
        #expect(task.status == .ok)
        #expect(task.isDone && record.isDone)
        #expect(task.engine == Self.engine0)
        #expect(task.stdout == "hello\n")
        #expect(task.stderr == "oops\n")
        #expect(task.started == Timestamp(rawValue: 6_000_000), "moved by the engine's clock offset")
        #expect(task.completed == Timestamp(rawValue: 8_000_000))
        #expect(task.runNanoseconds == 2_000_000)
        #expect(task.received != nil)
        #expect(connection.record(record.id) == nil, "a finished task is forgotten by the connection")
    }

    @Test("the reply is handed over once")
    func replyTakenOnce() {
        let connection = Self.registered()
        let record = Self.submit(connection, [TaskHeader(target: Self.engine1)])[0]
        #expect(record.takeReply() == nil)
        connection.handle(.messages([Self.reply(record, engine: Self.engine1)]))
        #expect(record.takeReply().map(Array.init) == [7, 8])
        #expect(record.takeReply() == nil)
        #expect(record.snapshot.status == .ok, "taking the reply does not undo the task")
    }

    @Test(
        "statuses: an error raised on the engine, an abort, a failure",
        arguments: [
            (Header.Flags.failed, nil, TaskStatus.error),
            ([], TaskFailure.Reason.aborted, .aborted),
            ([], .engineDied, .error),
            ([], .timeout, .error),
        ] as [(Header.Flags, TaskFailure.Reason?, TaskStatus)])
    func statuses(flags: Header.Flags, reason: TaskFailure.Reason?, expected: TaskStatus) {
        let connection = Self.registered()
        let record = Self.submit(connection, [TaskHeader()])[0]
        if let reason {
            let failure = TaskFailure(reason: reason, message: "no")
            connection.handle(.messages([Envelope(Header(kind: .taskFailed, client: Self.client, task: record.id),
                                                  body: failure)]))
            #expect(record.snapshot.failure == failure)
        } else {
            connection.handle(.messages([Self.reply(record, engine: Self.engine0, failed: flags.contains(.failed))]))
        }
        #expect(record.snapshot.status == expected)
    }

    @Test("closing fails every unfinished task, and only those")
    func closeFailsUnfinished() {
        let connection = Self.registered()
        let records = Self.submit(connection, [TaskHeader(target: Self.engine0), TaskHeader(target: Self.engine1)])
        connection.handle(.messages([Self.reply(records[0], engine: Self.engine0)]))
        connection.handle(.closed(nil))
        let tasks = connection.snapshots(of: records)
        #expect(tasks.map(\.status) == [.ok, .error])
        #expect(tasks[1].failure?.reason == .engineDied)
    }

    @Test("progress counts tasks and items; unfinished IDs are those without an ending")
    func progress() {
        let connection = Self.registered()
        let records = Self.submit(connection, [TaskHeader(itemCount: 3), TaskHeader(itemCount: 2), TaskHeader(itemCount: 5)])
        connection.handle(.messages([Self.reply(records[1], engine: Self.engine0)]))
        let progress = connection.progress(of: records)
        #expect(progress == TaskProgress(tasks: 3, finishedTasks: 1, items: 10, finishedItems: 2))
        #expect(!progress.isComplete)
        #expect(connection.unfinishedIDs(of: records) == [records[0].id, records[2].id])
    }

    @Test("on a terminal output is shown as it arrives; piped, when a wait for its task ends, in task order")
    func outputTiming() {
        for live in [true, false] {
            let connection = Self.registered()
            let shown = Mutex<[String]>([])
            connection.showsAllOutput = live
            connection.outputSink = { engine, isError, text in
                shown.withLock { $0.append("\(engine.map(\.description) ?? "-")\(isError ? "!" : ""):\(text)") }
            }
            let records = Self.submit(connection, [TaskHeader(target: Self.engine0), TaskHeader(target: Self.engine1)])
            connection.handle(.messages([
                Self.output(records[1], engine: Self.engine1, "second\n"),
                Self.output(records[0], engine: Self.engine0, "first\n", stderr: true),
            ]))
            #expect(shown.withLock { $0 } == (live ? ["1:second\n", "0!:first\n"] : []))
            _ = connection.wait(for: records, timeout: .zero)  // no link: ends at once, and shows what is held
            #expect(shown.withLock { $0 } == (live ? ["1:second\n", "0!:first\n"] : ["0!:first\n", "1:second\n"]))
        }
    }

    @Test("tasks submitted without live output keep it for a grouped display")
    func withoutLiveOutput() {
        let connection = Self.registered()
        let records = connection.withoutLiveOutput { Self.submit(connection, [TaskHeader()]) }
        let later = Self.submit(connection, [TaskHeader()])
        #expect(!records[0].showsOutput)
        #expect(later[0].showsOutput)
    }

    @Test("engine summaries join the table with this client's counts when the controller cannot be asked")
    func engineSummaries() {
        let connection = Self.registered()
        let record = Self.submit(connection, [TaskHeader(target: Self.engine1)])[0]
        connection.handle(.messages([Self.reply(record, engine: Self.engine1)]))
        let dead = EngineRecord(id: Self.engine0, state: .dead, host: "a", pid: 10, uuid: "u0", clockOffsetNanoseconds: 0,
                                note: "exit status 1")
        let heard = Mutex<[EngineRecord]>([])
        connection.engineListener = { record in heard.withLock { $0.append(record) } }
        connection.handle(.messages([Envelope(Header(kind: .engineStatus), body: dead)]))
        #expect(heard.withLock { $0 } == [dead])
        #expect(connection.engineIDs == [Self.engine1])
        #expect(connection.engineSummaries() == [
            EngineSummary(id: Self.engine0, host: "a", pid: 10, state: .dead, note: "exit status 1", queued: 0, completed: 0),
            EngineSummary(id: Self.engine1, host: "b", pid: 11, state: .registered, note: "", queued: 0, completed: 1),
        ])
    }
}
