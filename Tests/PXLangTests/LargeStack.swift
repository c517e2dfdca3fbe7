#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a thread with a 256 MiB stack (debug builds use large frames).
enum LargeStack {
    final class Box<T>: @unchecked Sendable {
        // @unchecked Sendable: written by the thread before it exits, read after pthread_join.
        var body: (() -> T)?
        var result: T?
    }

    static func run<T>(_ body: @escaping () -> T) -> T {
        let box = Box<T>()
        box.body = body
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, 256 << 20)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(box as AnyObject).toOpaque()
        let created = pthread_create(&thread, &attributes, { raw in
            guard let raw, let box = Unmanaged<AnyObject>.fromOpaque(raw).takeRetainedValue() as? LargeStackRunnable
            else { return nil }
            box.runNow()
            return nil
        }, context)
        pthread_attr_destroy(&attributes)
        guard created == 0 else {
            Unmanaged<AnyObject>.fromOpaque(context).release()
            return body()
        }
        pthread_join(thread, nil)
        guard let result = box.result else { fatalError("internal inconsistency: no result from the thread") }
        return result
    }
}

protocol LargeStackRunnable: AnyObject {
    func runNow()
}

extension LargeStack.Box: LargeStackRunnable {
    func runNow() {
        result = body?()
        body = nil
    }
}
