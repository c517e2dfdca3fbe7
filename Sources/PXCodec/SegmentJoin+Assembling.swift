import PXNumeric
import PXWire

#if canImport(Glibc)
    import Glibc
#endif

extension SegmentJoin {
    /// The least size of a part worth mapping rather than copying.
    static let mappedPartMinimum = 1 << 20

    /// `arrays` concatenated along their first axis in new memory where the parts that lie in received memory segments
    /// at a suitable place are mapped there (copy-on-write) and the others copied; `nil` (then the caller copies them
    /// all) unless every array is C-contiguous, of one dtype and of shapes that differ only in the first axis, and at
    /// least one part can be mapped.
    ///
    /// Parts that engines send back (`gather`) each arrive in a memory file of their own; the first always starts on a
    /// page boundary of the result, as in its file, and so can be mapped, as can any other whose offset in its file and
    /// in the result fall at the same place in a page. A page shared by a mapped part and a copied neighbour becomes a
    /// private copy when the neighbour is written into it; two mapped parts never share one. Copied parts land in
    /// fresh memory, so that a join of two parts copies one.
    public static func assembled(_ arrays: [NDArray]) -> NDArray? {
        guard let first = arrays.first, first.ndim > 0, arrays.count > 1 else { return nil }
        var shape = first.shape
        shape[0] = 0
        var total = 0
        for a in arrays {
            guard a.dtype == first.dtype, a.ndim == first.ndim, a.shape.dropFirst() == first.shape.dropFirst(),
                a.isCContiguous
            else { return nil }
            shape[0] += a.shape[0]
            total += a.byteCount
        }
        let page = JoinRegion.pageSize
        // The parts to map: (index, file, file offset of the first mapped page, result offset of that page, length).
        var maps: [(index: Int, memory: SharedMemory, fileOffset: Int, at: Int, length: Int)] = []
        var start = 0
        var mappedUpTo = 0
        for (index, a) in arrays.enumerated() {
            defer { start += a.byteCount }
            guard a.byteCount >= mappedPartMinimum, let mapping = a.buffer.origin as? SegmentMapping,
                let source = withExtendedLifetime(a, {
                    mapping.unchangedSource(of: UnsafeRawBufferPointer(start: a.pointer, count: a.byteCount))
                }),
                source.offset % page == start % page
            else { continue }
            let at = start / page * page
            let end = (start + a.byteCount + page - 1) / page * page
            guard at >= mappedUpTo else { continue }
            maps.append((index, source.memory, source.offset - start % page, at, end - at))
            mappedUpTo = end
        }
        guard !maps.isEmpty, let region = JoinRegion(byteCount: total) else { return nil }
        for m in maps {
            guard m.memory.mapPrivately(replacing: region.pointer + m.at, offset: m.fileOffset, length: m.length) else {
                region.release()
                return nil
            }
        }
        // Copies after every mapping: a mapping put over a copied neighbour's page would drop its bytes.
        let mapped = Set(maps.map(\.index))
        start = 0
        for (index, a) in arrays.enumerated() {
            if !mapped.contains(index) && a.byteCount > 0 {
                withExtendedLifetime(a) { _ = memcpy(region.pointer + start, a.pointer, a.byteCount) }
            }
            start += a.byteCount
        }
        let mappedBytes = region.mappedBytes
        let buffer = ArrayBuffer(wrapping: region.pointer, byteCount: total) { pointer, _ in munmap(pointer, mappedBytes) }
        return NDArray(buffer: buffer, dtype: first.dtype, shape: shape)
    }
}

/// Fresh memory for a join: anonymous pages that start on a huge-page boundary and ask for huge pages (as large arrays
/// do, see the array buffers' large blocks), over which parts are then mapped.
private struct JoinRegion {
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    static let hugePageSize = 1 << 21

    let pointer: UnsafeMutableRawPointer
    let mappedBytes: Int

    init?(byteCount: Int) {
        mappedBytes = (byteCount + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        let slack = Self.hugePageSize
        guard let raw = mmap(nil, mappedBytes + slack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            raw != MAP_FAILED
        else { return nil }
        let head = (Self.hugePageSize - Int(bitPattern: raw) % Self.hugePageSize) % Self.hugePageSize
        if head > 0 { munmap(raw, head) }
        if slack - head > 0 { munmap(raw + head + mappedBytes, slack - head) }
        pointer = raw + head
        _ = madvise(pointer, mappedBytes, 14)  // MADV_HUGEPAGE
    }

    func release() {
        munmap(pointer, mappedBytes)
    }
}
