import Testing

@testable import PXTransport

/// The decisions of a `PeerLink`, without a socket: events in, actions out. (Each result is bound to `rN` before
/// `#expect` checks it: the macro cannot call a mutating method.)
@Suite struct LinkStateMachineTests {
    typealias Actions = LinkStateMachine.Actions

    /// Hold limit 1 ms (1,000,000 ns), at most 3 held messages.
    static func machine() -> LinkStateMachine {
        LinkStateMachine(holdLimit: 1_000_000, maximumHeldMessages: 3)
    }

    static let caller: LinkStateMachine.ThreadIdentity = 1
    static let reader: LinkStateMachine.ThreadIdentity = 2

    // MARK: - Writing

    @Test func theFirstSenderWritesAndTheOthersOnlyAppend() {
        var link = Self.machine()
        let r1 = link.onAppended(held: false, pendingMessages: 1, now: 0)
        #expect(r1 == Actions(write: true))
        let r2 = link.onAppended(held: false, pendingMessages: 1, now: 0)
        #expect(r2 == .none, "the writer takes it")
        link.onFramesTaken()
        let r3 = link.onWriterIdle()
        #expect(r3 == .none)
        let r4 = link.onAppended(held: false, pendingMessages: 1, now: 0)
        #expect(r4 == Actions(write: true))
    }

    @Test func aHeldMessageWaitsAndWakesTheReaderOnce() {
        var link = Self.machine()
        let r1 = link.onAppended(held: true, pendingMessages: 1, now: 5)
        #expect(r1 == Actions(wakeBackgroundReader: true))
        let r2 = link.onAppended(held: true, pendingMessages: 2, now: 6)
        #expect(r2 == .none)
        #expect(link.heldSince == 5, "the oldest message counts")
        let r3 = link.onAppended(held: true, pendingMessages: 3, now: 7)
        #expect(r3 == Actions(write: true), "the cap writes")
        link.onFramesTaken()
        #expect(link.heldSince == nil)
    }

    @Test func theBackgroundReaderWritesWhatIsHeldOnceTheLimitPasses() {
        var link = Self.machine()
        _ = link.onAppended(held: true, pendingMessages: 1, now: 10_000_000)
        let r1 = link.onBackgroundIdle(now: 10_200_000, lastReceived: 0)
        #expect(r1 == .wait(milliseconds: 1))
        let r2 = link.onBackgroundIdle(now: 11_000_000, lastReceived: 0)
        #expect(r2 == .flushHeld)
    }

    @Test func theIdleLimitEndsASilentLink() {
        var link = Self.machine()
        let r1 = link.onBackgroundIdle(now: 500, lastReceived: 0)
        #expect(r1 == .wait(milliseconds: -1), "no limit: no timeout")
        let r2 = link.onIdleLimit(50_000_000)
        #expect(r2 == Actions(wakeBackgroundReader: true))
        let r3 = link.onBackgroundIdle(now: 30_000_000, lastReceived: 10_000_000)
        #expect(r3 == .wait(milliseconds: 30))
        let r4 = link.onBackgroundIdle(now: 70_000_000, lastReceived: 10_000_000)
        #expect(r4 == .idleTimeout(silent: 60_000_000))
    }

    @Test func aWriteErrorClosesTheLink() {
        var link = Self.machine()
        _ = link.onAppended(held: false, pendingMessages: 1, now: 0)
        link.onFramesTaken()
        let r1 = link.onWriteFailed(.closed)
        #expect(r1 == Actions(shutDownSocket: true))
        #expect(link.refusal == .closed)
        #expect(!link.mayWrite)
    }

    // MARK: - Closing

    @Test func closingAnIdleLinkShutsTheSocketOnce() {
        var link = Self.machine()
        let r1 = link.onCloseRequested()
        #expect(r1 == Actions(shutDownSocket: true))
        let r2 = link.onCloseRequested()
        #expect(r2 == .none)
        #expect(link.refusal == .closed)
    }

    @Test func aHeldReplyIsWrittenBeforeACleanClose() {
        // An engine holds its reply because more tasks are queued, then is told to stop and closes its link.
        var link = Self.machine()
        _ = link.onAppended(held: true, pendingMessages: 1, now: 0)
        let r1 = link.onCloseRequested()
        #expect(r1 == Actions(write: true), "the closing thread writes what is held")
        #expect(link.refusal == .closed, "nothing more is accepted")
        #expect(link.mayWrite)
        link.onFramesTaken()
        let r2 = link.onWriterIdle()
        #expect(r2 == Actions(shutDownSocket: true), "then the socket shuts")
        #expect(link.phase == .closed)
    }

