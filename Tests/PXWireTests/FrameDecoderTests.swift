import Testing

@testable import PXWire

@Suite struct FrameDecoderTests {
    /// Three frames of every kind, back to back.
    private func stream() throws -> (bytes: [UInt8], envelopes: [Envelope]) {
        var encoder = FrameEncoder(key: Samples.key)
        var bytes: [UInt8] = []
        var envelopes: [Envelope] = []
        for round in 0..<3 {
            let batch = Samples.everyKind.map { envelope in
                var copy = envelope
                copy.header.task = Samples.task(UInt64(round * 100 + 1))
                return copy
            }
            try encoder.append(contentsOf: batch)
            bytes += encoder.takePendingBytes()
            envelopes += batch
        }
        return (bytes, envelopes)
    }

    /// Builds a signed frame around raw message bytes (to test layouts the encoder never makes).
    private func signedFrame(messages: [UInt8], sequence: UInt64 = 0) -> [UInt8] {
        let length = UInt32(messages.count + 32)
        var frame = withUnsafeBytes(of: length.littleEndian) { Array($0) } + messages
        let mac = frame.withUnsafeBytes { raw in
            FrameAuthenticator(key: Samples.key).withMAC(sequence: sequence, frame: raw) { Array($0) }
        }
        frame += mac
        return frame
    }

    private func rawMessage(kind: UInt8, extensionLength: UInt32 = 0, body: [UInt8] = []) -> [UInt8] {
        var writer = ByteWriter()
        writer.write(UInt32(24) + UInt32(body.count))
        writer.write(kind)
        writer.write(UInt8(0))
        writer.write(UInt16(0))
        writer.write(UInt32(0))
        writer.write(UInt32(0))
        writer.write(UInt64(0))
        writer.write(extensionLength)
        writer.write(contentsOf: body)
        return writer.bytes
    }

    @Test func dripFedOneByteAtATime() throws {
        let (bytes, envelopes) = try stream()
        var decoder = FrameDecoder(key: Samples.key)
        var decoded: [Envelope] = []
        for byte in bytes {
            decoder.append(contentsOf: [byte])
            while let frame = try decoder.nextFrame() { decoded += frame }
        }
        try decoder.finish()
        #expect(decoded == envelopes)
        #expect(decoder.bufferedByteCount == 0)
    }

    @Test(arguments: [1, 2, 3, 42, 4_242])
    func fedInRandomChunks(seed: UInt64) throws {
        let (bytes, envelopes) = try stream()
        var generator = SeededGenerator(state: seed)
        let decoded = try Samples.decodeInChunks(bytes) { Int.random(in: 1...200, using: &generator) }
        #expect(decoded == envelopes)
    }

    @Test func wrongKeyIsBadMAC() throws {
        let bytes = try Samples.frame(Samples.everyKind, key: Samples.otherKey)
        #expect(throws: WireError.badMAC) { try Samples.decodeAll(bytes) }
    }

    @Test func flippedBitIsBadMAC() throws {
        var bytes = try Samples.frame(Samples.everyKind)
        bytes[40] ^= 0x10
        #expect(throws: WireError.badMAC) { try Samples.decodeAll(bytes) }
    }

    @Test func replayedFrameIsBadMAC() throws {
        let bytes = try Samples.frame([Envelope(Header(kind: .heartbeat))])
        #expect(throws: WireError.badMAC) { try Samples.decodeAll(bytes + bytes) }
    }

    @Test func afterAnErrorTheDecoderStaysFailed() throws {
        var decoder = FrameDecoder(key: Samples.key)
        decoder.append(contentsOf: try Samples.frame(Samples.everyKind, key: Samples.otherKey))
        #expect(throws: WireError.badMAC) { try decoder.nextFrame() }
        decoder.append(contentsOf: try Samples.frame(Samples.everyKind))
        #expect(throws: WireError.badMAC) { try decoder.nextFrame() }
        #expect(throws: WireError.badMAC) { try decoder.finish() }
    }

    @Test func truncatedStreamIsReportedAtFinish() throws {
        let bytes = try Samples.frame(Samples.everyKind)
        var decoder = FrameDecoder(key: Samples.key)
        decoder.append(contentsOf: bytes.dropLast(5))
        #expect(try decoder.nextFrame() == nil)
        #expect(throws: WireError.truncated(missing: 5)) { try decoder.finish() }
        var short = FrameDecoder(key: Samples.key)
        short.append(contentsOf: bytes.prefix(2))
        #expect(throws: WireError.truncated(missing: 2)) { try short.finish() }
    }

