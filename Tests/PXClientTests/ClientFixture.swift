import PXCodec
import PXRuntime
import PXWire

@testable import PXClient
@testable import PXSession

/// A client object over a session fed by hand (no controller, no socket): engines 0, 1 and 2 registered,
/// tasks answered with `reply(_:with:)`.
final class ClientFixture {
    static let clientID = ClientID(rawValue: 1)

    let interpreter = Interpreter()
    let connection = ClusterConnection()
    let client: ClientObject

    /// - Parameter engines: the registered engines' numbers. Default: 0, 1, 2.
    init(engines: [UInt32] = [0, 1, 2]) {
        let table = EngineTable(
            engines: engines.map {
                EngineRecord(id: EngineID($0), state: .registered, host: "h", pid: Int32($0) + 100, uuid: "u\($0)",
                             clockOffsetNanoseconds: 0)
            }, schemeName: "leastload")
        connection.handle(.messages([Envelope(Header(kind: .registerClientReply, client: Self.clientID), body: table)]))
        client = ClientObject(connection: connection, interpreter: interpreter, provider: nil)
    }

    /// Records for `count` tasks, as `submit` makes them (nothing is sent).
    func records(_ count: Int, itemsEach: UInt32 = 1) -> [TaskRecord] {
        connection.track((0..<count).map { _ in (payload: [], header: TaskHeader(itemCount: itemsEach)) }).0
    }

    /// An AsyncResult over new records.
    func asyncResult(_ count: Int, shape: AsyncResultObject.Shape, itemsEach: UInt32 = 1) -> AsyncResultObject {
        AsyncResultObject(client: client, records: records(count, itemsEach: itemsEach), fname: "f", shape: shape)
    }

    /// Delivers the engine's reply to `record`, as the controller forwards it.
    func reply(_ record: TaskRecord, with result: TaskResult, engine: UInt32 = 0) throws {
        let failed: Bool
        if case .error = result { failed = true } else { failed = false }
        connection.handle(.messages([
            Envelope(Header(kind: .taskReply, flags: failed ? [.failed] : [], engine: EngineID(engine),
                            client: Self.clientID, task: record.id),
                     payload: Payload(try result.encoded()))
        ]))
    }

    /// Delivers a failure the controller reports instead of a reply.
    func fail(_ record: TaskRecord, _ reason: TaskFailure.Reason, message: String = "no") {
        connection.handle(.messages([
            Envelope(Header(kind: .taskFailed, client: Self.clientID, task: record.id),
                     body: TaskFailure(reason: reason, message: message))
        ]))
    }

    /// The repr of a value in the client's interpreter.
    func repr(_ value: Value) -> String { ValueFormatter.repr(value, interpreter) }
}
