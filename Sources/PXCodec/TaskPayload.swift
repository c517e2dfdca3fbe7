import PXWire

/// The opaque payload of a task: an optional run-time limit, then the encoded `TaskRequest`.
///
/// Layout: one flag byte (1: a limit follows), then the limit as 8 IEEE bytes (seconds), then the request.
public enum TaskPayload {
    /// Encodes a request behind its run-time limit, straight into one buffer (no copy of the request afterwards).
    /// - Parameters:
    ///   - request: the task.
    ///   - timeLimit: seconds the task may run; `nil` or not positive: no limit.
    /// - Returns: the payload bytes.
    /// - Throws: `CodecError.notShippable` when an argument cannot travel.
    public static func encode(_ request: TaskRequest, timeLimit: Double?) throws(CodecError) -> [UInt8] {
        var spare = SpareBuffer()
        return try encode(request, timeLimit: timeLimit, reusing: &spare)
    }

    /// Encodes a request behind its run-time limit into the memory of the last large payload when it is free
    /// (see `SpareBuffer`), and keeps the new bytes for the next one.
    /// - Parameters:
    ///   - request: the task.
    ///   - timeLimit: seconds the task may run; `nil` or not positive: no limit.
    ///   - spare: the buffer kept between payloads.
    /// - Returns: the payload bytes.
    /// - Throws: `CodecError.notShippable` when an argument cannot travel.
    public static func encode(_ request: TaskRequest, timeLimit: Double?, reusing spare: inout SpareBuffer)
        throws(CodecError) -> [UInt8]
    {
        var writer = ByteWriter(appendingTo: spare.takeAny())
        writeTimeLimit(timeLimit, into: &writer)
        try request.encode(into: &writer)
        spare.keep(writer.bytes)
        return writer.bytes
    }

    /// Encodes a request behind its run-time limit, its large arrays into `segments` (which the caller seals once
    /// every payload that shares it is encoded).
    /// - Parameters:
    ///   - request: the task.
    ///   - timeLimit: seconds the task may run; `nil` or not positive: no limit.
    ///   - segments: where large array buffers go.
    /// - Returns: the payload: bytes and segments.
    /// - Throws: `CodecError.notShippable` when an argument cannot travel.
    public static func encode(_ request: TaskRequest, timeLimit: Double?, segments: SegmentWriter) throws(CodecError)
        -> Payload
    {
        var writer = ByteWriter(capacity: 64)
        writer.segmentWriter = segments
        writeTimeLimit(timeLimit, into: &writer)
        try request.encode(into: &writer)
        return writer.payload
    }

    /// The header of every request: 1 and the limit's bits, or 0 for no limit (`nil` or not positive).
    private static func writeTimeLimit(_ timeLimit: Double?, into writer: inout ByteWriter) {
        if let timeLimit, timeLimit > 0 {
            writer.write(UInt8(1))
            writer.write(timeLimit.bitPattern)
        } else {
            writer.write(UInt8(0))
        }
    }

    /// Separates the request from its run-time limit, keeping the payload's segments (see
    /// ``split(_:)-(ArraySlice<UInt8>)``).
    public static func split(_ payload: Payload) -> (request: Payload, timeLimit: Double?) {
        let (request, timeLimit) = split(payload.bytes)
        let skipped = request.startIndex - payload.bytes.startIndex
        let segments = payload.segments.compactMap { segment -> PayloadSegment? in
            var moved = segment
            moved.position -= skipped
            return moved.position >= 0 ? moved : nil
        }
        return (Payload(request, segments: segments), timeLimit)
    }

    /// Joins an encoded request with its run-time limit.
    /// - Parameters:
    ///   - request: the encoded request.
    ///   - timeLimit: seconds the task may run; `nil` or not positive: no limit.
    /// - Returns: the payload bytes.
    public static func make(_ request: [UInt8], timeLimit: Double?) -> [UInt8] {
        guard let timeLimit, timeLimit > 0 else { return [0] + request }
        var bytes: [UInt8] = [1]
        withUnsafeBytes(of: timeLimit.bitPattern.littleEndian) { bytes += $0 }
        return bytes + request
    }

    /// Separates the request from its run-time limit, sharing the payload's storage (malformed input gives an
    /// empty request, which fails to decode with a clear error).
    /// - Parameter payload: the task's payload.
    /// - Returns: the encoded request and the limit in seconds, if any.
    public static func split(_ payload: ArraySlice<UInt8>) -> (request: ArraySlice<UInt8>, timeLimit: Double?) {
        guard let flag = payload.first else { return ([], nil) }
        let start = payload.startIndex
        if flag == 1, payload.count >= 9 {
            var bits: UInt64 = 0
            for (i, b) in payload[(start + 1)..<(start + 9)].enumerated() { bits |= UInt64(b) << (8 * UInt64(i)) }
            return (payload[(start + 9)...], Double(bitPattern: bits))
        }
        return (payload.dropFirst(), nil)
    }
}
