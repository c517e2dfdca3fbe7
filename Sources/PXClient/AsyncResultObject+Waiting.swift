import PXRuntime

extension AsyncResultObject: AwaitableResult {
    /// Whether the result is done as a Future: every task has finished, or it was cancelled or settled.
    public var isFinished: Bool { isFutureDone }

    /// Waits on the connection for the unfinished tasks of the pending results of this client (any of them, or
    /// all); results of other clients are checked again after at most ``otherClientsPoll`` seconds.
    public func waitForResults(_ pending: [any AwaitableResult], all: Bool, timeout: Double?) throws {
        let mine = pending.compactMap { $0 as? AsyncResultObject }.filter { $0.connection === connection }
        let limit = mine.count < pending.count ? min(timeout ?? Self.otherClientsPoll, Self.otherClientsPoll) : timeout
        let records = mine.flatMap(\.records).filter { !$0.isDone }
        let duration = limit.map { Duration.nanoseconds(Int64(max(0, $0) * 1e9)) }
        let outcome = all ? connection.wait(for: records, timeout: duration)
            : connection.waitForAny(of: records, timeout: duration)
        if outcome == .interrupted { throw RuntimeError.waitStopped }
        for result in mine where result.isFinished { result.runDoneCallbacks() }
    }

    /// How often a wait over the results of several clients checks the others.
    static let otherClientsPoll = 0.05
}
