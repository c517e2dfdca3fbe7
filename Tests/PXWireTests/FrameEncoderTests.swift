import Testing

@testable import PXWire

@Suite struct FrameEncoderTests {
    @Test func everyKindRoundTripsInOneFrame() throws {
        let envelopes = Samples.everyKind
        let bytes = try Samples.frame(envelopes)
        let lengthField = Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
        #expect(lengthField + 4 == bytes.count, "all messages must go into one frame")
        #expect(try Samples.decodeAll(bytes) == envelopes)
    }

    @Test(arguments: MessageKind.allCases)
    func eachKindRoundTripsAlone(kind: MessageKind) throws {
        let envelope = try #require(Samples.everyKind.first { $0.kind == kind })
        #expect(try Samples.decodeAll(Samples.frame([envelope])) == [envelope])
    }

    @Test func absentIDsRoundTripAsNil() throws {
        let envelope = Envelope(Header(kind: .queueStatusRequest))
        let decoded = try Samples.decodeAll(Samples.frame([envelope]))
        #expect(decoded == [envelope])
        #expect(
            decoded.first?.header.engine == nil && decoded.first?.header.client == nil
                && decoded.first?.header.task == nil)
    }

    @Test func engineZeroIsNotNone() throws {
        let envelope = Envelope(Header(kind: .runTask, engine: EngineID(0), task: Samples.task(1)))
        #expect(try Samples.decodeAll(Samples.frame([envelope])).first?.header.engine == EngineID(0))
    }

    @Test func messagesBeyondTheMaximumSplitIntoSeveralFrames() throws {
        let big = Envelope(
            Header(kind: .runTask, task: Samples.task(1)), payload: Payload([UInt8](repeating: 1, count: 300)))
        let bytes = try Samples.frame(Array(repeating: big, count: 10), maximumFrameSize: 1_000)
        var decoder = FrameDecoder(key: Samples.key, maximumFrameSize: 1_000)
        decoder.append(contentsOf: bytes)
        var frames = 0
        var messages = 0
        while let frame = try decoder.nextFrame() {
            frames += 1
            messages += frame.count
        }
        #expect(messages == 10)
        #expect(frames == 5)
    }

    @Test func aMessageLargerThanTheMaximumIsRefused() {
        var encoder = FrameEncoder(key: Samples.key, maximumFrameSize: 100)
        let big = Envelope(Header(kind: .runTask), payload: Payload([UInt8](repeating: 1, count: 200)))
        #expect(throws: WireError.oversize(length: 260, maximum: 100)) { try encoder.append(big) }
        #expect(encoder.isEmpty)
    }

    @Test func anEmptyEncoderWritesNothing() {
        var encoder = FrameEncoder(key: Samples.key)
        #expect(encoder.takePendingBytes().isEmpty)
        #expect(encoder.withPendingBytes { _ in 1 } == nil)
    }

    @Test func consecutiveFramesAreNumbered() throws {
        var encoder = FrameEncoder(key: Samples.key)
        let envelope = Envelope(Header(kind: .heartbeat))
        try encoder.append(envelope)
        let first = encoder.takePendingBytes()
        try encoder.append(envelope)
        let second = encoder.takePendingBytes()
        #expect(first != second, "the frame number is part of the MAC")
        var decoder = FrameDecoder(key: Samples.key)
        decoder.append(contentsOf: first + second)
        #expect(try decoder.nextFrame() == [envelope])
        #expect(try decoder.nextFrame() == [envelope])
        #expect(try decoder.nextFrame() == nil)
    }
}
