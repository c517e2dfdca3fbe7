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

    /// Makes a burst, checks that the allocator holds its freed pages resident, asks for a deferred trim and polls
    /// for up to 10 s until the pages are gone; exits with status 0 only if both held.
    static func burstAndTrim(megabytes: Int) -> Never {
        let page = sysconf(Int32(_SC_PAGESIZE))
        let kept = burst(megabytes: megabytes)
        let freedResident = residentFreedPages(between: kept)
        guard freedResident * page > (megabytes * 3 / 4) << 20 else {
            exit(2)
        }
        FreeMemory.returnToSystemSoon()
        let deadline = MonotonicClock.nanoseconds() + 10_000_000_000
        var left = freedResident
        while left >= freedResident / 4, MonotonicClock.nanoseconds() < deadline {
            usleep(20_000)
            left = residentFreedPages(between: kept)
        }
        exit(left < freedResident / 4 ? 0 : 1)
    }

    /// How many pages wholly inside `block` (of `byteCount` bytes) are resident, by `mincore`.
    static func residentInteriorPages(of block: UnsafeMutableRawPointer, byteCount: Int) -> Int {
        let page = sysconf(Int32(_SC_PAGESIZE))
        let start = (Int(bitPattern: block) + page - 1) & ~(page - 1)
        let end = (Int(bitPattern: block) + byteCount) & ~(page - 1)
        guard end > start, let base = UnsafeMutableRawPointer(bitPattern: start) else { return 0 }
        var vector = [UInt8](repeating: 0, count: (end - start) / page)
        guard mincore(base, end - start, &vector) == 0 else { return 0 }
        return vector.reduce(0) { $0 + Int($1 & 1) }
    }

    /// On a new thread, as the interpreter thread or an event loop allocates: frees a block of 30 MiB (mmapped, so
    /// glibc raises its trim threshold to twice that), then allocates `megabytes` MiB in 64 KiB blocks and frees
    /// them last first, so that they join the free space at the top of the heap, where a free does not trim them.
    /// Exits 2 if they are not resident then (the test shows nothing); trims, and exits 0 only if at most a quarter
    /// of their pages still are.
    static func threadBurstAndTrim(megabytes: Int) -> Never {
        do {
            try PosixThread.spawn {
                let large = UnsafeMutableRawPointer.allocate(byteCount: 30 << 20, alignment: 16)
                large.storeBytes(of: 1, as: UInt8.self)
                large.deallocate()
                let size = 64 << 10
                var blocks: [UnsafeMutableRawPointer] = []
                for _ in 0..<(megabytes << 20) / size {
                    let block = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
                    block.initializeMemory(as: UInt8.self, repeating: 1, count: size)
                    blocks.append(block)
                }
                // The addresses are only handed to mincore once the blocks are freed, never read through.
                let resident = { blocks.reduce(0) { $0 + residentInteriorPages(of: $1, byteCount: size) } }
                let interior = resident()
                for block in blocks.reversed() { block.deallocate() }
                guard resident() > interior * 3 / 4 else { exit(2) }
                FreeMemory.returnToSystem()
                let left = resident()
                exit(left <= interior / 4 ? 0 : 1)
            }
        } catch {
            exit(3)
        }
        while true { pause() }
    }

    /// The regression this guards against: after a burst of 10⁶ tasks, 40 MB stayed resident in a client and up to
    /// 70 MB in a controller, free at the top of the interpreter thread's or the event loop's own arena, which
    /// `malloc_trim` does not shrink. Exit status 2: the allocator did not keep the freed blocks (the test shows
    /// nothing); 1: the trim did not give them back.
    @Test("a trim gives back what a thread freed at the top of its heap: every thread allocates from one arena")
    func threadHeapTopReturns() async {
        #expect(FreeMemory.arenaLimit == 1)
        await #expect(processExitsWith: .success) {
            FreeMemoryTests.threadBurstAndTrim(megabytes: 24)
        }
    }

    /// Runs in a process of its own (an exit test): tests running at the same time in this process allocate from
    /// the same malloc arenas, reuse the freed pages and trim on their own. Exit status 2: the allocator did not
    /// keep the burst (the test shows nothing); 1: the trim did not give it back.
    @Test("a deferred trim gives back the free pages a burst left below live blocks")
    func deferredTrimReturnsFreedPages() async {
        await #expect(processExitsWith: .success) {
            FreeMemoryTests.burstAndTrim(megabytes: 256)
        }
    }
}
