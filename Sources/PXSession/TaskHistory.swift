import PXWire

/// The task IDs a client submitted, in order, kept as runs of consecutive IDs: a client's IDs mostly come one
/// after the other, so a million tasks take a few bytes instead of eight megabytes (memory stays flat in long
/// sessions).
public struct TaskHistory: RandomAccessCollection, Sendable {
    private var runs: [(first: UInt64, count: Int)] = []
    /// Number of IDs before each run.
    private var offsets: [Int] = []
    /// Number of IDs.
    public private(set) var count = 0

    /// An empty history.
    public init() {}

    /// 0.
    public var startIndex: Int { 0 }
    /// The number of IDs.
    public var endIndex: Int { count }

    /// The ID at `position` (in submission order).
    public subscript(position: Int) -> TaskID {
        // The last run whose offset is at most `position`.
        var low = 0, high = offsets.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if offsets[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return TaskID(rawValue: runs[low].first + UInt64(position - offsets[low]))
    }

    /// Appends IDs in submission order.
    public mutating func append<IDs: Sequence<TaskID>>(contentsOf ids: IDs) {
        for id in ids {
            if let last = runs.last, last.first + UInt64(last.count) == id.rawValue {
                runs[runs.count - 1].count += 1
            } else {
                runs.append((id.rawValue, 1))
                offsets.append(count)
            }
            count += 1
        }
    }
}
