import Logging
import PXTransport
import PXWire

/// What ``ControllerStateMachine`` asks its driver to do. The driver executes them in order.
public enum ControllerAction: Hashable, Sendable {
    /// Queue a message for a connection (written as one frame per connection per event).
    case send(Envelope, to: ConnectionID)
    /// Close a connection (after writing what was queued for it).
    case close(ConnectionID)
    /// Log a line.
    case log(Logger.Level, String)
    /// Stop the controller (a client asked for `shutdown(hub=True)`).
    case stopController
}
