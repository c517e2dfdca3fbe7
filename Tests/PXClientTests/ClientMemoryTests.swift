@testable import PXClient
import PXRuntime
import PXWire
import Testing

/// What a client keeps per task stays small: only the recent results (the history is `TaskHistoryTests`).
@Suite("Client memory")
struct ClientMemoryTests {
    @Test("rc.results keeps the most recent results only")
    func recentResults() {
        var results = RecentResults(capacity: 3)
        for n in 1...10 { results.record(.int(n), for: "1:\(n)", byteCount: 9) }
        results.record(.int(99), for: "1:9", byteCount: 9)
        #expect(results.entries.map(\.id) == ["1:8", "1:9", "1:10"])
        let values = results.entries.map { entry -> Int? in
            if case .int(let n) = entry.value { return n }
            return nil
        }
        #expect(values == [8, 99, 10])
        #expect(results.byteCount == 27)
    }

    @Test("the requests kept for rc.resubmit are the last 1024, each under 1 MiB")
    func keptRequests() {
        var store = TaskStore()
        let ids = (1...1_500).map { TaskID(client: ClientID(rawValue: 1), sequence: UInt64($0)) }
        store.keepRequests(ids, ids.map { _ in (Payload([1, 2, 3]), TaskHeader()) })
        #expect(store.keptRequestCount == TaskStore.requestCapacity)
        #expect(store.request(ids[0]) == nil)
        #expect(store.request(ids[1_499])?.payload.count == 3)
        let large = TaskID(client: ClientID(rawValue: 1), sequence: 2_000)
        store.keepRequests([large], [(Payload([UInt8](repeating: 0, count: SpareBuffer.minimumSize)), TaskHeader())])
        #expect(store.request(large) == nil, "a payload of 1 MiB is not held")
        store.remove(ids[1_499])
        #expect(store.request(ids[1_499]) == nil)
    }

    @Test("rc.results keeps large results only while they fit in its byte capacity, and always the newest")
    func recentResultsByteCapacity() {
        var results = RecentResults(capacity: 100, byteCapacity: 1_000)
        for n in 1...4 { results.record(.int(n), for: "1:\(n)", byteCount: 300) }
        #expect(results.entries.map(\.id) == ["1:2", "1:3", "1:4"])
        results.record(.int(5), for: "1:5", byteCount: 5_000)
        #expect(results.entries.map(\.id) == ["1:5"], "a result larger than the capacity stays alone")
        #expect(results.byteCount == 5_000)
        results.record(.int(6), for: "1:6", byteCount: 10)
        #expect(results.entries.map(\.id) == ["1:6"])
        #expect(results.byteCount == 10)
    }
}
