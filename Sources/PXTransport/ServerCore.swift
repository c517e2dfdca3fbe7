import NIOCore
import PXWire

/// The loop-confined state of a ``FramedServer``: the hub, the I/O buffers and the connection counter.
final class ServerCore<Hub: ServerHub> {
    let hub: Hub
    let io: ServerIO
    let settings: ServerSettings
    /// Where local peers of protocol 1.4 open their descriptor channels; `nil` without a Unix socket.
    let relay: DescriptorRelay?
    private var nextConnection: UInt64 = 0

    init(hub: Hub, settings: ServerSettings, relay: DescriptorRelay?, stopRequest: @escaping () -> Void) {
        self.hub = hub
        self.settings = settings
        self.relay = relay
        self.io = ServerIO(stopRequest: stopRequest)
    }

    /// For a local peer that can take memory segments, the slot where its descriptor channel will appear: called
    /// before the welcome is sent, so the relay knows the ticket when the peer comes.
    func expectDescriptors(keys: SessionKeys, version: ProtocolVersion, isLocal: Bool) -> DescriptorSlot? {
        isLocal && version.understandsMemorySegments ? relay?.expect(keys) : nil
    }

    /// Registers an accepted connection (with its descriptor slot, if any) and returns its ID.
    func opened(channel: Channel, keys: SessionKeys, role: PeerRole, version: ProtocolVersion, slot: DescriptorSlot?)
        -> ConnectionID
    {
        nextConnection += 1
        let connection = ConnectionID(rawValue: nextConnection)
        io.add(
            connection, channel: channel,
            encoder: keys.makeEncoder(maximumFrameSize: settings.maximumFrameSize, peerVersion: version),
            role: role, descriptors: slot)
        hub.connectionOpened(connection, role: role, io: io)
        return connection
    }

    func received(_ envelopes: [Envelope], from connection: ConnectionID) {
        hub.received(envelopes, from: connection, io: io)
    }

    func closed(_ connection: ConnectionID, error: TransportError?, descriptors: DescriptorSlot?) {
        if let descriptors { relay?.forget(descriptors) }
        io.remove(connection)
        hub.connectionClosed(connection, error: error, io: io)
        io.flush()
    }

    func refused(from address: String, reason: String) {
        hub.connectionRefused(from: address, reason: reason)
    }

    func tick() {
        hub.tick(io: io)
        io.flush()
    }
}
