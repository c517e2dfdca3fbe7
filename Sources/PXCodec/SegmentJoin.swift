import PXNumeric
import PXWire

/// Arrays joined without copying when their elements lie side by side in one memory segment (protocol 1.5).
///
/// A `scatter` writes an array once into a segment and each engine receives its part as a range of it; an engine that
/// returns its part unchanged (`gather`) sends that same range back (``SegmentMapping/unchangedSource(of:)``). The parts
/// then arrive at the client as consecutive ranges of one memory file, and their concatenation is the file's range
/// from the first part's start to the last part's end: one new private (copy-on-write) mapping instead of a copy.
public enum SegmentJoin {
    /// `arrays` concatenated along their first axis as one mapping of the segment they lie in, or `nil` (then the
    /// caller copies them) unless every array is C-contiguous, of one dtype and of shapes that differ only in the
    /// first axis; lies in a received segment that this process has not written to; and the arrays' bytes follow
    /// each other in one memory file, in order.
    public static func concatenated(_ arrays: [NDArray]) -> NDArray? {
        guard let first = arrays.first, first.ndim > 0 else { return nil }
        var shape = first.shape
        shape[0] = 0
        var start: (memory: SharedMemory, offset: Int)?
        var end = 0
        for a in arrays {
            guard a.dtype == first.dtype, a.ndim == first.ndim, a.shape.dropFirst() == first.shape.dropFirst(),
                a.isCContiguous, a.byteCount > 0, let mapping = a.buffer.origin as? SegmentMapping
            else { return nil }
            let source = withExtendedLifetime(a) {
                mapping.unchangedSource(of: UnsafeRawBufferPointer(start: a.pointer, count: a.byteCount))
            }
            guard let source else { return nil }
            if let start {
                guard source.offset == end, source.memory.isSameFile(as: start.memory) else { return nil }
            } else {
                start = source
            }
            end = source.offset + a.byteCount
            shape[0] += a.shape[0]
        }
        guard let start else { return nil }
        let segment = PayloadSegment(position: 0, memory: start.memory, offset: start.offset, length: end - start.offset)
        return try? ValueCodec.mapArray(first.dtype, shape, segment)
    }
}
