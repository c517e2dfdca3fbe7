/// What the controller needs to schedule a task: the `submitTask` extension.
///
/// Wire layout (little-endian), 32 bytes plus the three lists:
/// ```
///  0  u32  target engine (0xFFFF_FFFF: any engine, load-balanced)
///  4  u16  retries
///  6  u16  flags (bit 0 anyDependency, bit 1 failureSatisfies)
///  8  u32  item count (for progress; at least 1)
/// 12  u32  A = allowed engine count
/// 16  u32  B = `after` count
/// 20  u32  C = `follow` count
/// 24  u64  queue timeout in nanoseconds (0: none)
/// 32  A × u32 allowed engines, B × u64 `after` tasks, C × u64 `follow` tasks
/// ```
public struct TaskHeader: Hashable, Sendable {
    /// The engine to run on (a direct task), or `nil` for any allowed engine (load-balanced).
    public var target: EngineID?
    /// Engines a load-balanced task may run on; empty means all.
    public var allowed: [EngineID]
    /// How many times a load-balanced task is resubmitted to another engine when its engine dies.
    public var retries: UInt16
    /// How long the task may wait (for dependencies or an engine) before it fails as `timeout`;
    /// `nil` waits as long as needed. It does not limit running time.
    public var timeout: Duration?
    /// Tasks that must finish (anywhere) before this one starts.
    public var after: [TaskID]
    /// Tasks that must finish before this one starts, on the engine that ran them.
    public var follow: [TaskID]
    /// How many items of work the task carries (a `map` chunk), for progress counting.
    public var itemCount: UInt32
    /// Dependency options.
    public var flags: Flags

    /// Creates a task header.
    /// - Parameters:
    ///   - target: the engine for a direct task; `nil` (default) for load-balanced.
    ///   - allowed: allowed engines for a load-balanced task. Default: all.
    ///   - retries: resubmissions after engine death. Default: 0.
    ///   - timeout: queue timeout. Default: none.
    ///   - after: time dependencies. Default: none.
    ///   - follow: location dependencies. Default: none.
    ///   - itemCount: items carried. Default: 1.
    ///   - flags: dependency options. Default: none (all dependencies, each must succeed).
    public init(
        target: EngineID? = nil,
        allowed: [EngineID] = [],
        retries: UInt16 = 0,
        timeout: Duration? = nil,
        after: [TaskID] = [],
        follow: [TaskID] = [],
        itemCount: UInt32 = 1,
        flags: Flags = []
    ) {
        self.target = target
        self.allowed = allowed
        self.retries = retries
        self.timeout = timeout
        self.after = after
        self.follow = follow
        self.itemCount = itemCount
        self.flags = flags
    }

    /// Whether the task goes to one named engine rather than through the load balancer.
    public var isDirect: Bool { target != nil }

    /// Whether the task waits for other tasks.
    public var hasDependencies: Bool { !after.isEmpty || !follow.isEmpty }

    /// Dependency options of a task.
    public struct Flags: OptionSet, Hashable, Sendable {
        /// The bits.
        public var rawValue: UInt16

        /// Creates flags from their bits.
        public init(rawValue: UInt16) {
            self.rawValue = rawValue
        }

        /// One met dependency is enough (ipyparallel `all=False`); otherwise all must be met.
        public static let anyDependency = Flags(rawValue: 1 << 0)
        /// A dependency that failed counts as met (ipyparallel `failure=True`).
        public static let failureSatisfies = Flags(rawValue: 1 << 1)
        /// The function has dependencies an engine may find unmet (`@ipp.depend`, `@ipp.require`): the
        /// controller keeps the payload to send the task to another engine.
        public static let mayBeUnmet = Flags(rawValue: 1 << 2)
    }

    // MARK: - Wire

    /// The fixed part of the encoding, before the lists.
    static let fixedSize = 32

    /// The encoded size in bytes.
    var wireSize: Int { Self.fixedSize + 4 * allowed.count + 8 * after.count + 8 * follow.count }

    /// Appends the encoding to `writer`.
    func encode(into writer: inout ByteWriter) {
        writer.write(target?.rawValue ?? EngineID.wireNone)
        writer.write(retries)
        writer.write(flags.rawValue)
        writer.write(itemCount)
        writer.write(UInt32(allowed.count))
        writer.write(UInt32(after.count))
        writer.write(UInt32(follow.count))
        writer.write(Self.nanoseconds(timeout))
        for engine in allowed { writer.write(engine.rawValue) }
        for task in after { writer.write(task.rawValue) }
        for task in follow { writer.write(task.rawValue) }
    }

    /// Decodes a header occupying exactly `raw` (an extension area).
    static func decode(_ raw: UnsafeRawBufferPointer) throws(WireError) -> TaskHeader {
        guard raw.count >= fixedSize else { throw WireError.malformedFrame("task header shorter than 32 bytes") }
        func u32(_ offset: Int) -> UInt32 {
            UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        }
        func u64(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        let targetRaw = u32(0)
        let retries = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt16.self))
        let flags = Flags(rawValue: UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 6, as: UInt16.self)))
        let itemCount = u32(8)
        let allowedCount = Int(u32(12))
        let afterCount = Int(u32(16))
        let followCount = Int(u32(20))
        let timeoutNanoseconds = u64(24)
        // Each count is below 2^32, so this sum cannot overflow Int on 64-bit platforms.
        let expected = fixedSize + 4 * allowedCount + 8 * afterCount + 8 * followCount
        guard expected == raw.count else {
            throw WireError.malformedFrame("task header lists need \(expected) bytes, extension has \(raw.count)")
        }
        var offset = fixedSize
        var allowed: [EngineID] = []
        allowed.reserveCapacity(allowedCount)
        for _ in 0..<allowedCount {
            allowed.append(EngineID(rawValue: u32(offset)))
            offset += 4
        }
        var after: [TaskID] = []
        after.reserveCapacity(afterCount)
        for _ in 0..<afterCount {
            after.append(TaskID(rawValue: u64(offset)))
            offset += 8
        }
        var follow: [TaskID] = []
        follow.reserveCapacity(followCount)
        for _ in 0..<followCount {
            follow.append(TaskID(rawValue: u64(offset)))
            offset += 8
        }
        return TaskHeader(
            target: targetRaw == EngineID.wireNone ? nil : EngineID(rawValue: targetRaw),
            allowed: allowed,
            retries: retries,
            timeout: timeoutNanoseconds == 0 ? nil : .nanoseconds(Int64(clamping: timeoutNanoseconds)),
            after: after,
            follow: follow,
            itemCount: itemCount,
            flags: flags
        )
    }

    /// A duration in whole nanoseconds for the wire (0 for `nil`, at least 1 for a positive duration).
    static func nanoseconds(_ duration: Duration?) -> UInt64 {
        guard let duration, duration > .zero else { return 0 }
        let (seconds, attoseconds) = duration.components
        let total = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if total.overflow { return UInt64.max }
        let sum = total.partialValue.addingReportingOverflow(attoseconds / 1_000_000_000)
        if sum.overflow { return UInt64.max }
        return max(1, UInt64(sum.partialValue))
    }
}
