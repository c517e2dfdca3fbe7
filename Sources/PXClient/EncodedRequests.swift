import PXWire

/// The payloads of a submission, encoded before any is sent, stored compactly: the bytes of the small ones one
/// after the other in one buffer (a million map chunks make one allocation, given back whole once they are
/// sent, instead of a million small ones), the others kept as they are (large payloads are not copied again, and
/// payloads with memory segments keep them).
struct EncodedRequests {
    /// Payloads of this many bytes or more are kept apart.
    static let packedLimit = 4_096

    /// The small payloads' bytes, in order.
    private var packed: [UInt8] = []
    /// Where each payload ends in `packed` (one kept apart adds no bytes).
    private var ends: [Int] = []
    /// The payloads kept apart, by index.
    private var apart: [Int: Payload] = [:]

    /// The number of payloads.
    var count: Int { ends.count }

    /// Adds the next payload.
    mutating func append(_ payload: Payload) {
        if payload.count >= Self.packedLimit || !payload.segments.isEmpty {
            apart[ends.count] = payload
        } else {
            packed.append(contentsOf: payload.bytes)
        }
        ends.append(packed.count)
    }

    /// The `index`th payload: kept apart, or a slice sharing the buffer of the small ones.
    subscript(index: Int) -> Payload {
        if let kept = apart[index] { return kept }
        return Payload(packed[(index == 0 ? 0 : ends[index - 1])..<ends[index]])
    }
}
