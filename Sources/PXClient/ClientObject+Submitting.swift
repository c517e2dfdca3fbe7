import PXCodec
import PXRuntime
import PXSession
import PXTransport
import PXWire

// MARK: - Submitting

extension ClientObject {
    /// The most tasks sent in one write. A larger submission is encoded whole first (so that an argument that
    /// cannot travel raises before anything is sent), then its messages are made and sent a batch at a time: a
    /// burst of a million tasks holds the messages of one batch at once, not a million.
    static let submitBatch = 4_096

    /// Encodes and submits tasks, recording them in the history.
    /// - Throws: `TypeError` when an argument cannot be sent to engines.
    func submit(_ requests: [(TaskRequest, TaskHeader)], timeLimit: Double?, fname: String,
                shape: AsyncResultObject.Shape, method: String = "apply", code: String? = nil) throws -> AsyncResultObject {
        try submit(count: requests.count, timeLimit: timeLimit, fname: fname, shape: shape, method: method, code: code,
                   request: { requests[$0].0 }, header: { requests[$0].1 })
    }

    /// Encodes and submits `count` tasks, the `index`th made by `request(index)` and `header(index)` when it is
    /// encoded or sent (a large map makes its chunks one at a time instead of all at once), recording them in the
    /// history.
    /// - Throws: `TypeError` when an argument cannot be sent to engines; then nothing was sent.
    func submit(count: Int, timeLimit: Double?, fname: String, shape: AsyncResultObject.Shape, method: String = "apply",
                code: String? = nil, request: (Int) throws -> TaskRequest, header: (Int) -> TaskHeader)
        throws -> AsyncResultObject
    {
        try checkOpen()
        // One segment serves every request (a scatter's parts of one array share it).
        let segments = connection.carriesMemorySegments ? SegmentWriter() : nil
        var encoded = EncodedRequests()
        for index in 0..<count {
            encoded.append(try encode(request(index), timeLimit: timeLimit, segments: segments))
        }
        try seal(segments)
        return try send(count: count, payload: { encoded[$0] }, header: header, fname: fname, shape: shape,
                        method: method, code: code)
    }

    /// Encodes one request once and submits it as one task per header (the same request to several engines):
    /// the tasks share the payload's bytes, so the frame carries them once.
    /// - Throws: `TypeError` when an argument cannot be sent to engines.
    func submit(_ request: TaskRequest, headers: [TaskHeader], timeLimit: Double?, fname: String,
                shape: AsyncResultObject.Shape, method: String = "apply", code: String? = nil) throws -> AsyncResultObject {
        try checkOpen()
        let segments = connection.carriesMemorySegments ? SegmentWriter() : nil
        let payload = try encode(request, timeLimit: timeLimit, segments: segments)
        try seal(segments)
        return try send(count: headers.count, payload: { _ in payload }, header: { headers[$0] }, fname: fname,
                        shape: shape, method: method, code: code)
    }

    func checkOpen() throws {
        guard !closed else { throw RuntimeError(BuiltinTypes.runtimeError, "Client cannot be used after its sockets have been closed") }
    }

    /// Encodes a request; its large arrays go into `segments` when the connection carries memory segments.
    private func encode(_ request: TaskRequest, timeLimit: Double?, segments: SegmentWriter?) throws -> Payload {
        do {
            if let segments { return try TaskPayload.encode(request, timeLimit: timeLimit, segments: segments) }
            return Payload(try TaskPayload.encode(request, timeLimit: timeLimit, reusing: &requestSpare))
        } catch {
            throw RuntimeError.typeError("\(error)")
        }
    }

    /// Seals the segment the payloads were encoded into, so it can be sent, and lets the arrays copied into it whole
    /// share its pages (``SegmentBacking``).
    private func seal(_ segments: SegmentWriter?) throws {
        do { SegmentBacking.share(try segments?.seal() ?? []) } catch {
            throw RuntimeError(BuiltinTypes.runtimeError, "\(error)")
        }
    }

    /// Sends encoded tasks, ``submitBatch`` at a time, and records them.
    private func send(count: Int, payload: (Int) -> Payload, header: (Int) -> TaskHeader, fname: String,
                      shape: AsyncResultObject.Shape, method: String, code: String?) throws -> AsyncResultObject {
        var records: [TaskRecord] = []
        records.reserveCapacity(count)
        var start = 0
        while start < count {
            let end = min(count, start + Self.submitBatch)
            let batch = (start..<end).map { (payload: payload($0), header: header($0)) }
            let sent: [TaskRecord]
            do {
                sent = try connection.submit(batch)
            } catch {
                throw RuntimeError(BuiltinTypes.runtimeError, "\(error)")
            }
            history.append(contentsOf: sent.map(\.id))
            store.add(sent)
            store.keepRequests(sent.map(\.id), batch)
            records += sent
            start = end
        }
        // What encoding a large submission needed is free now.
        if count >= FreeMemory.compactionCapacity { FreeMemory.returnToSystemSoon() }
        return AsyncResultObject(client: self, records: records, fname: fname, shape: shape, method: method, code: code)
    }
}
