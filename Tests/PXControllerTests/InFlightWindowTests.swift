import PXController
import Testing

@Suite struct InFlightWindowTests {
    @Test func startsAtOneAndGrowsByOnePerShortTask() {
        var window = InFlightWindow(maximum: 256, target: .milliseconds(2))
        #expect(window.limit == 1)
        for expected in 2...10 {
            window.record(durationNanoseconds: 2_000)
            #expect(window.limit == expected)
        }
    }

    @Test func growthStopsAtTheTargetOverTheAverage() {
        var window = InFlightWindow(maximum: 256, target: .milliseconds(2))
        for _ in 0..<100 { window.record(durationNanoseconds: 500_000) }  // 0.5 ms tasks: 2 ms / 0.5 ms = 4
        #expect(window.limit == 4)
    }

    @Test func growthStopsAtTheMaximum() {
        var window = InFlightWindow(maximum: 16, target: .milliseconds(2))
        for _ in 0..<100 { window.record(durationNanoseconds: 1_000) }
        #expect(window.limit == 16)
    }

    @Test func aLongTaskDropsTheWindowToOne() {
        var window = InFlightWindow(maximum: 256, target: .milliseconds(2))
        for _ in 0..<50 { window.record(durationNanoseconds: 1_000) }
        window.record(durationNanoseconds: 5_000_000)
        #expect(window.limit == 1)
    }

    @Test func resetForgetsEverything() {
        var window = InFlightWindow(maximum: 256, target: .milliseconds(2))
        for _ in 0..<50 { window.record(durationNanoseconds: 1_000) }
        window.reset()
        #expect(window.limit == 1)
        #expect(window.averageNanoseconds == nil)
    }
}
