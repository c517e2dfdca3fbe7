import Testing

@testable import PXSession

/// Ctrl-C twice: which press counts as the second one.
@Suite struct StoppedWaitTests {
    private let stopped = StoppedWait(tasks: [], at: 1_000_000_000, press: 4)

    @Test func thePressThatStoppedTheWaitIsNotASecondPress() {
        #expect(!stopped.isSecondPress(4, at: 1_100_000_000, within: 3))
    }

    @Test func aLaterPressWithinTheWindowIs() {
        #expect(stopped.isSecondPress(5, at: 3_900_000_000, within: 3))
    }

    @Test func aLaterPressAfterTheWindowIsNot() {
        #expect(!stopped.isSecondPress(5, at: 4_100_000_000, within: 3))
    }
}
