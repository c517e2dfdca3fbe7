#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a thread with a large stack, because programs of the language recurse on the native stack.
public enum InterpreterThread {
    /// The stack size of interpreter threads. Default: 512 MiB (virtual; only touched pages use memory).
    public static let stackSize = 512 << 20

    /// Runs `body` on a new thread with a large stack and waits for it to finish.
    public static func run<T>(_ body: @escaping () -> T) -> T {
        let box = ThreadBox<T>()
        box.body = body
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, stackSize)
        var thread = pthread_t()
        let context = Unmanaged<AnyObject>.passRetained(box).toOpaque()
        let created = pthread_create(&thread, &attributes, { raw in
            guard let raw, let box = Unmanaged<AnyObject>.fromOpaque(raw).takeRetainedValue() as? ThreadRunnable else {
                return nil
            }
            box.runOnThread()
            return nil
        }, context)
        pthread_attr_destroy(&attributes)
        if created != 0 {
            Unmanaged<ThreadBox<T>>.fromOpaque(context).release()
            return body()
        }
        pthread_join(thread, nil)
        guard let result = box.result else { fatalError("internal inconsistency: interpreter thread returned nothing") }
        return result
    }
}

extension InterpreterThread {
    /// Starts `body` on a detached thread (for small helpers such as the Ctrl-C watcher).
    /// - Returns: false if the thread could not be created.
    @discardableResult
    public static func detached(_ body: @escaping @Sendable () -> Void) -> Bool {
        let box = ThreadBox<Void>()
        box.body = body
        var thread = pthread_t()
        let context = Unmanaged<AnyObject>.passRetained(box).toOpaque()
        let created = pthread_create(&thread, nil, { raw in
            guard let raw, let box = Unmanaged<AnyObject>.fromOpaque(raw).takeRetainedValue() as? ThreadRunnable else {
                return nil
            }
            box.runOnThread()
            return nil
        }, context)
        guard created == 0 else {
            Unmanaged<AnyObject>.fromOpaque(context).release()
            return false
        }
        pthread_detach(thread)
        return true
    }
}

protocol ThreadRunnable: AnyObject {
    func runOnThread()
}

/// Carries the work and its result across the thread boundary.
final class ThreadBox<T>: ThreadRunnable, @unchecked Sendable {
    // @unchecked Sendable: written by the worker thread before it exits, read after pthread_join.
    var body: (() -> T)?
    var result: T?

    func runOnThread() {
        result = body?()
        body = nil
    }
}
