/// Collects the large buffers of one or more payloads into one sealed memory segment (protocol 1.5), each byte once.
///
/// A buffer is placed inside the *region* it belongs to (an array's whole memory): the segment reserves the region's
/// size at a page-aligned offset the first time the region is met (reserved bytes that are never written take no
/// memory), and writes each placed range of it once. So the parts of one array that a scatter sends to several
/// engines share one segment, one copy of each byte, and a push of one array to every engine writes it once.
///
/// Usage: set it as the ``ByteWriter/segmentWriter`` of the writers that encode the payloads, then ``seal()`` it
/// before they are sent. Used by one thread at a time.
public final class SegmentWriter: @unchecked Sendable {
    /// Buffers at least this large travel in the segment; smaller ones stay in the payload bytes.
    public static let threshold = 1 << 16

    private struct Region {
        /// Keeps the region's owner (and so its address) alive while the segment is written.
        let owner: AnyObject
        let start: UnsafeRawPointer
        let count: Int
        let base: Int
        var written: Set<Range<Int>>
    }

    private var memory: SharedMemory?
    private var regions: [ObjectIdentifier: Region] = [:]
    private var size = 0

    /// Creates an empty writer (no segment exists until something is placed).
    public init() {}

    /// Whether anything was placed.
    public var isEmpty: Bool { memory == nil }

    /// Copies `bytes` into the segment, inside the reservation of the region they lie in.
    /// - Parameters:
    ///   - bytes: the buffer to send; it must lie inside `region`.
    ///   - region: the whole memory `bytes` belong to (an array's buffer).
    ///   - owner: the object owning `region`, which identifies it.
    /// - Returns: the segment and the offset of `bytes` in it.
    /// - Throws: ``WireError/sharedMemory(_:)`` when the segment cannot be made or written (the caller then sends
    ///   the bytes inline).
    public func place(_ bytes: UnsafeRawBufferPointer, region: UnsafeRawBufferPointer, owner: AnyObject)
        throws(WireError) -> (memory: SharedMemory, offset: Int)
    {
        guard let start = bytes.baseAddress, let regionStart = region.baseAddress, start >= regionStart,
            start + bytes.count <= regionStart + region.count
        else { throw WireError.sharedMemory("the bytes lie outside their region") }
        let memory: SharedMemory
        if let existing = self.memory {
            memory = existing
        } else {
            memory = try SharedMemory.create(byteCount: 0)
            self.memory = memory
        }
        let key = ObjectIdentifier(owner)
        if let known = regions[key], known.start != UnsafeRawPointer(regionStart) || known.count != region.count {
            throw WireError.sharedMemory("a region changed while its segment was written")
        }
        if regions[key] == nil {
            let page = SharedMemory.pageSize
            let base = (size + page - 1) / page * page
            try memory.resize(to: base + region.count)
            size = base + region.count
            regions[key] = Region(owner: owner, start: UnsafeRawPointer(regionStart), count: region.count, base: base, written: [])
        }
        guard let placed = regions[key] else { throw WireError.sharedMemory("no region") }
        let within = UnsafeRawPointer(start) - UnsafeRawPointer(regionStart)
        let range = within..<within + bytes.count
        if !placed.written.contains(range) {
            try memory.write(bytes, at: placed.base + within)
            regions[key]?.written.insert(range)
        }
        return (memory, placed.base + within)
    }

    /// Seals the segment (if anything was placed) so it can be sent, and forgets the regions.
    /// - Throws: ``WireError/sharedMemory(_:)`` when sealing fails.
    public func seal() throws(WireError) {
        regions = [:]
        try memory?.seal()
    }
}
