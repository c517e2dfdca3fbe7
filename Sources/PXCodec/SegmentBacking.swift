import PXNumeric
import PXWire

/// Arrays that share their pages with the segment they were sent in (protocol 1.5).
///
/// Sending a large array on one host copies it once into a sealed memory segment. Afterwards the array's own pages
/// are redundant: the sender maps the sealed segment privately (copy-on-write) at the array's address in their place
/// (``ArrayBuffer/replacePages(origin:by:)``), so that sending the array again while it is unchanged sends the same
/// segment without copying (``SegmentMapping/unchangedSource(of:)``, as for an array that arrived as a segment), and
/// the process holds one copy of the bytes instead of two. The seal still holds: the sender's later writes go to
/// private pages of its own, which no receiver sees.
public enum SegmentBacking {
    /// Lays each whole array buffer of `regions` (as returned by ``SegmentWriter/seal()``) over its copy in the
    /// segment. A buffer that is not a large mapping of its own (``ArrayBuffer/replacePages(origin:by:)``) keeps its
    /// pages, and so does every buffer when this process holds too many segments open already.
    public static func share(_ regions: [SegmentWriter.WrittenRegion]) {
        for region in regions {
            guard let buffer = region.owner as? ArrayBuffer, buffer.byteCount == region.count else { continue }
            let mapping = SegmentMapping(mappedAt: buffer.pointer, memory: region.memory, offset: region.offset,
                                         length: region.count)
            guard mapping.canBeSentOn else { continue }
            _ = buffer.replacePages(origin: mapping) { address, length in
                region.memory.mapPrivately(replacing: address, offset: region.offset, length: length)
            }
        }
    }
}
