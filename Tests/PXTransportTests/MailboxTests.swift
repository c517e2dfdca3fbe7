import Testing

@testable import PXTransport

@Suite(.timeLimit(.minutes(1))) struct MailboxTests {
    @Test func takeTimesOutWhenEmpty() {
        let mailbox = Mailbox<Int>()
        let start = MonotonicClock.nanoseconds()
        #expect(mailbox.take(timeout: .milliseconds(50)) == nil)
        #expect(MonotonicClock.nanoseconds() - start >= 40_000_000)
    }

    @Test func aPutWakesABlockedTake() async {
        let mailbox = Mailbox<Int>()
        async let taken = Task.detached { mailbox.take(timeout: .seconds(10)) }.value
        mailbox.put(7)
        #expect(await taken == 7)
    }

    @Test func closeWakesWaitersButKeepsQueuedItems() {
        let mailbox = Mailbox<Int>()
        mailbox.put(contentsOf: [1, 2])
        mailbox.close()
        mailbox.put(3)
        #expect(mailbox.takeAll() == [1, 2])
        #expect(mailbox.take(timeout: .seconds(1)) == nil)
    }
}
