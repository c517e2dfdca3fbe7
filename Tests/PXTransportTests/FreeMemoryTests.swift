import Glibc
import PXTransport
import Testing

/// Memory freed after a burst goes back to the system: glibc keeps free blocks below a live one resident until
/// `malloc_trim`, which ``FreeMemory/returnToSystemSoon()`` runs once the frees have settled.
@Suite("Free memory", .serialized)
struct FreeMemoryTests {
    /// Allocates `megabytes` MiB in 128-byte blocks and frees all but one block per MiB (so the allocator cannot
    /// give the memory back by shrinking its heap); returns the kept blocks.
    static func burst(megabytes: Int) -> [UnsafeMutableRawPointer] {
        let perMegabyte = (1 << 20) / 128
        var blocks: [UnsafeMutableRawPointer] = []
        blocks.reserveCapacity(megabytes * perMegabyte)
        for _ in 0..<(megabytes * perMegabyte) {
            let block = UnsafeMutableRawPointer.allocate(byteCount: 128, alignment: 16)
            block.storeBytes(of: 1, as: UInt8.self)
            blocks.append(block)
        }
        var kept: [UnsafeMutableRawPointer] = []
        for (index, block) in blocks.enumerated() {
            if index % perMegabyte == perMegabyte - 1 { kept.append(block) } else { block.deallocate() }
        }
        return kept
    }

    /// How many pages strictly between consecutive kept blocks (the memory the burst freed) are resident, by
    /// `mincore`: unlike the process's resident size, this does not move with other tests' allocations.
    static func residentFreedPages(between kept: [UnsafeMutableRawPointer]) -> Int {
        let page = sysconf(Int32(_SC_PAGESIZE))
        let addresses = kept.map { Int(bitPattern: $0) }.sorted()
        var count = 0
        var vector = [UInt8](repeating: 0, count: (2 << 20) / page)
        for (low, high) in zip(addresses, addresses.dropFirst()) {
            let start = (low + 2 * page) & ~(page - 1)
            let end = (high - page) & ~(page - 1)
            guard end > start, (end - start) / page <= vector.count,
                let base = UnsafeMutableRawPointer(bitPattern: start)
            else { continue }
            let pages = (end - start) / page
            guard mincore(base, end - start, &vector) == 0 else { continue }
            count += vector[..<pages].reduce(0) { $0 + Int($1 & 1) }
        }
        return count
    }

    /// What one attempt saw: whether the allocator held the freed burst resident, and whether a deferred trim then
    /// gave it back.
    struct Attempt: Sendable {
        var held = false
        var returned = false
    }

    /// One attempt, run on a thread of its own so that its blocks come from an arena no other test allocates from
    /// (tests run concurrently in this process, and a thread sharing the arena would reuse the freed pages).
    /// After the request it polls for up to 10 s: a trim already running when the request came may finish first,
    /// and the deferred one follows it.
    static func attempt(megabytes: Int) -> Attempt {
        var attempt = Attempt()
        let page = sysconf(Int32(_SC_PAGESIZE))
        let kept = burst(megabytes: megabytes)
        defer { for block in kept { block.deallocate() } }
        let freedResident = residentFreedPages(between: kept)
        guard freedResident * page > (megabytes * 3 / 4) << 20 else { return attempt }
        attempt.held = true
        FreeMemory.returnToSystemSoon()
        let deadline = MonotonicClock.nanoseconds() + 10_000_000_000
        while !attempt.returned, MonotonicClock.nanoseconds() < deadline {
            usleep(20_000)
            attempt.returned = residentFreedPages(between: kept) < freedResident / 4
        }
        return attempt
    }

    @Test("a deferred trim gives back the free pages a burst left below live blocks")
    func deferredTrimReturnsFreedPages() async throws {
        var held = false, returned = false
        // Other tests may trim meanwhile (a large AsyncResult going away does): then the burst is not held, and
        // the attempt is repeated.
        for _ in 0..<3 where !returned {
            let attempt = try await withCheckedThrowingContinuation {
                (continuation: CheckedContinuation<Attempt, any Error>) in
                do {
                    try PosixThread.spawn { continuation.resume(returning: Self.attempt(megabytes: 256)) }
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            held = held || attempt.held
            returned = attempt.returned
        }
        #expect(held, "the allocator kept the freed burst resident (else this test shows nothing)")
        #expect(returned)
    }
}
