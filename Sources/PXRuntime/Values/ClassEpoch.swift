import Synchronization

/// A counter that changes whenever any class defined in the language changes in a way that may invalidate
/// cached lookups: an attribute set or deleted on a class, or a new instance attribute name laid out.
///
/// Caches (a class's `lookupCache`, the inline caches of attribute accesses and method calls) remember the
/// epoch they were filled in and are ignored once it moved. Changes are rare after a program's classes are
/// set up, so one process-wide counter suffices.
enum ClassEpoch {
    private static let counter = Atomic<Int>(0)

    /// The current epoch.
    @inline(__always)
    static var current: Int { counter.load(ordering: .relaxed) }

    /// Starts a new epoch, invalidating every cache.
    static func advance() {
        counter.add(1, ordering: .relaxed)
    }
}
