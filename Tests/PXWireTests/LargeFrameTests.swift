import Testing

@testable import PXWire

/// Frames of 64 KiB and more are received into their own buffer and hashed as they arrive, and
/// written in chunks signed on the way out.
@Suite struct LargeFrameTests {
    private let big = Envelope(
        Header(kind: .runTask, task: Samples.task(1)),
        payload: Payload((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    )
    private let small = Envelope(Header(kind: .heartbeat, task: Samples.task(2)), payload: [1, 2, 3])

    /// A big frame, then a small one, then another big one (three frames, from one encoder).
    private func stream() throws -> [UInt8] {
        var encoder = FrameEncoder(key: Samples.key)
        var bytes: [UInt8] = []
        for envelope in [big, small, big] {
            try encoder.append(envelope)
            bytes += encoder.takePendingBytes()
        }
        return bytes
    }

    @Test(arguments: [1_000, 4_096, 65_536, 1 << 20])
    func fedInChunksDecodesEveryFrame(chunk: Int) throws {
        let decoded = try Samples.decodeInChunks(try stream()) { chunk }
        #expect(decoded == [big, small, big])
    }

    @Test(arguments: [3, 17])
    func fedInRandomChunks(seed: UInt64) throws {
        let bytes = try stream()
        var generator = SeededGenerator(state: seed)
        var decoder = FrameDecoder(key: Samples.key)
        var decoded: [Envelope] = []
        var index = 0
        while index < bytes.count {
            let end = min(bytes.count, index + Int.random(in: 1...100_000, using: &generator))
            decoder.append(contentsOf: bytes[index..<end])
            index = end
            while let frame = try decoder.nextFrame() { decoded += frame }
        }
        #expect(decoded == [big, small, big])
    }

    @Test(arguments: [10, 150_000, 300_020, 300_050])  // length, payload, payload end, MAC
    func aFlippedByteAnywhereIsBadMAC(position: Int) throws {
        var bytes = try Samples.frame([big])
        bytes[position] ^= 0x01
        var decoder = FrameDecoder(key: Samples.key)
        var index = 0
        var caught: WireError?
        while index < bytes.count, caught == nil {
            let end = min(bytes.count, index + 10_000)
            bytes[index..<end].withUnsafeBytes { decoder.append($0) }
            index = end
            do { _ = try decoder.nextFrame() } catch { caught = error }
        }
        #expect(caught == .badMAC)
    }

    /// Feeds `bytes` as a reader does: the rest of a large frame straight into its storage, in pieces of at most
    /// `piece` bytes, and everything else through ``FrameDecoder/append(_:)``.
    private func receive(_ bytes: [UInt8], piece: Int) throws -> (frames: [Envelope], direct: Int) {
        var decoder = FrameDecoder(key: Samples.key)
        var decoded: [Envelope] = []
        var index = 0
        var direct = 0
        while index < bytes.count {
            let before = index
            let received = decoder.receiveIntoFrame { free in
                let count = min(free.count, piece, bytes.count - before)
                bytes[before..<before + count].withUnsafeBytes { free.copyMemory(from: $0) }
                return count
            }
            if let received {
                index += received
                direct += received
            } else {
                let end = min(bytes.count, index + piece)
                bytes[index..<end].withUnsafeBytes { decoder.append($0) }
                index = end
            }
            while let frame = try decoder.nextFrame() { decoded += frame }
        }
        try decoder.finish()
        return (decoded, direct)
    }

    @Test(arguments: [1_000, 65_536, 1 << 20])
    func receivedIntoTheFrameDecodesEveryFrame(piece: Int) throws {
        let bytes = try stream()
        let (frames, direct) = try receive(bytes, piece: piece)
        #expect(frames == [big, small, big])
        // Each of the two large frames goes straight into its storage after the piece that showed its length.
        if piece < 300_000 { #expect(direct >= 2 * (300_000 - piece)) }
    }

    @Test(arguments: [150_000, 300_020])  // payload, payload end
    func aFlippedByteReceivedIntoTheFrameIsBadMAC(position: Int) throws {
        var bytes = try Samples.frame([big])
        bytes[position] ^= 0x01
        #expect(throws: WireError.badMAC) { _ = try receive(bytes, piece: 10_000) }
    }

    @Test func nothingIsReceivedIntoAFrameBetweenFrames() throws {
        var decoder = FrameDecoder(key: Samples.key)
        #expect(decoder.receiveIntoFrame { _ in Issue.record("called between frames"); return 0 } == nil)
        let small = try Samples.frame([small])
        decoder.append(contentsOf: small.prefix(10))
        #expect(decoder.receiveIntoFrame { _ in Issue.record("called for a small frame"); return 0 } == nil)
    }

    @Test func aTruncatedLargeFrameIsReported() throws {
        let bytes = try Samples.frame([big])
        var decoder = FrameDecoder(key: Samples.key)
        decoder.append(contentsOf: bytes.dropLast(1_000))
        #expect(try decoder.nextFrame() == nil)
        #expect(decoder.bufferedByteCount == bytes.count - 1_000)
        #expect(throws: WireError.truncated(missing: 1_000)) { try decoder.finish() }
    }

    @Test func chunkedWritingSignsTheSameBytes() throws {
        // Tags take a random nonce: the SHA-256 digests of a 1.3 peer make both encodings equal.
        var first = FrameEncoder(key: Samples.key, tagsPayloads: false)
        var second = FrameEncoder(key: Samples.key, tagsPayloads: false)
        for envelope in [small, big, small] {
            try first.append(envelope)
            try second.append(envelope)
        }
        let whole = first.takePendingBytes()
        let taken = second.takeEncodedFrames()
        var frames = try #require(taken)
        var chunks: [[UInt8]] = []
        frames.write(chunkSize: 65_536) { chunks.append(Array($0)) }
        #expect(chunks.count > 4, "a big frame goes out in several chunks")
        #expect(chunks.flatMap { $0 } == whole)
        #expect(try Samples.decodeAll(whole) == [small, big, small])
    }

    @Test func smallFramesGoOutAsOneChunk() throws {
        var encoder = FrameEncoder(key: Samples.key, maximumFrameSize: 100)
        for _ in 0..<5 { try encoder.append(small) }
        let taken = encoder.takeEncodedFrames()
        var frames = try #require(taken)
        #expect(frames.frameCount == 3, "a 100-byte limit fits two of these messages per frame")
        var chunks = 0
        frames.write { _ in chunks += 1 }
        #expect(chunks == 1)
    }
}

/// Large payloads are handed out from their own storage, a chunk at a time, and a writer may stop between
/// chunks and resume later.
@Suite struct AttachedPayloadTests {
    private let payload = Payload((0..<500_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })

    private func envelopes() -> [Envelope] {
        [Envelope(Header(kind: .heartbeat), payload: [1, 2, 3]),
         Envelope(Header(kind: .runTask, task: Samples.task(1)), payload: payload),
         Envelope(Header(kind: .taskOutput), payload: Payload(utf8: "between")),
         Envelope(Header(kind: .taskReply, task: Samples.task(2)), payload: Payload(payload.bytes.map { $0 }))]
    }

    @Test(arguments: [4_096, 65_536, 1 << 20])
    func chunksAreTheWholeSignedStream(chunk: Int) throws {
        // Tags take a random nonce: the SHA-256 digests of a 1.3 peer make both encodings equal.
        var whole = FrameEncoder(key: Samples.key, maximumFrameSize: 700_000, tagsPayloads: false)
        var chunked = FrameEncoder(key: Samples.key, maximumFrameSize: 700_000, tagsPayloads: false)
        for envelope in envelopes() {
            try whole.append(envelope)
            try chunked.append(envelope)
        }
        #expect(chunked.pendingByteCount > 1_000_000)
        let expected = whole.takePendingBytes()
        let taken = chunked.takeEncodedFrames()
        var frames = try #require(taken)
        #expect(frames.byteCount == expected.count)
        var received: [UInt8] = []
        var calls = 0
        while frames.nextChunk(maximumSize: chunk, { received += Array($0) }) {
            calls += 1
            #expect(calls < 10_000)
        }
        #expect(frames.isFinished)
        #expect(received == expected)
        #expect(try Samples.decodeAll(received, maximumFrameSize: 700_000) == envelopes())
    }

    @Test func theEncoderDoesNotCopyALargePayload() throws {
        var encoder = FrameEncoder(key: Samples.key)
        try encoder.append(Envelope(Header(kind: .runTask), payload: payload))
        let taken = encoder.takeEncodedFrames()
        var frames = try #require(taken)
        let source = payload.bytes.withUnsafeBytes { $0.baseAddress }
        var handedOutFromSource = false
        frames.write(chunkSize: 1 << 20) { chunk in
            if chunk.baseAddress == source { handedOutFromSource = true }
        }
        #expect(handedOutFromSource)
    }

    @Test func aLargePayloadIsHandedOutWithItsStorage() throws {
        var encoder = FrameEncoder(key: Samples.key)
        for envelope in envelopes() { try encoder.append(envelope) }
        let taken = encoder.takeEncodedFrames()
        var frames = try #require(taken)
        var received: [UInt8] = []
        var withStorage = 0
        while frames.nextChunkWithStorage(maximumSize: 65_536, { chunk, storage in
            received += Array(chunk)
            guard let storage else { return }
            withStorage += chunk.count
            let inside = storage.withUnsafeBytes { raw in
                guard let base = raw.baseAddress, let start = chunk.baseAddress else { return false }
                return base <= start && start + chunk.count <= base + raw.count
            }
            #expect(inside, "the chunk lies in the storage handed out with it")
        }) {}
        #expect(withStorage == 2 * payload.count, "both large payloads, and nothing else, come with their storage")
        #expect(try Samples.decodeAll(received) == envelopes())
    }
}
