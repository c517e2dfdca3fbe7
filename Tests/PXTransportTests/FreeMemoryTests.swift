import Glibc
import PXTransport
import Testing

/// Memory freed after a burst goes back to the system: glibc keeps free blocks below a live one resident until
/// `malloc_trim`, which ``FreeMemory/returnToSystemSoon()`` runs once the frees have settled.
@Suite("Free memory", .serialized)
struct FreeMemoryTests {
    /// This process's resident memory (`/proc/self/statm`), in bytes.
    static func resident() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return 0 }
        let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
        return pages * sysconf(Int32(_SC_PAGESIZE))
    }

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

    @Test("a deferred trim gives back the free pages a burst left below live blocks")
    func deferredTrimReturnsFreedPages() async throws {
        let megabytes = 256
        var held = false, returned = false
        // Other tests may trim meanwhile (a large AsyncResult going away does): then the burst is not held, and
        // the attempt is repeated.
        for _ in 0..<3 where !returned {
            let idle = Self.resident()
            let kept = Self.burst(megabytes: megabytes)
            defer { for block in kept { block.deallocate() } }
            let afterBurst = Self.resident()
            let freedResident = Self.residentFreedPages(between: kept)
            guard afterBurst - idle > (megabytes * 3 / 4) << 20, freedResident * sysconf(Int32(_SC_PAGESIZE))
                > (megabytes * 3 / 4) << 20 else { continue }
            held = true
            let trims = FreeMemory.deferredTrimCount
            FreeMemory.returnToSystemSoon()
            let clock = ContinuousClock()
            let deadline = clock.now.advanced(by: .seconds(20))
            while FreeMemory.deferredTrimCount == trims, clock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            returned = Self.residentFreedPages(between: kept) < freedResident / 4
        }
        #expect(held, "the allocator kept the freed burst resident (else this test shows nothing)")
        #expect(returned)
    }
}
