import PXLang
import PXRuntime
import PXWire

/// A UTC date and time, as ipyparallel's metadata timestamps (`datetime.datetime` with a UTC zone).
/// Subtracting two gives a `TimedeltaObject`.
public final class DateTimeObject: NativeObject {
    /// The instant.
    public let timestamp: Timestamp

    /// Creates a date-time.
    public init(_ timestamp: Timestamp) {
        self.timestamp = timestamp
    }

    static let type = TypeObject(name: "datetime", module: "datetime", doc: "A UTC date and time.")
    public var pythonType: TypeObject { DateTimeObject.type }
    public var shippedForm: Value? { .float(timestamp.secondsSinceEpoch) }
    public var attributeNames: [String] {
        ["year", "month", "day", "hour", "minute", "second", "microsecond", "timestamp", "isoformat"]
    }

    /// Calendar fields in UTC.
    var fields: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, microsecond: Int) {
        let nanos = timestamp.rawValue
        var seconds = nanos >= 0 ? nanos / 1_000_000_000 : (nanos - 999_999_999) / 1_000_000_000
        let micro = Int((nanos - seconds * 1_000_000_000) / 1000)
        var days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        seconds -= days * 86400
        // Civil-from-days (Howard Hinnant's algorithm).
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d), Int(seconds / 3600), Int(seconds % 3600 / 60), Int(seconds % 60), micro)
    }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        let f = fields
        switch name {
        case "year": return .int(f.year)
        case "month": return .int(f.month)
        case "day": return .int(f.day)
        case "hour": return .int(f.hour)
        case "minute": return .int(f.minute)
        case "second": return .int(f.second)
        case "microsecond": return .int(f.microsecond)
        default: return nil
        }
    }

    public func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        switch name {
        case "timestamp": return .float(timestamp.secondsSinceEpoch)
        case "isoformat": return .str(iso(separator: "T"))
        default: return nil
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// `HH:MM:SS.ffffff` in UTC.
    var clockTime: String {
        let f = fields
        let micro = String(f.microsecond)
        return "\(Self.two(f.hour)):\(Self.two(f.minute)):\(Self.two(f.second))."
            + String(repeating: "0", count: 6 - micro.count) + micro
    }

    func iso(separator: String) -> String {
        let f = fields
        var text = "\(f.year)-\(Self.two(f.month))-\(Self.two(f.day))\(separator)\(Self.two(f.hour)):"
            + "\(Self.two(f.minute)):\(Self.two(f.second))"
        if f.microsecond != 0 {
            let micro = String(f.microsecond)
            text += "." + String(repeating: "0", count: 6 - micro.count) + micro
        }
        return text + "+00:00"
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        let f = fields
        var parts = [f.year, f.month, f.day, f.hour, f.minute].map(String.init)
        if f.second != 0 || f.microsecond != 0 { parts.append(String(f.second)) }
        if f.microsecond != 0 { parts.append(String(f.microsecond)) }
        return "datetime.datetime(\(parts.joined(separator: ", ")), tzinfo=datetime.timezone.utc)"
    }

    public func str(_ interpreter: Interpreter?) -> String { iso(separator: " ") }

    public func binary(_ op: BinaryOperator, _ other: Value, reflected: Bool) throws -> Value? {
        guard op == .subtract, !reflected else { return nil }
        if case .object(let o) = other, let start = o as? DateTimeObject {
            return .object(TimedeltaObject(nanoseconds: timestamp.rawValue - start.timestamp.rawValue))
        }
        return nil
    }

    public func compare(_ op: ComparisonOperator, _ other: Value) throws -> Bool? {
        guard case .object(let o) = other, let rhs = o as? DateTimeObject else { return op == .equal ? false : nil }
        let a = timestamp.rawValue, b = rhs.timestamp.rawValue
        switch op {
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        case .equal: return a == b
        default: return nil
        }
    }
}

/// The difference of two date-times (`datetime.timedelta`).
public final class TimedeltaObject: NativeObject {
    let nanoseconds: Int64

    init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
    }

    static let type = TypeObject(name: "timedelta", module: "datetime", doc: "A duration.")
    public var pythonType: TypeObject { TimedeltaObject.type }
    public var shippedForm: Value? { .float(seconds) }
    public var attributeNames: [String] { ["total_seconds", "days", "seconds", "microseconds"] }
    var seconds: Double { Double(nanoseconds) / 1e9 }

    public func callMethod(_ name: String, _ arguments: Arguments, _ interpreter: Interpreter) throws -> Value? {
        name == "total_seconds" ? .float((Double(nanoseconds / 1000)) / 1e6) : nil
    }

    public func attribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        let micros = nanoseconds / 1000
        let days = micros >= 0 ? micros / 86_400_000_000 : (micros - 86_399_999_999) / 86_400_000_000
        let rest = micros - days * 86_400_000_000
        switch name {
        case "days": return .int(Int(days))
        case "seconds": return .int(Int(rest / 1_000_000))
        case "microseconds": return .int(Int(rest % 1_000_000))
        default: return nil
        }
    }

    public func repr(_ interpreter: Interpreter?) -> String {
        "datetime.timedelta(microseconds=\(nanoseconds / 1000))"
    }

    public func str(_ interpreter: Interpreter?) -> String {
        FloatFormatter.printf("%.6f", Double(nanoseconds / 1000) / 1e6) + " s"
    }

    public func compare(_ op: ComparisonOperator, _ other: Value) throws -> Bool? {
        let rhs: Double
        switch other {
        case .object(let o as TimedeltaObject): rhs = o.seconds
        case .int(let i): rhs = Double(i)
        case .float(let d): rhs = d
        default: return op == .equal ? false : nil
        }
        switch op {
        case .less: return seconds < rhs
        case .lessEqual: return seconds <= rhs
        case .greater: return seconds > rhs
        case .greaterEqual: return seconds >= rhs
        case .equal: return seconds == rhs
        default: return nil
        }
    }
}
