import Foundation
import PXLineEditor
import Synchronization
import Testing

extension SignalSensitiveTests {
    @Suite struct InterruptSignalTests {
        @Test func waitEndsWhenTheDescriptorIsReadable() throws {
            try InterruptSignal.install()
            let pipe = Pipe()
            pipe.fileHandleForWriting.write(Data("x".utf8))
            let result = InterruptSignal.wait(
                forReadable: pipe.fileHandleForReading.fileDescriptor, timeout: .seconds(10))
            #expect(result == .readable)
        }

        @Test func waitTimesOut() throws {
            try InterruptSignal.install()
            let pipe = Pipe()
            let result = InterruptSignal.wait(
                forReadable: pipe.fileHandleForReading.fileDescriptor, timeout: .milliseconds(30))
            #expect(result == .timedOut)
        }

        @Test func wakeEventEndsAWaitUntilReset() throws {
            try InterruptSignal.install()
            let event = try WakeEvent()
            #expect(InterruptSignal.wait(forReadable: event.fileDescriptor, timeout: .milliseconds(10)) == .timedOut)
            let signaller = Thread { event.signal() }
            signaller.start()
            #expect(InterruptSignal.wait(forReadable: event.fileDescriptor, timeout: .seconds(10)) == .readable)
            event.reset()
            #expect(InterruptSignal.wait(forReadable: event.fileDescriptor, timeout: .milliseconds(10)) == .timedOut)
        }

        @Test func sigintIsCountedAndEndsAWait() throws {
            try InterruptSignal.install()
            try InterruptSignal.install()
            let pipe = Pipe()
            let baseline = InterruptSignal.count
            // Process-directed, so any thread may run the handler: the wait
            // must wake through the handler's pipe, not through EINTR.
            kill(getpid(), SIGINT)
            let result = InterruptSignal.wait(
                forReadable: pipe.fileHandleForReading.fileDescriptor, timeout: .seconds(10), since: baseline)
            #expect(result == .interrupted)
            #expect(InterruptSignal.count == baseline + 1)
        }

        @Test func pressBeforeTheWaitCountsWithABaseline() throws {
            try InterruptSignal.install()
            let baseline = InterruptSignal.count
            kill(getpid(), SIGINT)
            let result = InterruptSignal.wait(forReadable: nil, timeout: .seconds(10), since: baseline)
            #expect(result == .interrupted)
        }

        @Test func plainReaderReturnsInterruptedWhileWaiting() throws {
            try InterruptSignal.install()
            let pipe = Pipe()
            let reader = PlainLineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
            // The reader takes its baseline inside `readLine`, so keep pressing
            // Ctrl-C until it has returned. The signal is process-directed: the
            // reading thread (a Swift concurrency worker) blocks SIGINT, so the
            // handler runs elsewhere and must wake the reader through its pipe.
            let signaller = SignallerThread()
            let first = reader.readLine(prompt: "")
            signaller.stopAndJoin()
            #expect(first == .interrupted)

            // The reader still works; a press still in flight may end one more read.
            pipe.fileHandleForWriting.write(Data("after\n".utf8))
            var next = reader.readLine(prompt: "")
            for _ in 0..<3 where next == .interrupted {
                next = reader.readLine(prompt: "")
            }
            #expect(next == .line("after"))
        }
    }
}

/// A thread that sends SIGINT to the process every few milliseconds until stopped.
private final class SignallerThread: @unchecked Sendable {
    // @unchecked Sendable: `isDone` is guarded by `condition`; `shouldStop` is atomic.
    private let condition = NSCondition()
    private var isDone = false
    private let shouldStop = Atomic<Bool>(false)

    init() {
        let thread = Thread { [self] in
            let deadline = ContinuousClock.now.advanced(by: .seconds(10))
            while !shouldStop.load(ordering: .acquiring) && ContinuousClock.now < deadline {
                kill(getpid(), SIGINT)
                usleep(5_000)
            }
            condition.lock()
            isDone = true
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// Stops sending and returns once the thread has sent its last signal.
    func stopAndJoin() {
        shouldStop.store(true, ordering: .releasing)
        condition.lock()
        while !isDone {
            condition.wait()
        }
        condition.unlock()
    }
}
