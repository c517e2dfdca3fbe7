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

    @Test("a burst larger than the store remembers grows its tables no further than about twice the capacity")
    func storeTablesStayBounded() {
        let fixture = ClientFixture()
        let records = fixture.records(50_000)
        var store = TaskStore(capacity: 1_000)
        store.add(records)
        store.keepRequests(records.map(\.id), records.map { _ in (Payload([1, 2, 3]), TaskHeader()) })
        #expect(store.all.map(\.id) == records.suffix(1_000).map(\.id))
        #expect(store.keptRequestCount == TaskStore.requestCapacity)
        #expect(store.request(records[48_975].id) == nil)
        #expect(store.request(records[48_976].id)?.payload.count == 3)
        // Adding the whole burst before forgetting its oldest left tables sized for 50,000 entries (and held every
        // request's payload meanwhile): after 10⁶ tasks, 330 MB stayed resident.
        #expect(store.tableCapacity < 4 * TaskStore.requestCapacity, "table capacity \(store.tableCapacity)")
    }

    @Test("kept requests own their bytes: a submission's shared buffer is not held by them")
    func keptRequestsAreCopies() {
        var encoded = EncodedRequests()
        for n in 0..<3 { encoded.append(Payload([UInt8](repeating: UInt8(n), count: 10))) }
        let ids = (1...3).map { TaskID(client: ClientID(rawValue: 1), sequence: UInt64($0)) }
        var store = TaskStore()
        store.keepRequests(ids, (0..<3).map { (encoded[$0], TaskHeader()) })
        #expect(encoded[2].bytes.startIndex == 20, "the payloads are slices of one buffer")
        for (n, id) in ids.enumerated() {
            let kept = store.request(id)?.payload
            #expect(kept?.bytes.startIndex == 0)
            #expect(kept.map { Array($0.bytes) } == [UInt8](repeating: UInt8(n), count: 10))
        }
    }

    @Test("encoded requests pack small payloads into one buffer and keep large ones as they are")
    func encodedRequests() {
        var encoded = EncodedRequests()
        let large = Payload([UInt8](repeating: 7, count: EncodedRequests.packedLimit))
        encoded.append(Payload([1, 2]))
        encoded.append(large)
        encoded.append(Payload([]))
        encoded.append(Payload([3]))
        #expect(encoded.count == 4)
        #expect((0..<4).map { Array(encoded[$0].bytes) } == [[1, 2], Array(large.bytes), [], [3]])
        let base = { (payload: Payload) in payload.bytes.withUnsafeBufferPointer { $0.baseAddress.map { $0 - payload.bytes.startIndex } } }
        #expect(base(encoded[0]) == base(encoded[3]), "small payloads share one buffer")
        #expect(base(encoded[1]) == base(large), "a large payload is not copied")
    }

    @Test("an AsyncResult of tasks that are not execute keeps no per-task execute slots")
    func executedIsSparse() {
        let fixture = ClientFixture()
        let ar = fixture.asyncResult(10_000, shape: .map(ordered: true))
        #expect(ar.executed.isEmpty)
        #expect(ar.decoded.count == 10_000)
    }
}