    @Test func oversizeIsRejectedFromTheLengthFieldAlone() {
        var decoder = FrameDecoder(key: Samples.key, maximumFrameSize: 1_000)
        decoder.append(contentsOf: [0x01, 0x10, 0x00, 0x00])
        #expect(throws: WireError.oversize(length: 4_097, maximum: 1_000)) { try decoder.nextFrame() }
    }

    @Test func tooShortLengthIsMalformed() {
        var decoder = FrameDecoder(key: Samples.key)
        decoder.append(contentsOf: [10, 0, 0, 0] + [UInt8](repeating: 0, count: 10))
        #expect(throws: WireError.malformedFrame("frame length 10 is below the minimum of 60")) {
            try decoder.nextFrame()
        }
    }

    @Test func unknownKindInASignedFrameIsRejected() {
        let bytes = signedFrame(messages: rawMessage(kind: 200))
        #expect(throws: WireError.unknownKind(200)) { try Samples.decodeAll(bytes) }
    }

    @Test func messageLongerThanItsFrameIsMalformed() {
        var message = rawMessage(kind: MessageKind.runTask.rawValue)
        message[0] = 200
        let bytes = signedFrame(messages: message)
        #expect(throws: WireError.malformedFrame("message length 200 does not fit in the frame")) {
            try Samples.decodeAll(bytes)
        }
    }

    @Test func unexpectedExtensionIsMalformed() {
        let bytes = signedFrame(
            messages: rawMessage(kind: MessageKind.runTask.rawValue, extensionLength: 4, body: [0, 0, 0, 0]))
        #expect(throws: WireError.malformedFrame("runTask carries an unexpected 4-byte extension")) {
            try Samples.decodeAll(bytes)
        }
    }

    @Test func taskHeaderWithLyingCountsIsMalformed() {
        var body = [UInt8](repeating: 0, count: 32)
        body[12] = 0xFF  // allowed count 255, but no list bytes follow
        let bytes = signedFrame(
            messages: rawMessage(kind: MessageKind.submitTask.rawValue, extensionLength: 32, body: body))
        #expect(throws: WireError.malformedFrame("task header lists need 1052 bytes, extension has 32")) {
            try Samples.decodeAll(bytes)
        }
    }

    @Test func strayBytesAfterTheLastMessageAreMalformed() {
        let bytes = signedFrame(messages: rawMessage(kind: MessageKind.heartbeat.rawValue) + [1, 2, 3])
        #expect(throws: WireError.malformedFrame("3 stray bytes after the last message")) {
            try Samples.decodeAll(bytes)
        }
    }

    @Test(arguments: 0..<20)
    func randomGarbageNeverTraps(seed: UInt64) {
        var generator = SeededGenerator(state: seed)
        let count = Int.random(in: 0...2_000, using: &generator)
        var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
        if seed.isMultiple(of: 2) && bytes.count >= 4 {
            bytes[2] = 0
            bytes[3] = 0  // a plausible length so the MAC check runs
        }
        var decoder = FrameDecoder(key: Samples.key, maximumFrameSize: 1 << 16)
        decoder.append(contentsOf: bytes)
        var delivered = 0
        do {
            while let frame = try decoder.nextFrame() { delivered += frame.count }
            try decoder.finish()
        } catch {
            #expect(!error.isHandshakeError)
        }
        #expect(delivered == 0, "garbage must never yield messages")
    }

    @Test(arguments: 0..<10)
    func mutatedFramesAreRejectedNotDelivered(seed: UInt64) throws {
        var generator = SeededGenerator(state: seed)
        var bytes = try Samples.frame(Samples.everyKind)
        let index = Int.random(in: 4..<bytes.count, using: &generator)
        bytes[index] ^= UInt8.random(in: 1...255, using: &generator)
        #expect(throws: WireError.badMAC) { try Samples.decodeAll(bytes) }
    }

    @Test func payloadsShareTheFrameBuffer() throws {
        let envelopes = (1...3).map {
            Envelope(Header(kind: .runTask, task: Samples.task($0)), payload: [1, 2, UInt8($0)])
        }
        let decoded = try Samples.decodeAll(Samples.frame(envelopes))
        #expect(decoded.map(\.payload.array) == [[1, 2, 1], [1, 2, 2], [1, 2, 3]])
        #expect(decoded[1].payload[2] == 2, "payload indices start at 0")
        #expect(decoded[0].payload.bytes.startIndex > 0, "a decoded payload is a slice of its frame")
    }
}
