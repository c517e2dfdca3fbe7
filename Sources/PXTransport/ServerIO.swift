import NIOCore
import PXWire

/// What a ``ServerHub`` uses to answer: sends are buffered per connection and written as one
/// frame per connection when the current event (a read burst, a tick) ends.
///
/// Frames are signed and handed to the channel a chunk at a time, and only while the channel is
/// writable: when a peer reads slower than the server writes (a large payload), the rest waits here,
/// unsigned, until the channel drains (``resume(_:)``). So the server never queues a whole large
/// payload in channel buffers, and several slow connections are served in turn.
///
/// Only usable on the server's event-loop thread (it is handed to the hub's methods).
public final class ServerIO {
    private struct Connection {
        let channel: Channel
        var encoder: FrameEncoder
        let role: PeerRole
        /// Frames partly handed to the channel, waiting for it to become writable again.
        var writing: EncodedFrames?
        /// The peer's descriptor channel, once joined (protocol 1.4, local peers).
        let descriptors: DescriptorSlot?
    }

    /// The largest chunk handed to a channel at once.
    static let chunkSize = 1 << 18

    private var connections: [ConnectionID: Connection] = [:]
    private var dirty: [ConnectionID] = []
    /// Connections whose peer sent bytes or took written ones since ``takeActiveConnections()`` was last called.
    private var active: Set<ConnectionID> = []
    private let stopRequest: () -> Void

    init(stopRequest: @escaping () -> Void) {
        self.stopRequest = stopRequest
    }

    /// The number of connections that completed the handshake and are open.
    public var connectionCount: Int { connections.count }

    /// The role of an open connection.
    public func role(of connection: ConnectionID) -> PeerRole? {
        connections[connection]?.role
    }

    /// Queues a message for a connection; it is written with the others at the end of the event.
    /// Messages to closed connections are dropped.
    /// - Parameters:
    ///   - envelope: the message.
    ///   - connection: the destination.
    /// - Returns: `false` if the connection is gone or the message exceeds the frame limit.
    @discardableResult
    public func send(_ envelope: Envelope, to connection: ConnectionID) -> Bool {
        // The entry is changed in place, never copied: a copy would share the encoder's buffer, so that every
        // append copied the whole buffer (a burst of a million replies to one client took hours).
        guard let index = connections.index(forKey: connection) else { return false }
        if !connections.values[index].encoder.carriesDescriptors,
            connections.values[index].descriptors?.current != nil
        {
            connections.values[index].encoder.carriesDescriptors = true
        }
        let wasEmpty = connections.values[index].encoder.isEmpty
        do {
            try connections.values[index].encoder.append(envelope)
        } catch {
            return false
        }
        if wasEmpty { dirty.append(connection) }
        return true
    }

    /// Writes everything queued for a connection, then closes it.
    /// - Parameter connection: the connection.
    public func close(_ connection: ConnectionID) {
        guard let entry = connections[connection] else { return }
        flush(connection, waitingForWritability: false)
        entry.channel.close(promise: nil)
    }

    /// The connections whose peers showed signs of life since the last call — bytes arrived (a frame not complete
    /// yet counts) or the peer drained bytes written to it — and forgets them. A peer busy with one large frame in
    /// either direction sends no complete message for a while, but is not silent.
    public func takeActiveConnections() -> Set<ConnectionID> {
        defer { active.removeAll(keepingCapacity: true) }
        return active
    }

    /// Asks the server to stop (after this event's writes are flushed).
    public func stopServer() {
        flush()
        stopRequest()
    }

    // MARK: - Server side

    func add(
        _ connection: ConnectionID, channel: Channel, encoder: FrameEncoder, role: PeerRole, descriptors: DescriptorSlot?
    ) {
        connections[connection] = Connection(channel: channel, encoder: encoder, role: role, descriptors: descriptors)
    }

    func remove(_ connection: ConnectionID) {
        connections[connection] = nil
        active.remove(connection)
    }

    /// Bytes arrived from the connection's peer.
    func noteActivity(_ connection: ConnectionID) {
        active.insert(connection)
    }

    func closeAll() {
        for connection in connections.keys { flush(connection, waitingForWritability: false) }
        for entry in connections.values { entry.channel.close(promise: nil) }
    }

    /// Continues writing to a connection whose channel became writable again (its peer is reading).
    func resume(_ connection: ConnectionID) {
        active.insert(connection)
        flush(connection)
    }

    /// Writes every connection's pending frame.
    func flush() {
        guard !dirty.isEmpty else { return }
        let pending = dirty
        dirty.removeAll(keepingCapacity: true)
        for connection in pending { flush(connection) }
    }

    /// Hands a connection's frames to its channel, chunk by chunk, while the channel is writable (or all of
    /// them, when `waitingForWritability` is false: before closing).
    private func flush(_ connection: ConnectionID, waitingForWritability: Bool = true) {
        guard let channel = connections[connection]?.channel else { return }
        while !waitingForWritability || channel.isWritable {
            // Take the frames out first: a failing write can close the channel synchronously, which re-enters
            // `remove`; and the frames' buffer must not be shared while its MAC slots are filled.
            var frames: EncodedFrames
            if let partial = connections[connection]?.writing {
                frames = partial
                connections[connection]?.writing = nil
            } else if let next = connections[connection]?.encoder.takeEncodedFrames() {
                frames = next
                // Descriptors go ahead of the frames that refer to them (the receiver reads them when it decodes).
                do {
                    for group in next.descriptorGroups {
                        guard let descriptors = connections[connection]?.descriptors?.current else {
                            throw TransportError.closed
                        }
                        try descriptors.send(group)
                    }
                } catch {
                    channel.close(promise: nil)
                    return
                }
            } else {
                return
            }
            var more = true
            while more && (!waitingForWritability || channel.isWritable) {
                // Each chunk is flushed at once, so a large frame starts moving while the rest is signed.
                more = frames.nextChunkWithStorage(maximumSize: Self.chunkSize) { chunk, storage in
                    guard let storage, let start = chunk.baseAddress else {
                        var buffer = channel.allocator.buffer(capacity: chunk.count)
                        buffer.writeBytes(chunk)
                        channel.writeAndFlush(buffer, promise: nil)
                        return
                    }
                    // A chunk of a large payload (a forwarded one: the frame buffer it arrived in) is written from
                    // where it is; the write keeps its storage until the channel is done with it.
                    let buffer = BorrowedBytes.buffer(start: start, count: chunk.count)
                    let written = channel.eventLoop.makePromise(of: Void.self)
                    written.futureResult.whenComplete { _ in withExtendedLifetime(storage) {} }
                    channel.writeAndFlush(buffer, promise: written)
                }
            }
            guard connections[connection] != nil else { return }
            if more && !frames.isFinished {
                connections[connection]?.writing = frames
                return
            }
        }
    }
}
