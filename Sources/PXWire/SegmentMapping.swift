import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A range of a received memory segment mapped copy-on-write into this process (what an array over a segment wraps,
/// see ``SharedMemory/mapPrivately(offset:length:)``), which this process can pass on to another one without a copy
/// as long as it has not written to it.
///
/// Sending it on (``unchangedSource(of:)``) needs the segment's descriptor, so the mapping keeps the segment open;
/// but only ``retainedLimit`` mappings of a process do at once (a client holding thousands of received arrays would
/// otherwise hold thousands of descriptors), and the others send their bytes as a copy like any array.
///
/// Whether the bytes are still the segment's is read from `/proc/self/pagemap`: a page this process wrote to is a
/// private copy (an anonymous page) rather than the segment's own page (a file page); a page never touched was not
/// written either. When the kernel does not say, the bytes count as changed.
///
/// The pages are unmapped when the object goes. `@unchecked Sendable`: nothing changes after creation.
public final class SegmentMapping: @unchecked Sendable {
    /// The first byte of the range.
    public let pointer: UnsafeMutableRawPointer
    /// The range's length in bytes.
    public let length: Int
    /// Where the range starts in the segment.
    let offset: Int
    /// The mapping this object made and unmaps; `nil` when the pages belong to someone else.
    private let mapping: SharedMemory.Mapping?
    /// The segment while this mapping holds one of the ``retainedLimit`` places.
    private let memory: SharedMemory?

    /// The most mappings of this process that keep their segment's descriptor open.
    public static let retainedLimit = 64
    private static let retained = Atomic<Int>(0)

    /// Maps `length` bytes of `memory` from `offset` privately (copy-on-write).
    /// - Throws: ``WireError/sharedMemory(_:)`` when the range is not inside the segment or mapping fails.
    public init(_ memory: SharedMemory, offset: Int, length: Int) throws(WireError) {
        let mapping = try memory.mapPrivately(offset: offset, length: length)
        self.mapping = mapping
        pointer = mapping.pointer
        self.length = length
        self.offset = offset
        self.memory = Self.keeping(memory)
    }

    /// Describes `length` bytes of `memory` from `offset` that its owner already mapped privately at `pointer` (an
    /// array buffer whose pages were replaced by the segment it was copied into); this object does not unmap them.
    public init(mappedAt pointer: UnsafeMutableRawPointer, memory: SharedMemory, offset: Int, length: Int) {
        mapping = nil
        self.pointer = pointer
        self.length = length
        self.offset = offset
        self.memory = Self.keeping(memory)
    }

    /// Whether the segment is still open here, so that unchanged bytes can be sent on without a copy.
    public var canBeSentOn: Bool { memory != nil }

    /// `memory` while fewer than ``retainedLimit`` mappings of this process hold their segment (taking a place);
    /// nil beyond.
    private static func keeping(_ memory: SharedMemory) -> SharedMemory? {
        if retained.wrappingAdd(1, ordering: .relaxed).newValue <= retainedLimit { return memory }
        retained.wrappingSubtract(1, ordering: .relaxed)
        return nil
    }

    deinit {
        mapping?.unmap()
        if memory != nil { Self.retained.wrappingSubtract(1, ordering: .relaxed) }
    }

    /// The segment and offset holding `bytes`, when they lie inside this mapping, the segment is still open here,
    /// the segment is sealed, and no page under them was written by this process since it was mapped; `nil` otherwise.
    public func unchangedSource(of bytes: UnsafeRawBufferPointer) -> (memory: SharedMemory, offset: Int)? {
        guard let memory, memory.isSealed, let start = bytes.baseAddress, start >= UnsafeRawPointer(pointer),
            start + bytes.count <= UnsafeRawPointer(pointer) + length, PageMap.untouched(bytes)
        else { return nil }
        return (memory, offset + (start - UnsafeRawPointer(pointer)))
    }
}

/// `/proc/self/pagemap`: one 64-bit entry per virtual page of this process.
enum PageMap {
    private static let present: UInt64 = 1 << 63
    private static let swapped: UInt64 = 1 << 62
    private static let filePage: UInt64 = 1 << 61

    /// Whether every page under `bytes` is either not there (never touched) or a page of the mapped file, none a
    /// private copy made by a write. `false` when the pagemap cannot be read.
    static func untouched(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return true }
        let page = UInt(SharedMemory.pageSize)
        let first = UInt(bitPattern: start) / page
        let last = (UInt(bitPattern: start) + UInt(bytes.count) - 1) / page
        let fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let chunk = 8_192
        var entries = [UInt64](repeating: 0, count: chunk)
        var next = first
        while next <= last {
            let count = Int(min(UInt(chunk), last - next + 1))
            let wanted = count * 8
            let got = entries.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress, wanted, off_t(Int(next) * 8))
            }
            guard got == wanted else { return false }
            for entry in entries[..<count] where entry & (present | swapped) != 0 && entry & filePage == 0 {
                return false
            }
            next += UInt(count)
        }
        return true
    }
}
