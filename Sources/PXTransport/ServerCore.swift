import NIOCore
import PXWire

/// The loop-confined state of a ``FramedServer``: the hub, the I/O buffers and the connection counter.
final class ServerCore<Hub: ServerHub> {
    let hub: Hub
    let io: ServerIO
    let settings: ServerSettings
    private var nextConnection: UInt64 = 0

    init(hub: Hub, settings: ServerSettings, stopRequest: @escaping () -> Void) {
        self.hub = hub
        self.settings = settings
        self.io = ServerIO(stopRequest: stopRequest)
    }

    func opened(channel: Channel, keys: SessionKeys, role: PeerRole, version: ProtocolVersion) -> ConnectionID {
        nextConnection += 1
        let connection = ConnectionID(rawValue: nextConnection)
        io.add(
            connection, channel: channel,
            encoder: keys.makeEncoder(maximumFrameSize: settings.maximumFrameSize, peerVersion: version),
            role: role)
        hub.connectionOpened(connection, role: role, io: io)
        return connection
    }

    func received(_ envelopes: [Envelope], from connection: ConnectionID) {
        hub.received(envelopes, from: connection, io: io)
    }

    func closed(_ connection: ConnectionID, error: TransportError?) {
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
