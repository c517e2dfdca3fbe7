import Testing

@testable import PXWire

/// Protocol 1.3: a large payload travels followed by its SHA-256 digest, which the MAC covers instead of the bytes;
/// the controller forwards the digest without hashing the bytes, and the receiver that reads them checks it.
/// (A 1.4 peer gets a tag instead: `TaggedPayloadTests`; these encoders speak to a 1.3 peer.)
@Suite struct DigestedPayloadTests {
    private let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 29) }

    private func runTask(_ payload: Payload) -> Envelope {
        Envelope(Header(kind: .runTask, engine: EngineID(1), client: Samples.client, task: Samples.task(1)), payload: payload)
    }

    /// Where the payload bytes of the first message of a one-message frame start, and where its digest starts.
    private let payloadBytesStart = 4 + Envelope.headerSize
    private var digestStart: Int { payloadBytesStart + bytes.count }

    private func decoder(checksRoutedPayloads: Bool) -> FrameDecoder {
        FrameDecoder(key: Samples.key, checksRoutedPayloads: checksRoutedPayloads)
    }

    /// Encodes `envelopes` as one frame for a 1.3 peer.
    private func shaFrame(_ envelopes: [Envelope]) throws -> [UInt8] {
        var encoder = FrameEncoder(key: Samples.key, tagsPayloads: false)
        try encoder.append(contentsOf: envelopes)
        return encoder.takePendingBytes()
    }

    private func decode(_ frame: [UInt8], with decoder: inout FrameDecoder) throws -> [Envelope] {
        decoder.append(contentsOf: frame)
        var result: [Envelope] = []
        while let messages = try decoder.nextFrame() { result += messages }
        return result
    }

    @Test func aLargePayloadArrivesWithItsDigestAndWithoutTheFlag() throws {
        let envelope = runTask(Payload(bytes))
        let frame = try shaFrame([envelope])
        #expect(frame.count == 4 + Envelope.headerSize + PayloadDigest.size + bytes.count + FrameAuthenticator.macSize)
        let decoded = try Samples.decodeAll(frame)
        #expect(decoded == [envelope])
        #expect(decoded[0].header.flags == [])
        #expect(decoded[0].payload.digest == PayloadDigest(of: bytes[...]))
    }

    @Test func theDigestIsComputedWhileThePayloadIsWrittenInChunks() throws {
        var encoder = FrameEncoder(key: Samples.key, tagsPayloads: false)
        try encoder.append(runTask(Payload(bytes)))
        let taken = encoder.takeEncodedFrames()
        var frames = try #require(taken)
        var stream: [UInt8] = []
        var chunks = 0
        frames.write(chunkSize: 4_096) { chunk in
            stream.append(contentsOf: chunk)
            chunks += 1
        }
        #expect(chunks > 40)
        #expect(try Samples.decodeAll(stream) == [runTask(Payload(bytes))])
    }

    @Test func aSmallPayloadIsSignedWhole() throws {
        let frame = try shaFrame([runTask([1, 2, 3])])
        let decoded = try Samples.decodeAll(frame)
        #expect(decoded[0].payload.digest == nil)
    }

    @Test func aChangedPayloadByteIsRefusedByTheReceiverThatReadsIt() throws {
        var frame = try shaFrame([runTask(Payload(bytes))])
        frame[payloadBytesStart + 123_456] ^= 0x10
        var engine = decoder(checksRoutedPayloads: true)
        #expect(throws: WireError.badMAC) { try decode(frame, with: &engine) }
    }

    @Test func aChangedDigestIsBadMAC() throws {
        var frame = try shaFrame([runTask(Payload(bytes))])
        frame[digestStart + 31] ^= 0x10
        var controller = decoder(checksRoutedPayloads: false)
        #expect(throws: WireError.badMAC) { try decode(frame, with: &controller) }
    }

    /// The controller passes a task payload on unread, with the digest it came with; the engine then finds the
    /// change. Nothing unchecked is ever signed whole: towards a peer before 1.3 the encoder checks first.
    @Test func aChangedRoutedPayloadIsForwardedWithItsDigestAndCaughtAtTheEnd() throws {
        var frame = try shaFrame([runTask(Payload(bytes))])
        frame[payloadBytesStart + 7] ^= 0x01
        var controller = decoder(checksRoutedPayloads: false)
        let routed = try decode(frame, with: &controller)
        #expect(routed.count == 1)

        var onward = FrameEncoder(key: Samples.otherKey, tagsPayloads: false)
        try onward.append(routed[0])
        let forwarded = onward.takePendingBytes()
        var engine = FrameDecoder(key: Samples.otherKey)
        #expect(throws: WireError.badMAC) { try decode(forwarded, with: &engine) }

        var older = FrameEncoder(key: Samples.otherKey, digestsPayloads: false, tagsPayloads: false)
        #expect(throws: WireError.badMAC) { try older.append(routed[0]) }
        #expect(older.isEmpty)
    }

    @Test func anIntactRoutedPayloadIsForwardedWithTheSameDigest() throws {
        let frame = try shaFrame([runTask(Payload(bytes))])
        var controller = decoder(checksRoutedPayloads: false)
        let routed = try decode(frame, with: &controller)
        var onward = FrameEncoder(key: Samples.otherKey, tagsPayloads: false)
        try onward.append(routed[0])
        let forwarded = onward.takePendingBytes()
        #expect(Array(forwarded[digestStart..<digestStart + PayloadDigest.size])
                == Array(frame[digestStart..<digestStart + PayloadDigest.size]))
        #expect(Array(frame[digestStart..<digestStart + PayloadDigest.size]) == Array(PayloadDigest(of: bytes[...]).bytes))
        var engine = FrameDecoder(key: Samples.otherKey)
        #expect(try decode(forwarded, with: &engine) == routed)
    }

    /// Bodies the controller reads itself are checked there too.
    @Test func theControllerChecksTheBodiesItReads() throws {
        let status = Envelope(Header(kind: .engineStatus, engine: EngineID(1)), payload: Payload(bytes))
        var frame = try shaFrame([status])
        frame[payloadBytesStart + 99] ^= 0x01
        var controller = decoder(checksRoutedPayloads: false)
        #expect(throws: WireError.badMAC) { try decode(frame, with: &controller) }
    }

    @Test func aPeerBefore1_3GetsThePayloadUnderTheMAC() throws {
        var encoder = FrameEncoder(key: Samples.key, digestsPayloads: false, tagsPayloads: false)
        try encoder.append(runTask(Payload(bytes)))
        var frame = encoder.takePendingBytes()
        #expect(frame.count == 4 + Envelope.headerSize + bytes.count + FrameAuthenticator.macSize)
        frame[4 + Envelope.headerSize + 5] ^= 0x01
        var controller = decoder(checksRoutedPayloads: false)
        #expect(throws: WireError.badMAC) { try decode(frame, with: &controller) }
    }

    @Test func sharedAndDigestedTogetherTravelOnce() throws {
        let payload = Payload(bytes)
        let envelopes = (0..<3).map { index in
            Envelope(Header(kind: .runTask, engine: EngineID(UInt32(index)), task: Samples.task(1)), payload: payload)
        }
        let frame = try shaFrame(envelopes)
        #expect(frame.count < bytes.count + 200)
        let decoded = try Samples.decodeAll(frame)
        #expect(decoded == envelopes)
        #expect(decoded.allSatisfy { $0.header.flags == [] && $0.payload.digest != nil })
    }

    @Test func aCallerCannotSetTheFlag() throws {
        let envelope = Envelope(Header(kind: .heartbeat, flags: [.digestedPayload]), payload: [1, 2])
        let decoded = try Samples.decodeAll(Samples.frame([envelope]))
        #expect(decoded.first?.header.flags == [])
        #expect(decoded.first?.payload == [1, 2])
    }

    @Test(arguments: [1_000, 4_096, 65_536])
    func digestedFramesDecodeInAnyChunking(chunk: Int) throws {
        let envelopes = [runTask(Payload(bytes)), Envelope(Header(kind: .heartbeat), payload: [5]), runTask(Payload(bytes))]
        var encoder = FrameEncoder(key: Samples.key, tagsPayloads: false)
        var stream: [UInt8] = []
        for envelope in envelopes {
            try encoder.append(envelope)
            stream += encoder.takePendingBytes()
        }
        #expect(try Samples.decodeInChunks(stream) { chunk } == envelopes)
    }
}
