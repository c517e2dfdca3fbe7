import PXRuntime
import PXWire
import Testing

@testable import PXClient

/// Which engines `rc[...]`, `direct_view(targets)` and `%px --targets` mean, with ipyparallel's errors.
@Suite("Target parsing")
struct TargetParsingTests {
    func spec(_ key: Value, engines: [UInt32] = [0, 1, 2]) throws -> TargetSpec {
        let fixture = ClientFixture(engines: engines)
        return try fixture.client.targets(from: key, fixture.interpreter)
    }

    func numbers(_ spec: TargetSpec) -> [UInt32]? {
        switch spec {
        case .all: return nil
        case .single(let engine): return [engine.rawValue]
        case .list(let engines): return engines.map(\.rawValue)
        }
    }

    func message(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            return "no error"
        } catch let error as RuntimeError {
            return "\(error.kind.name): \(error.exception.message)"
        } catch {
            return "\(error)"
        }
    }

    @Test("rc[i], rc[-1], rc[::2], rc[[0, 2]], rc['all']")
    func keys() throws {
        if case .single(let engine) = try spec(.int(1)) { #expect(engine == EngineID(1)) } else { Issue.record("rc[1]") }
        #expect(numbers(try spec(.int(-1))) == [2])
        let everyOther = Value.slice(SliceObject(start: .none, stop: .none, step: .int(2)))
        #expect(numbers(try spec(everyOther)) == [0, 2])
        #expect(numbers(try spec(.list(ListObject([.int(0), .int(2)])))) == [0, 2])
        #expect(numbers(try spec(.str("all"))) == nil)
        #expect(numbers(try spec(.none)) == nil)
    }

    @Test("engines are found by number, not position")
    func byNumber() throws {
        #expect(numbers(try spec(.int(5), engines: [2, 5])) == [5])
        #expect(message { try spec(.int(0), engines: [2, 5]) } == "IndexError: No such engine: 0")
    }

    @Test("bad keys give ipyparallel's errors")
    func errors() {
        #expect(message { try spec(.int(7)) } == "IndexError: No such engine: 7")
        #expect(message { try spec(.int(-4)) } == "IndexError: No such engine: -4")
        #expect(message { try spec(.str("some")) } == "TypeError: 'some' not valid str target, must be 'all'")
        #expect(message { try spec(.float(1)) } == "TypeError: key by int/slice/iterable of ints only, not float")
        #expect(message { try spec(.int(0), engines: []) }.hasPrefix("NoEnginesRegistered: This operation requires engines."))
    }

    @Test(
        "%px --targets is parsed without evaluating code",
        arguments: [
            ("all", "'all'"), ("", "'all'"), ("3", "3"), ("-1", "-1"), ("0,2", "[0, 2]"), ("[0, 2]", "[0, 2]"),
            ("(1,)", "[1]"), ("::2", "slice(None, None, 2)"), ("1:", "slice(1, None, None)"),
            ("0:3:2", "slice(0, 3, 2)"),
        ])
    func parsing(text: String, repr: String) throws {
        let fixture = ClientFixture()
        #expect(fixture.repr(try fixture.client.targets(parsing: text, interpreter: fixture.interpreter)) == repr)
    }

    @Test("a --targets that is not a number, list or slice is refused")
    func parsingErrors() {
        let fixture = ClientFixture()
        #expect(message { try fixture.client.targets(parsing: "os.system('x')", interpreter: fixture.interpreter) }
            == "ValueError: bad --targets 'os.system('x')': use all, an engine id, a list such as 0,2, or a slice such as ::2")
        #expect(message { try fixture.client.targets(parsing: "1:2:3:4", interpreter: fixture.interpreter) }
            == "ValueError: bad --targets slice '1:2:3:4'")
    }
}
