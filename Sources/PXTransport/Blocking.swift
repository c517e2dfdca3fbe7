/// Runs async work from synchronous code (the shell's thread) and waits for its result.
package enum Blocking {
    final class Box<T>: @unchecked Sendable {
        // @unchecked Sendable: written once by the task before `lock` is broadcast, read after.
        var result: Result<T, any Error>?
    }

    package static func run<T>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let lock = ConditionLock()
        let box = Box<T>()
        Task {
            let result: Result<T, any Error>
            do { result = .success(try await work()) } catch { result = .failure(error) }
            lock.withLock { box.result = result }
            lock.broadcast()
        }
        lock.lock()
        while box.result == nil { lock.wait(untilMonotonic: nil) }
        lock.unlock()
        guard let result = box.result else { fatalError("internal inconsistency: blocking task ended without a result") }
        return try result.get()
    }
}
