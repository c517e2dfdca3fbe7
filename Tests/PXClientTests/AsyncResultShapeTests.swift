import PXCodec
import PXRuntime
import PXWire
import Testing

@testable import PXClient

/// What `get()` returns for each kind of submission, and how errors combine: replies are fed to the session by
/// hand, so every shape is checked without engines.
@Suite("AsyncResult shapes")
struct AsyncResultShapeTests {
    func list(_ values: [Int]) -> TaskResult { .value(.list(ListObject(values.map { .int($0) }))) }

    func errorName(_ body: () throws -> Value) -> String {
        do {
            _ = try body()
            return "no error"
        } catch let error as RuntimeError {
            return error.kind.name
        } catch {
            return "\(error)"
        }
    }

    @Test("single: the one value (rc[0].apply)")
    func single() throws {
        let fixture = ClientFixture()
        let ar = fixture.asyncResult(1, shape: .single)
        try fixture.reply(ar.records[0], with: .value(.int(7)))
        #expect(fixture.repr(try ar.get(timeout: nil)) == "7")
        #expect(ar.pythonType.name == "AsyncResult")
    }

    @Test("per task: a list in engine order (rc[:].apply)")
    func perTask() throws {
        let fixture = ClientFixture()
        let ar = fixture.asyncResult(3, shape: .perTask)
        for (i, record) in ar.records.enumerated().reversed() {
            try fixture.reply(record, with: .value(.int(i * 10)), engine: UInt32(i))
        }
        #expect(fixture.repr(try ar.get(timeout: nil)) == "[0, 10, 20]")
        #expect(fixture.repr(try ar.getDict(timeout: nil)) == "{0: 0, 1: 10, 2: 20}")
    }

    @Test("map: the chunks concatenated, iterated item by item in order")
    func orderedMap() throws {
        let fixture = ClientFixture()
        let ar = fixture.asyncResult(2, shape: .map(ordered: true), itemsEach: 2)
        try fixture.reply(ar.records[1], with: list([4, 9]))
        try fixture.reply(ar.records[0], with: list([0, 1]))
        #expect(fixture.repr(try ar.get(timeout: nil)) == "[0, 1, 4, 9]")
        #expect(ar.pythonType.name == "AsyncMapResult")
        #expect(try ar.length(fixture.interpreter) == 4)
        let iterator = try ar.makeIterator(fixture.interpreter)
        var items: [String] = []
        while let item = try iterator.next() { items.append(fixture.repr(item)) }
        #expect(items == ["0", "1", "4", "9"])
    }

    @Test("unordered map: items in the order their chunks finish")
    func unorderedMap() throws {
        let fixture = ClientFixture()
        let ar = fixture.asyncResult(2, shape: .map(ordered: false), itemsEach: 2)
        try fixture.reply(ar.records[1], with: list([4, 9]))
        let iterator = try ar.makeIterator(fixture.interpreter)
        let first = try iterator.next().map(fixture.repr)
        let second = try iterator.next().map(fixture.repr)
        try fixture.reply(ar.records[0], with: list([0, 1]))
        var rest: [String] = []
        while let item = try iterator.next() { rest.append(fixture.repr(item)) }
        #expect([first, second] == ["4", "9"])
        #expect(rest == ["0", "1"])
    }

    @Test("gather: pulled parts joined, lists chained")
    func gather() throws {
        let fixture = ClientFixture()
        let ar = fixture.asyncResult(2, shape: .gather)
        try fixture.reply(ar.records[0], with: list([1, 2]))
        try fixture.reply(ar.records[1], with: list([3]))
        #expect(fixture.repr(try ar.get(timeout: nil)) == "[1, 2, 3]")
    }

    @Test("nothing: None, or a None per task (push, scatter)")
    func nothing() throws {
        let fixture = ClientFixture()
        let perTask = fixture.asyncResult(2, shape: .nothing(perTask: true))
        let whole = fixture.asyncResult(2, shape: .nothing(perTask: false))
        for record in perTask.records + whole.records { try fixture.reply(record, with: .value(.none)) }
        #expect(fixture.repr(try perTask.get(timeout: nil)) == "[None, None]")
        #expect(fixture.repr(try whole.get(timeout: nil)) == "None")
    }

    @Test("one error raises it; several raise a CompositeError; a dropped task raises TaskAborted")
    func errors() throws {
        let fixture = ClientFixture()
        let failure = TaskResult.error(RemoteErrorInfo(name: "ZeroDivisionError", message: "division by zero",
                                                       traceback: ["ZeroDivisionError: division by zero"]))
        let single = fixture.asyncResult(1, shape: .single)
        try fixture.reply(single.records[0], with: failure)
        #expect(errorName { try single.get(timeout: nil) } == "RemoteError")

        let several = fixture.asyncResult(3, shape: .perTask)
        try fixture.reply(several.records[0], with: failure, engine: 0)
        try fixture.reply(several.records[1], with: .value(.int(1)), engine: 1)
        try fixture.reply(several.records[2], with: failure, engine: 2)
        #expect(errorName { try several.get(timeout: nil) } == "CompositeError")
        #expect(fixture.repr(Metadata.value("status", of: several, index: 1)) == "'ok'")
        #expect(fixture.repr(Metadata.value("status", of: several, index: 2)) == "'error'")

        let aborted = fixture.asyncResult(1, shape: .single)
        fixture.fail(aborted.records[0], .aborted)
        #expect(errorName { try aborted.get(timeout: nil) } == "TaskAborted")
        #expect(fixture.repr(Metadata.value("status", of: aborted, index: 0)) == "'aborted'")
        #expect(aborted.summaries.map(\.status) == [.aborted])
    }

    @Test("before its reply a task is pending, and reading it early keeps nothing")
    func pending() throws {
        let fixture = ClientFixture()
        let ar = fixture.asyncResult(1, shape: .single)
        #expect(!ar.isReady)
        #expect(ar.summaries.map(\.status) == [.pending])
        if case .success = ar.outcome(0) { Issue.record("an unfinished task has no value") }
        try fixture.reply(ar.records[0], with: .value(.int(3)))
        #expect(ar.isReady)
        #expect(fixture.repr(try ar.get(timeout: nil)) == "3", "the early read did not keep 'Result not ready'")
        #expect(ar.summaries.map(\.status) == [.ok])
    }
}
