// MARK: - Closing dropped generators

extension Interpreter {
    /// Queues a suspended generator that was dropped, to be closed at the next safe point.
    ///
    /// A generator is dropped when its last reference goes, which may happen in the middle of any
    /// operation (a dictionary entry being replaced): its `finally` cannot run there, so it runs when the
    /// loop or call that dropped it ends, or when the statement being run finishes.
    func scheduleFinalization(_ frame: GeneratorFrame) {
        pendingFinalizers.append(frame)
        hasPendingFinalizers = true
    }

    /// Closes the queued generators. What their cleanup raises is ignored, as CPython ignores it (it
    /// reports "Exception ignored in" on stderr).
    func runFinalizers() {
        while !pendingFinalizers.isEmpty {
            let frames = pendingFinalizers
            pendingFinalizers = []
            hasPendingFinalizers = false
            let saved = (isResuming, resumeInput, resumeThrows)
            for frame in frames { try? frame.close() }
            (isResuming, resumeInput, resumeThrows) = saved
        }
        hasPendingFinalizers = false
    }
}
