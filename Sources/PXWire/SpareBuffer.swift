/// Large byte buffers kept after use so that the next large message of about the same size reuses their memory.
///
/// Fresh memory costs more than copying into it: the kernel maps and clears it page by page on first touch (and
/// a virtual machine may fault it in from its host too). A decoder or encoder that handles one large message
/// after another keeps the last buffers here; the next ``take(capacity:)`` reuses one that nothing else holds any
/// more (its users dropped their slices), which Swift's copy-on-write tells without a copy. When all are still in
/// use, or much larger than needed, a new buffer is made, as it would be without the spares.
///
/// One slot serves a buffer that is dropped before the next message arrives. A receiver whose arrays keep the
/// frame they arrived in (``FrameDecoder``) needs two: the array of the last message lives on while the next one
/// arrives, and the buffer of the one before is free again by then.
public struct SpareBuffer: Sendable {
    /// Buffers smaller than this are not worth keeping: 1 MiB.
    public static let minimumSize = 1 << 20

    private var spares: [[UInt8]] = []
    private let slots: Int

    /// Creates an empty spare.
    /// - Parameter slots: how many buffers are kept at most (the most recent ones). Default: 1.
    public init(slots: Int = 1) {
        self.slots = max(slots, 1)
    }

    /// The capacity of the most recent buffer kept (0 when none).
    public var keptCapacity: Int { spares.first?.capacity ?? 0 }

    /// Returns an empty array that can hold at least `capacity` bytes: a kept buffer that is free and at most twice
    /// that size, otherwise a new one.
    /// - Parameter capacity: the bytes needed.
    public mutating func take(capacity: Int) -> [UInt8] {
        if capacity >= Self.minimumSize {
            for index in spares.indices.reversed()
            where spares[index].capacity >= capacity && spares[index].capacity <= 2 * capacity {
                var buffer = spares.remove(at: index)
                let kept = buffer.withUnsafeBufferPointer { $0.baseAddress }
                // Keeps the memory when `buffer` is its only owner; otherwise allocates anew with that capacity.
                buffer.removeAll(keepingCapacity: true)
                if buffer.withUnsafeBufferPointer({ $0.baseAddress }) == kept { return buffer }
            }
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(capacity)
        return buffer
    }

    /// Returns the most recent kept buffer emptied (its capacity kept when it is free), or an empty array when none is
    /// kept: for writing a message whose size is not known in advance.
    public mutating func takeAny() -> [UInt8] {
        guard !spares.isEmpty else { return [] }
        var buffer = spares.removeFirst()
        buffer.removeAll(keepingCapacity: true)
        return buffer
    }

    /// Keeps `buffer` (which may still be in use) for a later take, dropping the oldest buffer beyond the slots;
    /// buffers smaller than ``minimumSize`` or filled to less than a quarter are not kept.
    /// - Parameter buffer: the buffer of the message just handled.
    public mutating func keep(_ buffer: [UInt8]) {
        guard buffer.capacity >= Self.minimumSize, buffer.count >= buffer.capacity / 4 else { return }
        spares.insert(buffer, at: 0)
        if spares.count > slots { spares.removeLast(spares.count - slots) }
    }
}
