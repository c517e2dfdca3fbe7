/// The kind of a message: the first byte of its header. See `docs/wire.md` for each kind's
/// direction, header fields and body.
///
/// Requests and replies come in pairs (`registerEngine`/`registerEngineReply`). Bodies of
/// kinds marked *control body* are small structures defined in this module (the controller
/// reads them); every other body is an opaque ``Payload`` the controller routes untouched.
public enum MessageKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Engine → controller: join the cluster. Control body ``EngineInfo``.
    case registerEngine = 1
    /// Controller → engine: `header.engine` is the assigned ID. Control body ``EngineWelcome``.
    case registerEngineReply = 2
    /// Engine → controller: leaving cleanly (its tasks fail as `engineDied`). No body.
    case unregisterEngine = 3
    /// Client → controller: join the cluster. No body.
    case registerClient = 4
    /// Controller → client: `header.client` is the assigned ID. Control body ``EngineTable``.
    case registerClientReply = 5
    /// Controller → clients: an engine arrived, changed or died. Control body ``EngineRecord``.
    case engineStatus = 6
    /// Client → controller: run a task. Extension ``TaskHeader``; opaque payload.
    case submitTask = 7
    /// Controller → engine: run this task (`header.task`, `header.client`). Opaque payload.
    case runTask = 8
    /// Engine → controller → client: a chunk of output while the task runs (flag `stderr`). UTF-8 payload; with
    /// flag `publishedData`, an encoded dict from `publish_data` instead.
    case taskOutput = 9
    /// Engine → controller → client: the task finished. Extension ``TaskTimes``; opaque payload;
    /// flag `failed` when the task raised.
    case taskReply = 10
    /// Controller (or engine, for `aborted`) → client: the task did not run to a reply.
    /// Control body ``TaskFailure``.
    case taskFailed = 11
    /// Client → controller → engine: drop these tasks if they have not started. Control body ``TaskIDList``
    /// (empty: all of the client's queued tasks); `header.engine` limits it to one engine.
    case abortTasks = 12
    /// Client → controller → engine: interrupt these running tasks. Control body ``TaskIDList``
    /// (empty: whatever runs); `header.engine` limits it to one engine.
    case interruptTasks = 13
    /// Controller → engine: are you alive? Control body ``HeartbeatStamp``.
    case heartbeat = 14
    /// Engine → controller: yes. Control body ``HeartbeatStamp`` (echo plus the engine's clock).
    case heartbeatReply = 15
    /// Client → controller: ask for queue lengths (`header.engine` limits it to one engine). No body.
    case queueStatusRequest = 16
    /// Controller → client. Control body ``QueueStatus``.
    case queueStatusReply = 17
    /// Client → controller → engine (`header.engine`, or all): empty the engine's namespace. No body.
    case clearNamespace = 18
    /// Engine → controller → client: the namespace is empty. No body.
    case clearNamespaceReply = 19
    /// Client → controller → engines: stop. Flag `includesController` stops the controller too.
    /// Controller → engine: exit now. No body.
    case shutdownRequest = 20
    /// Controller → client: engines were told to stop. No body.
    case shutdownReply = 21

    /// Whether this kind carries an extension between header and payload.
    public var extensionKind: ExtensionKind {
        switch self {
        case .submitTask: .taskHeader
        case .taskReply: .taskTimes
        default: .none
        }
    }

    /// Whether the controller forwards this kind's payload without reading it (task requests, output, replies).
    public var carriesRoutedPayload: Bool {
        switch self {
        case .submitTask, .runTask, .taskOutput, .taskReply: true
        default: false
        }
    }

    /// The extension a kind carries.
    public enum ExtensionKind: Sendable {
        /// No extension.
        case none
        /// A ``TaskHeader``.
        case taskHeader
        /// A ``TaskTimes``.
        case taskTimes
    }

    /// The case name, e.g. `submitTask`.
    public var description: String {
        switch self {
        case .registerEngine: "registerEngine"
        case .registerEngineReply: "registerEngineReply"
        case .unregisterEngine: "unregisterEngine"
        case .registerClient: "registerClient"
        case .registerClientReply: "registerClientReply"
        case .engineStatus: "engineStatus"
        case .submitTask: "submitTask"
        case .runTask: "runTask"
        case .taskOutput: "taskOutput"
        case .taskReply: "taskReply"
        case .taskFailed: "taskFailed"
        case .abortTasks: "abortTasks"
        case .interruptTasks: "interruptTasks"
        case .heartbeat: "heartbeat"
        case .heartbeatReply: "heartbeatReply"
        case .queueStatusRequest: "queueStatusRequest"
        case .queueStatusReply: "queueStatusReply"
        case .clearNamespace: "clearNamespace"
        case .clearNamespaceReply: "clearNamespaceReply"
        case .shutdownRequest: "shutdownRequest"
        case .shutdownReply: "shutdownReply"
        }
    }
}
