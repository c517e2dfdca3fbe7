/// Collects the large buffers of one or more payloads into one sealed memory segment (protocol 1.5), each byte once.
///
/// A buffer is placed inside the *region* it belongs to (an array's whole memory): the segment reserves the region's
/// size at a page-aligned offset the first time the region is met (reserved bytes that are never written take no
/// memory), and writes each placed range of it once. So the parts of one array that a scatter sends to several
/// engines share one segment, one copy of each byte, and a push of one array to every engine writes it once.
///
/// Usage: set it as the ``ByteWriter/segmentWriter`` of the writers that encode the payloads, then ``seal()`` it
/// before they are sent.
///
/// `@unchecked Sendable` (so a ``ByteWriter`` holding it is `Sendable`): `memory`, `regions` and `size` are not
/// guarded; a writer is created, filled and sealed by the one thread that encodes the payloads, and only the
/// sealed ``SharedMemory`` leaves that thread.
public final class SegmentWriter: @unchecked Sendable {
    /// Buffers at least this large travel in the segment; smaller ones stay in the payload bytes.
    public static let threshold = 1 << 16

    private struct Region {
        /// Keeps the region's owner (and so its address) alive while the segment is written.
        let owner: AnyObject
        /// The region's memory; `nil` for bytes gathered straight into the segment (``place(byteCount:owner:fill:)``).
        let start: UnsafeRawPointer?
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
        let memory = try segment()
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
        guard let placed = regions[key], placed.start != nil else { throw WireError.sharedMemory("no region") }
        let within = UnsafeRawPointer(start) - UnsafeRawPointer(regionStart)
        let range = within..<within + bytes.count
        if !placed.written.contains(range) {
            try memory.write(bytes, at: placed.base + within)
            regions[key]?.written.insert(range)
        }
        return (memory, placed.base + within)
    }

    /// Reserves `byteCount` bytes for `owner` the first time it is met and lets `fill` write them straight into the
    /// segment's pages (later calls for the same owner return the same bytes): for a buffer that exists nowhere yet,
    /// such as the elements of a strided array view gathered in order, which are so copied once.
    /// - Parameters:
    ///   - byteCount: the size of the bytes.
    ///   - owner: the object they come from (a view), which identifies them.
    ///   - fill: writes exactly `byteCount` bytes at the pointer it gets (page-aligned).
    /// - Returns: the segment and the offset of the bytes in it.
    /// - Throws: ``WireError/sharedMemory(_:)`` when the segment cannot be made or written (the caller then sends
    ///   the bytes inline).
    public func place(byteCount: Int, owner: AnyObject, fill: (UnsafeMutableRawPointer) -> Void) throws(WireError)
        -> (memory: SharedMemory, offset: Int)
    {
        let memory = try segment()
        let key = ObjectIdentifier(owner)
        if let known = regions[key] {
            guard known.start == nil, known.count == byteCount else {
                throw WireError.sharedMemory("a region changed while its segment was written")
            }
            return (memory, known.base)
        }
        let page = SharedMemory.pageSize
        let base = (size + page - 1) / page * page
        try memory.resize(to: base + byteCount)
        size = base + byteCount
        try memory.fill(at: base, length: byteCount, fill)
        regions[key] = Region(owner: owner, start: nil, count: byteCount, base: base, written: [0..<byteCount])
        return (memory, base)
    }

    /// The segment, made when the first buffer is placed.
    private func segment() throws(WireError) -> SharedMemory {
        if let memory { return memory }
        let created = try SharedMemory.create(byteCount: 0)
        memory = created
        return created
    }

    /// A region of memory whose every byte was copied into the segment.
    public struct WrittenRegion {
        /// The region's owner (as given to ``place(_:region:owner:)``).
        public let owner: AnyObject
        /// The sealed segment.
        public let memory: SharedMemory
        /// Where the region starts in the segment (a multiple of the page size).
        public let offset: Int
        /// The region's size.
        public let count: Int
    }

    /// Seals the segment (if anything was placed) so it can be sent, and forgets the regions.
    /// - Returns: the regions that were copied whole (their owners may map the sealed copy in place of their own
    ///   pages, see ``SegmentMapping/init(mappedAt:memory:offset:length:)``).
    /// - Throws: ``WireError/sharedMemory(_:)`` when sealing fails.
    @discardableResult
    public func seal() throws(WireError) -> [WrittenRegion] {
        defer { regions = [:] }
        guard let memory else { return [] }
        try memory.seal()
        return regions.values.compactMap { r in
            r.start != nil && Self.covers(r.written, r.count)
                ? WrittenRegion(owner: r.owner, memory: memory, offset: r.base, count: r.count) : nil
        }
    }

    /// Whether `ranges` together cover `0..<count`.
    private static func covers(_ ranges: Set<Range<Int>>, _ count: Int) -> Bool {
        var end = 0
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if r.lowerBound > end { return false }
            end = max(end, r.upperBound)
        }
        return end >= count
    }
}