    @Test func closingWhileAWriteIsUnderWayLetsTheWriterFinish() {
        var link = Self.machine()
        _ = link.onAppended(held: false, pendingMessages: 1, now: 0)
        link.onFramesTaken()
        let r1 = link.onCloseRequested()
        #expect(r1 == .none, "the socket stays open for the writer")
        #expect(link.mayWrite)
        let r2 = link.onWriterIdle()
        #expect(r2 == Actions(shutDownSocket: true))
    }

    @Test func theEndOfTheInputIsReportedOnceAndDropsWhatIsHeld() {
        var link = Self.machine()
        _ = link.onAppended(held: true, pendingMessages: 1, now: 0)
        let ended = link.onReadingEnded(nil)
        #expect(ended == Actions(wakeBackgroundReader: true, shutDownSocket: true, deliverClosed: .some(nil), broadcast: true))
        #expect(link.heldSince == nil, "the peer is gone: nothing held is written")
        let r1 = link.onReadingEnded(.closed)
        #expect(r1 == Actions(wakeBackgroundReader: true, broadcast: true))
    }

    @Test func aCloseErrorIsWhatTheHandlerHears() {
        var link = Self.machine()
        let r1 = link.onReadingEnded(.timedOut("x"))
        #expect(r1.deliverClosed == .some(.timedOut("x")))
        #expect(link.refusal == .timedOut("x"))
    }

    // MARK: - Readers

    @Test func aPumpFromInsideTheHandlerDoesNotNest() {
        var link = Self.machine()
        let r1 = link.onBackgroundWantsToRead(Self.reader)
        #expect(r1)
        let r2 = link.onPumpBegins(Self.reader)
        #expect(r2 == .nested)
    }

    @Test func aPumpWaitsForTheBackgroundReadThenTakesTheSocket() {
        var link = Self.machine()
        let r1 = link.onBackgroundWantsToRead(Self.reader)
        #expect(r1)
        let r2 = link.onPumpBegins(Self.caller)
        #expect(r2 == .queued)
        let r3 = link.onPumpTriesToRead(Self.caller)
        #expect(r3 == .waits)
        let r4 = link.onBackgroundReadDone()
        #expect(r4 == Actions(broadcast: true))
        let r5 = link.onBackgroundWantsToRead(Self.reader)
        #expect(!r5, "a waiting pump goes first")
        let r6 = link.onPumpTriesToRead(Self.caller)
        #expect(r6 == .reads(Actions(watchSocket: false)))
        let r7 = link.onPumpEnds()
        #expect(r7 == Actions(watchSocket: true, broadcast: true))
        let r8 = link.onBackgroundWantsToRead(Self.reader)
        #expect(r8)
    }

    @Test func aPumpThatTimesOutWaitingLeavesNoTrace() {
        var link = Self.machine()
        let r1 = link.onBackgroundWantsToRead(Self.reader)
        #expect(r1)
        let r2 = link.onPumpBegins(Self.caller)
        #expect(r2 == .queued)
        let r3 = link.onPumpGivesUp()
        #expect(r3 == Actions(broadcast: true))
        #expect(link.foregroundWaiting == 0)
    }

    @Test func aPumpStopsWhenTheInputEnded() {
        var link = Self.machine()
        _ = link.onReadingEnded(nil)
        let r1 = link.onPumpBegins(Self.caller)
        #expect(r1 == .queued)
        let r2 = link.onPumpTriesToRead(Self.caller)
        #expect(r2 == .ended(Actions(broadcast: true)))
        #expect(link.foregroundWaiting == 0)
    }

    // MARK: - Releasing the descriptors

    @Test func descriptorsAreReleasedOnceNoThreadCanTouchThem() {
        var link = Self.machine()
        _ = link.onAppended(held: false, pendingMessages: 1, now: 0)  // a writer is busy
        _ = link.onReadingEnded(nil)
        let r1 = link.onBackgroundIdle(now: 0, lastReceived: 0)
        #expect(r1 == .exit(Actions(broadcast: true)), "the writer still runs")
        let r2 = link.onWriterIdle()
        #expect(r2 == Actions(releaseDescriptors: true))
    }

    @Test func aPumpStillReadingWhenTheReaderExitsReleasesTheDescriptorsAfterwards() {
        // The idle limit ends the link while a caller pumps: the background reader exits first.
        var link = Self.machine()
        let r1 = link.onPumpBegins(Self.caller)
        #expect(r1 == .queued)
        let r2 = link.onPumpTriesToRead(Self.caller)
        #expect(r2 == .reads(Actions(watchSocket: false)))
        _ = link.onReadingEnded(.timedOut("silence"))
        let r3 = link.onBackgroundIdle(now: 0, lastReceived: 0)
        #expect(r3 == .exit(Actions(broadcast: true)))
        let r4 = link.onPumpEnds()
        #expect(r4 == Actions(releaseDescriptors: true, broadcast: true))
        let r5 = link.onIdleLimit(5)
        #expect(r5 == .none, "nothing touches the released descriptors")
    }
}
