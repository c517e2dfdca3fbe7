import Logging
import PXTransport
import PXWire

/// Runs a ``ControllerStateMachine`` inside a ``FramedServer``: feeds it the server's events
/// with the current time and carries out the actions it returns.
final class ControllerHub: ServerHub {
    private(set) var machine: ControllerStateMachine
    private let logger: Logger

    init(settings: ControllerSettings, logger: Logger) {
        self.machine = ControllerStateMachine(settings: settings)
        self.logger = logger
    }

    private static func now() -> ControllerInstant {
        ControllerInstant(monotonic: MonotonicClock.nanoseconds(), wall: MonotonicClock.wallClock())
    }

    func connectionOpened(_ connection: ConnectionID, role: PeerRole, io: ServerIO) {
        execute(machine.onConnectionOpened(connection, role: role, now: Self.now()), io: io)
    }

    func received(_ envelopes: [Envelope], from connection: ConnectionID, io: ServerIO) {
        execute(machine.onMessages(envelopes, from: connection, now: Self.now()), io: io)
    }

    func connectionClosed(_ connection: ConnectionID, error: TransportError?, io: ServerIO) {
        if let error { logger.warning("connection \(connection) closed: \(error)") }
        execute(machine.onConnectionClosed(connection, reason: error?.description, now: Self.now()), io: io)
    }

    func engineProcessExited(pid: Int32, description: String, io: ServerIO) {
        execute(machine.onEngineProcessExited(pid: pid, description: description, now: Self.now()), io: io)
    }

    func connectionRefused(from address: String, reason: String) {
        logger.warning("refused a peer from \(address): \(reason)")
    }

    func tick(io: ServerIO) {
        execute(machine.onTick(now: Self.now(), active: io.takeActiveConnections()), io: io)
        if machine.releaseDrainedTables() { FreeMemory.returnToSystemSoon() }
    }

    private func execute(_ actions: [ControllerAction], io: ServerIO) {
        for action in actions {
            switch action {
            case .send(let envelope, let connection):
                if !io.send(envelope, to: connection), io.role(of: connection) != nil {
                    logger.warning(
                        "dropped a \(envelope.kind) of \(envelope.wireSize) bytes: larger than the frame limit")
                }
            case .close(let connection):
                io.close(connection)
            case .log(let level, let message):
                logger.log(level: level, "\(message)")
            case .stopController:
                io.stopServer()
            }
        }
    }
}
