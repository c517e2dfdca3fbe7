/// The opaque payload of a task: an optional run-time limit, then the encoded `TaskRequest`.
///
/// Layout: one flag byte (1: a limit follows), then the limit as 8 IEEE bytes (seconds), then the request.
public enum TaskPayload {
    /// Joins a request with its run-time limit.
    public static func make(_ request: [UInt8], timeLimit: Double?) -> [UInt8] {
        guard let timeLimit, timeLimit > 0 else { return [0] + request }
        var bytes: [UInt8] = [1]
        withUnsafeBytes(of: timeLimit.bitPattern.littleEndian) { bytes += $0 }
        return bytes + request
    }

    /// Separates the request from its run-time limit (malformed input gives an empty request, which fails to
    /// decode with a clear error).
    public static func split(_ payload: [UInt8]) -> (request: [UInt8], timeLimit: Double?) {
        guard let flag = payload.first else { return ([], nil) }
        if flag == 1, payload.count >= 9 {
            var bits: UInt64 = 0
            for (i, b) in payload[1..<9].enumerated() { bits |= UInt64(b) << (8 * UInt64(i)) }
            return (Array(payload[9...]), Double(bitPattern: bits))
        }
        return (Array(payload.dropFirst()), nil)
    }
}
