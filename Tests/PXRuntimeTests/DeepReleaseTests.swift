#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PXRuntime
import Testing

/// Structures nested far deeper than a native stack could follow are freed without overflowing it (as
/// CPython's trashcan does), on whichever thread drops the last reference.
@Suite("Freeing deep structures")
struct DeepReleaseTests {
    /// Values kept alive by one retained box that nothing else references.
    final class Cargo {
        var values: [Value]
        init(_ values: [Value]) { self.values = values }
    }

    @Test("a list and a dict nested 1,000,000 deep are freed on a thread with a 1 MiB stack")
    func freedOnASmallStack() {
        var nested = Value.list(ListObject())
        for i in 0..<500_000 {
            nested = .list(ListObject([nested, .int(i)]))
            let dict = DictObject()
            dict.set("x", nested)
            nested = .dict(dict)
        }
        let cargo = Unmanaged.passRetained(Cargo([nested])).toOpaque()
        nested = .none
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, 1 << 20)
        var thread = pthread_t()
        let created = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            Unmanaged<Cargo>.fromOpaque(raw).release()
            return nil
        }, cargo)
        pthread_attr_destroy(&attributes)
        #expect(created == 0)
        if created == 0 { pthread_join(thread, nil) } else { Unmanaged<Cargo>.fromOpaque(cargo).release() }
    }
}
