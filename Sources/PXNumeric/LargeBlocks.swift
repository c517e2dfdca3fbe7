#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if os(Linux)
import CLinux
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

    /// The most blocks that hold a memory file (and so a descriptor) at once.
    static let maxMemoryFiles = 256
    private static let memoryFiles = Atomic<Int>(0)

    /// A block: its address, size, and memory file descriptor (-1 for an anonymous mapping).
    struct Block {
        let address: UInt
        let mappedBytes: Int
        let descriptor: Int32

        var pointer: UnsafeMutableRawPointer? { UnsafeMutableRawPointer(bitPattern: address) }
    }

    private static let cache = Mutex<[Block]>([])

    /// A mapping of at least `byteCount` bytes and whether it is fresh (zeroed). `inMemoryFile: false` asks for an
    /// anonymous mapping; `true` for a memory file's, which a cached block gives only if it has one (a new block may
    /// still be anonymous, past ``maxMemoryFiles`` or when the system refuses).
    static func take(_ byteCount: Int, inMemoryFile: Bool) -> (block: Block, fresh: Bool)? {
        guard byteCount <= Int.max / 2 else { return nil }
        let mapped = mappedSize(byteCount)
        let reused = cache.withLock { blocks -> Block? in
            var best: Int?
            for (i, b) in blocks.enumerated()
            where b.mappedBytes >= mapped && b.mappedBytes <= 2 * mapped && inMemoryFile == (b.descriptor >= 0) {
                if best.map({ b.mappedBytes < blocks[$0].mappedBytes }) ?? true { best = i }
            }
            return best.map { blocks.remove(at: $0) }
        }
        if let reused { return (reused, false) }
        guard mapped <= MemoryInfo.availableBytes(atLeast: mapped) else {
            // Dropping the cache may be what makes room.
            flush()
            guard mapped <= MemoryInfo.availableBytes(atLeast: mapped) else { return nil }
            return map(mapped, inMemoryFile: inMemoryFile).map { ($0, true) }
        }
        return map(mapped, inMemoryFile: inMemoryFile).map { ($0, true) }
    }

    /// Whether large arrays live in memory files unless asked otherwise: as ``LargeArrayMemory/memoryFiles`` says, by
    /// default only where the system gives memory files transparent huge pages (`shmem_enabled` other than `never` or
    /// `deny`). Elsewhere a memory file's 4 KiB pages cost array arithmetic more than a send's copy saves: with
    /// `shmem_enabled` at `never` (`bench numeric`, three runs each), `a.sum()` of 10^7 float64 took 1.02-1.42 times
    /// numpy's time in memory files and 0.92-0.99 in huge pages, `np.dot` 1.12-1.18 and 0.89-0.95.
    static var memoryFilesByDefault: Bool {
        switch LargeArrayMemory.memoryFiles {
        case .always: true
        case .never: false
        case .system: systemGivesMemoryFilesHugePages
        }
    }

    /// Whether `shmem_enabled` (Linux) gives memory files transparent huge pages.
    static let systemGivesMemoryFilesHugePages: Bool = {
        #if os(Linux)
        guard let file = fopen("/sys/kernel/mm/transparent_hugepage/shmem_enabled", "r") else { return false }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        guard fgets(&line, 256, file) != nil else { return false }
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // The setting in force is the bracketed word: `always within_size advise [never] deny force`.
        guard let open = text.firstIndex(of: "["), let close = text.firstIndex(of: "]"), open < close else {
            return false
        }
        return !["never", "deny"].contains(text[text.index(after: open)..<close])
        #else
        return false
        #endif
    }()

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
    ///
    /// A memory file, when one is asked for and can be made, is mapped shared over the aligned stretch.
    private static func map(_ mapped: Int, inMemoryFile: Bool) -> Block? {
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
        let descriptor = inMemoryFile ? sharedFile(at: block, mappedBytes: mapped) : -1
        _ = madvise(block, mapped, 14)  // MADV_HUGEPAGE
        return Block(address: UInt(bitPattern: block), mappedBytes: mapped, descriptor: descriptor)
        #else
        return Block(address: UInt(bitPattern: pointer), mappedBytes: mapped, descriptor: -1)
        #endif
    }

    #if os(Linux)
    /// Maps a new memory file of `mappedBytes` shared at `address` (in place of the anonymous pages there) and returns
    /// its descriptor; -1 (the anonymous pages stay) when ``maxMemoryFiles`` blocks hold one already or the system
    /// refuses.
    private static func sharedFile(at address: UnsafeMutableRawPointer, mappedBytes: Int) -> Int32 {
        guard memoryFiles.wrappingAdd(1, ordering: .relaxed).newValue <= maxMemoryFiles else {
            memoryFiles.wrappingSubtract(1, ordering: .relaxed)
            return -1
        }
        let fd = memfd_create("swiftpx-array", px_mfd_cloexec | px_mfd_allow_sealing)
        if fd >= 0, ftruncate(fd, off_t(mappedBytes)) == 0,
            mmap(address, mappedBytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0) == address
        {
            return fd
        }
        if fd >= 0 { close(fd) }
        memoryFiles.wrappingSubtract(1, ordering: .relaxed)
        return -1
    }
    #endif

    /// Forgets a block's memory file (handed over by ``ArrayBuffer/memoryFile``'s user, or closed): one place more.
    static func releaseMemoryFile(_ descriptor: Int32) {
        guard descriptor >= 0 else { return }
        close(descriptor)
        memoryFiles.wrappingSubtract(1, ordering: .relaxed)
    }

    /// Returns a mapping: kept for reuse while the cache has room, unmapped otherwise.
    static func give(_ block: Block) {
        let evicted = cache.withLock { blocks -> [Block] in
            guard block.mappedBytes <= cacheBytes else { return [block] }
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
        if let p = b.pointer { munmap(p, b.mappedBytes) }
        releaseMemoryFile(b.descriptor)
    }
}

/// Where large arrays live, for the whole process.
public enum LargeArrayMemory {
    /// Whether large arrays (4 MiB and more) live in memory files of their own, which a send hands over without a copy.
    public enum Policy: Int, Sendable {
        /// Only where the system gives memory files huge pages (the default).
        case system
        /// Always (on Linux, while memory files can be made).
        case always
        /// Never: anonymous memory; a send copies the bytes into a memory segment.
        case never
    }

    private static let setting = Atomic<Int>(Policy.system.rawValue)

    /// The policy in force. Set it before arrays are made (the executable does, from `SWIFTPX_MEMORY_FILES`).
    public static var memoryFiles: Policy {
        get { Policy(rawValue: setting.load(ordering: .relaxed)) ?? .system }
        set { setting.store(newValue.rawValue, ordering: .relaxed) }
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
