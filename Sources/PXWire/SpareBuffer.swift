/// A large byte buffer kept after use so that the next large message of about the same size reuses its memory.
///
/// Fresh memory costs more than copying into it: the kernel maps and clears it page by page on first touch (and
/// a virtual machine may fault it in from its host too). A decoder or encoder that handles one large message
/// after another keeps the last buffer here; the next ``take(capacity:)`` reuses it when nothing else holds it
/// any more (its users dropped their slices), which Swift's copy-on-write tells without a copy. When it is
/// still in use, or much larger than needed, a new buffer is made, as it would be without the spare.
public struct SpareBuffer: Sendable {
    /// Buffers smaller than this are not worth keeping: 1 MiB.
    public static let minimumSize = 1 << 20

    private var spare: [UInt8] = []

    /// Creates an empty spare.
    public init() {}

    /// The capacity of the buffer kept (0 when none).
    public var keptCapacity: Int { spare.capacity }

    /// Returns an empty array that can hold at least `capacity` bytes: the kept buffer when it is free and at most
    /// twice that size, otherwise a new one.
    /// - Parameter capacity: the bytes needed.
    public mutating func take(capacity: Int) -> [UInt8] {
        var buffer = spare
        spare = []
        if capacity >= Self.minimumSize, buffer.capacity >= capacity, buffer.capacity <= 2 * capacity {
            // Keeps the memory when `buffer` is its only owner; otherwise allocates anew with that capacity.
            buffer.removeAll(keepingCapacity: true)
            return buffer
        }
        buffer = []
        buffer.reserveCapacity(capacity)
        return buffer
    }

    /// Returns the kept buffer emptied (its capacity kept when it is free), or an empty array when none is kept:
    /// for writing a message whose size is not known in advance.
    public mutating func takeAny() -> [UInt8] {
        var buffer = spare
        spare = []
        buffer.removeAll(keepingCapacity: true)
        return buffer
    }

    /// Keeps `buffer` (which may still be in use) for a later take; buffers smaller than ``minimumSize`` or filled
    /// to less than a quarter are not kept.
    /// - Parameter buffer: the buffer of the message just handled.
    public mutating func keep(_ buffer: [UInt8]) {
        guard buffer.capacity >= Self.minimumSize, buffer.count >= buffer.capacity / 4 else { return }
        spare = buffer
    }
}
