/// The identifier of one task (one `submitTask` message), unique within a cluster.
///
/// Clients make their own task IDs without asking the controller, so an ID carries the
/// submitting ``ClientID`` in its top 24 bits and a per-client sequence number (from 1) in
/// the low 40 bits. The controller refuses a submission whose ID names another client.
/// `0` on the wire means "no task".
public struct TaskID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The packed 64-bit value.
    public var rawValue: UInt64

    /// The largest per-client sequence number.
    public static let maximumSequence: UInt64 = (1 << 40) - 1

    /// Creates a task ID from its packed value.
    /// - Parameter rawValue: the packed value (see the type's description).
    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// Creates the task ID for a client's `sequence`-th task.
    /// - Parameters:
    ///   - client: the submitting client.
    ///   - sequence: the client's task counter, 1…``maximumSequence`` (higher bits are dropped).
    public init(client: ClientID, sequence: UInt64) {
        self.rawValue = UInt64(client.rawValue & ClientID.maximum) << 40 | (sequence & Self.maximumSequence)
    }

    /// The client that made this ID.
    public var client: ClientID { ClientID(rawValue: UInt32(truncatingIfNeeded: rawValue >> 40)) }

    /// The client's sequence number.
    public var sequence: UInt64 { rawValue & Self.maximumSequence }

    /// Orders task IDs by packed value (so one client's tasks sort in submission order).
    public static func < (lhs: TaskID, rhs: TaskID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// `<client>:<sequence>`, e.g. `1:42`.
    public var description: String { "\(client.rawValue):\(sequence)" }
}
