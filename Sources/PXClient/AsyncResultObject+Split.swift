import PXRuntime
import PXSession

// MARK: - split, join, wait(return_when=...)

extension AsyncResultObject {
    /// `ar.split()`: one `AsyncResult` per message, as a tuple (`(ar,)` for a single message). A result of one
    /// task of `apply` gets that task's value; a map's chunk gets a list holding the chunk's values, as in
    /// ipyparallel. Outcomes already decoded carry over, so the parts read no reply twice.
    func split() -> Value {
        guard records.count > 1 else { return .tuple([.object(self)]) }
        return .tuple(records.indices.map { i in
            let part = AsyncResultObject(client: client, records: [records[i]], fname: fname,
                                         shape: isMap ? .perTask : .single, method: method, code: code)
            part.returnExceptions = returnExceptions
            part.decoded[0] = decoded[i]
            part.executed[0] = executed[i]
            return .object(part)
        })
    }

    /// `AsyncResult.join(*async_results)`: one result over the messages of several (the inverse of `split`); the
    /// one result itself when given one.
    /// - Throws: `ValueError` without results, `TypeError` for a value that is not an AsyncResult.
    static func join(_ args: Arguments, map: Bool) throws -> Value {
        if let name = args.keywords.first?.name {
            throw RuntimeError.typeError("join() got an unexpected keyword argument '\(name)'")
        }
        let results = try args.positional.map { value -> AsyncResultObject in
            guard case .object(let ar as AsyncResultObject) = value else {
                throw RuntimeError.typeError("join() takes AsyncResults, not \(value.typeName)")
            }
            return ar
        }
        guard let first = results.first else { throw RuntimeError.valueError("Must specify at least one AsyncResult to join") }
        guard results.count > 1 else { return .object(first) }
        let joined = AsyncResultObject(client: first.client, records: results.flatMap(\.records), fname: first.fname,
                                       shape: map ? .map(ordered: true) : .perTask, method: first.method, code: first.code)
        joined.returnExceptions = first.returnExceptions
        joined.decoded = results.flatMap(\.decoded)
        var offset = 0
        for result in results {
            for (index, executed) in result.executed { joined.executed[offset + index] = executed }
            offset += result.records.count
        }
        return .object(joined)
    }

    /// `ar.wait(timeout, return_when=...)` with a `concurrent.futures` constant: waits as `concurrent.futures.wait`
    /// does over `split()`'s parts and returns the sets `(done, pending)`.
    /// - Parameters:
    ///   - timeout: seconds; nil waits as long as it takes.
    ///   - when: `FIRST_COMPLETED`, `FIRST_EXCEPTION` or `ALL_COMPLETED` (any other value waits for all, as
    ///     `concurrent.futures.wait` does).
    /// - Throws: `KeyboardInterrupt` when Ctrl-C stops the wait.
    func wait(timeout: Double?, returnWhen when: String) throws -> Value {
        guard case .tuple(let items) = split() else { return Value.none }
        let parts = items.compactMap { value -> AsyncResultObject? in
            if case .object(let ar as AsyncResultObject) = value { return ar }
            return nil
        }
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now + .nanoseconds(Int64(max($0, 0) * 1e9)) }
        func remaining() -> Duration? {
            guard let deadline else { return nil }
            return max(.zero, clock.now.duration(to: deadline))
        }
        func failed(_ part: AsyncResultObject) -> Bool {
            guard part.isReady else { return false }
            return part.records.indices.contains { if case .failure = part.outcome($0) { return true } else { return false } }
        }
        while true {
            let done = parts.filter(\.isReady)
            let finished: Bool
            switch when {
            case "FIRST_COMPLETED": finished = !done.isEmpty
            case "FIRST_EXCEPTION": finished = done.contains(where: failed) || done.count == parts.count
            default: finished = done.count == parts.count
            }
            if finished || remaining() == .zero { break }
            let pending = parts.filter { !$0.isReady }.flatMap(\.records)
            let outcome = when == "ALL_COMPLETED" ? connection.wait(for: pending, timeout: remaining())
                : connection.waitForAny(of: pending, timeout: remaining())
            if outcome == .interrupted { throw RuntimeError.waitStopped }
            if outcome == .closed || outcome == .timedOut { break }
        }
        let done = parts.filter(\.isReady)
        for part in done { part.runDoneCallbacks() }
        if parts.allSatisfy(\.isReady) { runDoneCallbacks() }
        return .tuple([.set(try SetObject(done.map { .object($0) })),
                       .set(try SetObject(parts.filter { !$0.isReady }.map { .object($0) }))])
    }
}
