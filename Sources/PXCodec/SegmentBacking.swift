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
///
/// A large array on Linux needs no copy at all: its pages are a shared mapping of a memory file of its own
/// (``ArrayBuffer/memoryFile``), and ``handOver(_:)`` turns that file into the sealed segment itself.
public enum SegmentBacking {
    /// Makes the memory file under `buffer` a sealed segment that can be sent as it is, when the buffer has one
    /// (``ArrayBuffer/memoryFile``) and has not handed it over yet: the file is mapped privately (copy-on-write) at the
    /// buffer's address in place of its shared mapping, so that no writable shared mapping of it is left, and then
    /// sealed against writing, growing and shrinking. The buffer's bytes stay the same; its later writes go to private
    /// pages of this process, which no receiver sees. Afterwards ``ArrayBuffer/origin`` is the segment's
    /// ``SegmentMapping``, which sends the buffer's bytes (``SegmentMapping/unchangedSource(of:)``).
    ///
    /// Only for the thread that owns the arrays over the buffer. When the seal is refused (another process mapped the
    /// file shared and writable, such as a child forked meanwhile) the segment is not sent: the buffer's bytes are then
    /// copied into a new segment as for any array.
    /// - Returns: whether the buffer's bytes now lie in a sealed segment.
    @discardableResult
    public static func handOver(_ buffer: ArrayBuffer) -> Bool {
        guard buffer.origin == nil, let file = buffer.memoryFile, let memory = try? SharedMemory.duplicating(file)
        else { return false }
        let mapping = SegmentMapping(mappedAt: buffer.pointer, memory: memory, offset: 0, length: buffer.byteCount)
        guard mapping.canBeSentOn,
            buffer.replacePages(origin: mapping, by: { memory.mapPrivately(replacing: $0, offset: 0, length: $1) })
        else { return false }
        return (try? memory.seal()) != nil
    }

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
