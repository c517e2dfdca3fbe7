import PXRuntime
import Testing

@testable import PXClient

/// An AsyncResult as a `concurrent.futures.Future`: what `set_running_or_notify_cancel` says when the Future is
/// past pending. (The rest of the Future's rules are compared with ipyparallel 9.2 by the script corpus,
/// `Tests/ClusterTests/IPyParallel/future_state.py`; this case prints the object's id, which differs per run.)
@Suite("AsyncResult's Future state")
struct FutureStateTests {
    func call(_ ar: AsyncResultObject, _ name: String, _ fixture: ClientFixture) throws -> Value? {
        try ar.callMethod(name, Arguments(), fixture.interpreter)
    }

    func identity(_ ar: AsyncResultObject, _ fixture: ClientFixture) throws -> String {
        let id = try fixture.interpreter.call(fixture.interpreter.globals.builtins["id"]!, .object(ar))
        return fixture.repr(id)
    }

    @Test("told again while running or once finished: concurrent.futures' critical log line, then RuntimeError")
    func unexpectedState() throws {
        let fixture = ClientFixture()
        let output = try #require(fixture.interpreter.output as? BufferedOutput)
        let ar = fixture.asyncResult(1, shape: .single)
        #expect(try call(ar, "set_running_or_notify_cancel", fixture).map(fixture.repr) == "True")
        let running = #expect(throws: RuntimeError.self) { try call(ar, "set_running_or_notify_cancel", fixture) }
        #expect(running?.exception.type === BuiltinTypes.runtimeError)
        #expect(running?.exception.message == "Future in unexpected state")
        #expect(output.take().stderr == "Future \(try identity(ar, fixture)) in unexpected state: RUNNING\n")

        try fixture.reply(ar.records[0], with: .value(.int(7)))
        #expect(try call(ar, "running", fixture).map(fixture.repr) == "False")
        #expect(throws: RuntimeError.self) { try call(ar, "set_running_or_notify_cancel", fixture) }
        #expect(output.take().stderr == "Future \(try identity(ar, fixture)) in unexpected state: FINISHED\n")
        #expect(fixture.repr(try ar.get(timeout: nil)) == "7")
    }

    @Test("a pending result is PENDING, not running, until set_running_or_notify_cancel")
    func pendingIsNotRunning() throws {
        let fixture = ClientFixture()
        let ar = fixture.asyncResult(2, shape: .perTask)
        #expect(ar.futureState == .pending)
        #expect(try call(ar, "running", fixture).map(fixture.repr) == "False")
        #expect(try call(ar, "done", fixture).map(fixture.repr) == "False")
        try fixture.reply(ar.records[0], with: .value(.int(1)))
        #expect(ar.futureState == .pending)
        try fixture.reply(ar.records[1], with: .value(.int(2)))
        #expect(ar.futureState == .finished)
    }
}
