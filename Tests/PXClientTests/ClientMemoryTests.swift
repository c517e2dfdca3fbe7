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
