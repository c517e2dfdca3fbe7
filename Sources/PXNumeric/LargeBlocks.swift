#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Large array memory: anonymous mappings asking for transparent huge pages (as numpy does above 4 MiB), and a
/// small cache of freed mappings, so a loop that makes and drops an array of the same size each time
/// (`b = a * a + 1`) reuses memory whose pages are already there instead of faulting in fresh zeroed pages.
///
/// The cache holds at most `cacheEntries` mappings and `cacheBytes` in total; a request takes the smallest cached
/// mapping that fits within twice its size. Requests larger than the memory the system reports available are
/// refused (MemoryError) rather than left to the out-of-memory killer.
enum LargeBlocks {
    /// Requests of at least this many bytes get their own mapping.
    static let threshold = 1 << 22
    static let cacheEntries = 4
    static let cacheBytes = 1 << 28
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    private struct Block {
        let address: UInt
        let mappedBytes: Int
    }

    private static let cache = Mutex<[Block]>([])

    /// A mapping of at least `byteCount` bytes: the pointer, the mapped size, and whether it is fresh (zeroed).
    static func take(_ byteCount: Int) -> (UnsafeMutableRawPointer, Int, Bool)? {
        guard byteCount <= Int.max / 2 else { return nil }
        let mapped = mappedSize(byteCount)
        let reused = cache.withLock { blocks -> Block? in
            var best: Int?
            for (i, b) in blocks.enumerated() where b.mappedBytes >= mapped && b.mappedBytes <= 2 * mapped {
                if best == nil || b.mappedBytes < blocks[best!].mappedBytes { best = i }
            }
            return best.map { blocks.remove(at: $0) }
        }
        if let reused, let pointer = UnsafeMutableRawPointer(bitPattern: reused.address) {
            return (pointer, reused.mappedBytes, false)
        }
        guard mapped <= MemoryInfo.availableBytes(atLeast: mapped) else {
            // Dropping the cache may be what makes room.
            flush()
            guard mapped <= MemoryInfo.availableBytes(atLeast: mapped) else { return nil }
            return map(mapped)
        }
        return map(mapped)
    }

    /// The size of a transparent huge page (x86-64 and most Linux systems).
    static let hugePageSize = 1 << 21

    /// The bytes mapped for a request: whole pages, and on Linux whole huge pages when that adds at most an eighth.
    /// A 10^6 float64 array (7.63 MiB) then gets four huge pages instead of three and 1.6 MiB of 4 KiB pages, for
    /// 0.37 MiB more: `np.dot` of two of them took 10-20% less time with every page huge (C, this project's
    /// machine), where numpy's arrays get three huge pages each.
    static func mappedSize(_ byteCount: Int) -> Int {
        let pages = (byteCount + pageSize - 1) / pageSize * pageSize
        #if os(Linux)
        let huge = (byteCount + hugePageSize - 1) / hugePageSize * hugePageSize
        if huge - byteCount <= byteCount / 8 { return huge }
        #endif
        return pages
    }

    /// A fresh mapping that starts on a huge-page boundary (on Linux). Only whole aligned 2 MiB stretches get huge
    /// pages: an 8 MB array (10^6 float64) mapped anywhere got two or three, depending on where the system put it;
    /// aligned it gets three, and only its last 1.6 MB stays in 4 KiB pages. (A `ddot` over two 8 MB vectors took
    /// 1.3 to 1.5 times longer with 4 KiB pages than with huge pages, measured in C on this project's machine.)
    private static func map(_ mapped: Int) -> (UnsafeMutableRawPointer, Int, Bool)? {
        #if os(Linux)
        let slack = hugePageSize
        #else
        let slack = 0
        #endif
        let pointer = mmap(nil, mapped + slack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let pointer, pointer != MAP_FAILED else { return nil }
        #if os(Linux)
        // Unmap the stretch before the first boundary and the rest after the block.
        let head = (hugePageSize - Int(bitPattern: pointer) % hugePageSize) % hugePageSize
        if head > 0 { munmap(pointer, head) }
        if slack - head > 0 { munmap(pointer + head + mapped, slack - head) }
        let block = pointer + head
        _ = madvise(block, mapped, 14)  // MADV_HUGEPAGE
        return (block, mapped, true)
        #else
        return (pointer, mapped, true)
        #endif
    }

    /// Returns a mapping: kept for reuse while the cache has room, unmapped otherwise.
    static func give(_ pointer: UnsafeMutableRawPointer, mappedBytes: Int) {
        let block = Block(address: UInt(bitPattern: pointer), mappedBytes: mappedBytes)
        let evicted = cache.withLock { blocks -> [Block] in
            guard mappedBytes <= cacheBytes else { return [block] }
            blocks.append(block)
            var out: [Block] = []
            while blocks.count > cacheEntries || blocks.reduce(0, { $0 + $1.mappedBytes }) > cacheBytes {
                out.append(blocks.removeFirst())
            }
            return out
        }
        for b in evicted { unmap(b) }
    }

    /// Unmaps every cached mapping.
    static func flush() {
        let all = cache.withLock { blocks -> [Block] in
            defer { blocks.removeAll() }
            return blocks
        }
        for b in all { unmap(b) }
    }

    private static func unmap(_ b: Block) {
        if let p = UnsafeMutableRawPointer(bitPattern: b.address) { munmap(p, b.mappedBytes) }
    }
}

/// What the system reports about memory.
enum MemoryInfo {
    private struct Reading {
        var bytes = 0
        var time = 0.0
    }

    private static let last = Mutex(Reading())

    /// The available memory: `MemAvailable` plus free swap from `/proc/meminfo` (Linux), or `Int.max` when
    /// unknown. A reading up to 50 ms old is reused unless it is below `atLeast` (or `fresh` is set).
    static func availableBytes(atLeast request: Int = 0, fresh: Bool = false) -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let seconds = Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
        let cached = last.withLock { $0 }
        if !fresh && seconds - cached.time < 0.05 && cached.bytes >= request { return cached.bytes }
        let bytes = read()
        last.withLock { $0 = Reading(bytes: bytes, time: seconds) }
        return bytes
    }

    private static func read() -> Int {
        #if os(Linux)
        guard let file = fopen("/proc/meminfo", "r") else { return Int.max }
        defer { fclose(file) }
        var available: Int?
        var swapFree = 0
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, 256, file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let parts = text.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 2, let kib = Int(parts[1]) else { continue }
            if parts[0] == "MemAvailable:" { available = kib * 1024 }
            if parts[0] == "SwapFree:" { swapFree = kib * 1024 }
        }
        guard let available else { return Int.max }
        return available + swapFree
        #else
        return Int.max
        #endif
    }
}
