/// Why a task ended without a reply from its code (`taskFailed` body). The task is in the header.
///
/// The controller writes these without any value codec; clients turn them into ipyparallel's
/// errors (`EngineError`, `TaskAborted`, `TaskTimeout`, `ImpossibleDependency`).
public struct TaskFailure: ControlBody {
    /// The category.
    public var reason: Reason
    /// The text for the user, e.g. `Engine 1 died while running task '1:7'`.
    public var message: String

    /// Creates a failure.
    /// - Parameters:
    ///   - reason: the category.
    ///   - message: the text for the user.
    public init(reason: Reason, message: String) {
        self.reason = reason
        self.message = message
    }

    /// Appends the encoding: reason u8, message string.
    public func encode(into writer: inout ByteWriter) {
        writer.write(reason.rawValue)
        writer.write(string: message)
    }

    /// Reads the encoding.
    public init(from reader: inout ByteReader) throws(WireError) {
        let byte = try reader.readUInt8()
        guard let reason = Reason(rawValue: byte) else {
            throw WireError.malformedFrame("unknown failure reason \(byte)")
        }
        self.reason = reason
        message = try reader.readString()
    }

    /// Categories of task failure.
    public enum Reason: UInt8, Sendable, CaseIterable, CustomStringConvertible {
        /// The engine died (or left) with the task queued or running, and no retry was left (`EngineError`).
        case engineDied = 1
        /// The task was aborted before it started (`TaskAborted`).
        case aborted = 2
        /// The task waited longer than its queue timeout (`TaskTimeout`).
        case timeout = 3
        /// Its dependencies can never be met, or no allowed engine remains (`ImpossibleDependency`).
        case impossibleDependency = 4
        /// The submission was refused: a bad target, a duplicate or foreign task ID.
        case invalid = 5

        /// The ipyparallel error class name this maps to.
        public var errorName: String {
            switch self {
            case .engineDied: "EngineError"
            case .aborted: "TaskAborted"
            case .timeout: "TaskTimeout"
            case .impossibleDependency: "ImpossibleDependency"
            case .invalid: "ValueError"
            }
        }

        /// The case name.
        public var description: String {
            switch self {
            case .engineDied: "engineDied"
            case .aborted: "aborted"
            case .timeout: "timeout"
            case .impossibleDependency: "impossibleDependency"
            case .invalid: "invalid"
            }
        }
    }
}
