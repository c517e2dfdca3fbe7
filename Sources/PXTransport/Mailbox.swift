import DequeModule

/// A thread-safe FIFO that a thread can block on: the hand-off point between a link's reader
/// thread and the code waiting for messages (an engine's main loop, a client's `get()`).
///
/// `put` wakes a blocked `take` at once (one condition-variable signal, no polling).
/// `@unchecked Sendable`: all state is guarded by the condition lock.
public final class Mailbox<Element: Sendable>: @unchecked Sendable {
    private let lock = ConditionLock()
    private var items = Deque<Element>()
    private var isClosed = false

    /// Creates an empty, open mailbox.
    public init() {}

    /// Adds an item and wakes waiters. Items put after ``close()`` are dropped.
    /// - Parameter item: the item.
    public func put(_ item: Element) {
        lock.withLock {
            guard !isClosed else { return }
            items.append(item)
        }
        lock.broadcast()
    }

    /// Adds several items at once (one wake-up).
    /// - Parameter newItems: the items, in order.
    public func put<Items: Sequence<Element>>(contentsOf newItems: Items) {
        lock.withLock {
            guard !isClosed else { return }
            items.append(contentsOf: newItems)
        }
        lock.broadcast()
    }

    /// Removes the oldest item, waiting for one if needed.
    /// - Parameter timeout: how long to wait; `nil` (default) waits until an item arrives or the mailbox closes.
    /// - Returns: the item, or `nil` on timeout or when the mailbox is closed and empty.
    public func take(timeout: Duration? = nil) -> Element? {
        let deadline = MonotonicClock.deadline(after: timeout)
        lock.lock()
        defer { lock.unlock() }
        while items.isEmpty && !isClosed {
            if !lock.wait(untilMonotonic: deadline) && items.isEmpty { return nil }
        }
        return items.popFirst()
    }

    /// Removes every waiting item without blocking.
    /// - Returns: the items, oldest first (possibly none).
    public func takeAll() -> [Element] {
        lock.withLock {
            // Nothing to copy when empty: Array(emptyDeque) writes into the runtime's shared empty-array storage,
            // which ThreadSanitizer reports as a race between two mailboxes.
            guard !items.isEmpty else { return [] }
            let all = Array(items)
            items.removeAll()
            return all
        }
    }

    /// The number of waiting items.
    public var count: Int { lock.withLock { items.count } }

    /// Whether ``close()`` was called.
    public var isClosedForPut: Bool { lock.withLock { isClosed } }

    /// Stops accepting items and wakes every waiter; items already queued can still be taken.
    public func close() {
        lock.withLock { isClosed = true }
        lock.broadcast()
    }
}
