import Testing

@testable import PXWire

/// Protocol 1.2: one large payload sent to several engines travels once per frame, and a receiver refuses a
/// shared payload that has nothing to share.
@Suite struct SharedPayloadTests {
    private let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 13) }

    private func tasks(_ payload: Payload, count: Int) -> [Envelope] {
        (0..<count).map { index in
            Envelope(Header(kind: .runTask, engine: EngineID(UInt32(index)), task: Samples.task(1)), payload: payload)
        }
    }

    @Test func theSameStorageTravelsOnce() throws {
        let envelopes = tasks(Payload(bytes), count: 3)
        let frame = try Samples.frame(envelopes)
        #expect(frame.count < bytes.count + 200, "the payload is carried once")
        let decoded = try Samples.decodeAll(frame)
        #expect(decoded == envelopes)
        #expect(decoded.allSatisfy { !$0.header.flags.contains(.sharesPayload) })
    }

    @Test("where payloads are decoded, each task of a shared payload gets bytes of its own; the controller keeps one")
    func decodingEndsSeparateSharedPayloads() throws {
        let frame = try Samples.frame(tasks(Payload(bytes), count: 3))
        func starts(checksRoutedPayloads: Bool) throws -> Set<UnsafeRawPointer?> {
            var decoder = FrameDecoder(key: Samples.key, checksRoutedPayloads: checksRoutedPayloads)
            decoder.append(contentsOf: frame)
            let envelopes = try #require(try decoder.nextFrame())
            #expect(envelopes.map(\.payload) == Array(repeating: Payload(bytes), count: 3))
            return Set(envelopes.map { $0.payload.withUnsafeBytes { $0.baseAddress } })
        }
        #expect(try starts(checksRoutedPayloads: true).count == 3, "an engine: three separate buffers")
        #expect(try starts(checksRoutedPayloads: false).count == 1, "the controller forwards one buffer")
    }

    @Test func equalButSeparateStorageTravelsTwice() throws {
        let envelopes = [Envelope(Header(kind: .runTask), payload: Payload(bytes)),
                         Envelope(Header(kind: .runTask), payload: Payload(bytes.map { $0 }))]
        let frame = try Samples.frame(envelopes)
        #expect(frame.count > 2 * bytes.count)
        #expect(try Samples.decodeAll(frame) == envelopes)
    }

    @Test func aPeerBefore1_2GetsEveryCopy() throws {
        var encoder = FrameEncoder(key: Samples.key, sharesPayloads: false)
        let envelopes = tasks(Payload(bytes), count: 2)
        try encoder.append(contentsOf: envelopes)
        let frame = encoder.takePendingBytes()
        #expect(frame.count > 2 * bytes.count)
        #expect(try Samples.decodeAll(frame) == envelopes)
    }

    @Test func sharingStopsAtAFrameBoundary() throws {
        let envelopes = tasks(Payload(bytes), count: 3)
        let frame = try Samples.frame(envelopes, maximumFrameSize: bytes.count + 1_000)
        #expect(try Samples.decodeAll(frame, maximumFrameSize: bytes.count + 1_000) == envelopes)
    }

    @Test func aCallerCannotSetTheFlag() throws {
        let envelope = Envelope(Header(kind: .heartbeat, flags: [.sharesPayload]), payload: [1, 2])
        let decoded = try Samples.decodeAll(Samples.frame([envelope]))
        #expect(decoded.first?.header.flags == [])
        #expect(decoded.first?.payload == [1, 2])
    }

    /// A frame whose first message claims to share a payload, signed with the right key.
    private func forged(flagOnMessage index: Int, payloadOfSharer: [UInt8]) throws -> [UInt8] {
        let envelopes = [Envelope(Header(kind: .heartbeat), payload: [1]),
                         Envelope(Header(kind: .heartbeat), payload: Payload(payloadOfSharer))]
        var frame = try Samples.frame(envelopes)
        let offsets = [4, 4 + Envelope.headerSize + 1]
        frame[offsets[index] + 5] |= Header.Flags.sharesPayload.rawValue
        return Self.resigned(frame)
    }

    /// Recomputes the MAC of frame number 0 after the bytes were changed.
    private static func resigned(_ frame: [UInt8]) -> [UInt8] {
        var result = frame
        let signedEnd = frame.count - FrameAuthenticator.macSize
        FrameAuthenticator(key: Samples.key).withMAC(
            sequence: 0, frame: frame.withUnsafeBytes { UnsafeRawBufferPointer(rebasing: $0[..<signedEnd]) }
        ) { mac in
            for index in 0..<mac.count { result[signedEnd + index] = mac[index] }
        }
        return result
    }

    @Test func sharingWithoutAPreviousMessageIsMalformed() throws {
        let frame = try forged(flagOnMessage: 0, payloadOfSharer: [])
        #expect(throws: WireError.self) { try Samples.decodeAll(frame) }
    }

    @Test func sharingWithBytesOfItsOwnIsMalformed() throws {
        let frame = try forged(flagOnMessage: 1, payloadOfSharer: [9])
        #expect(throws: WireError.self) { try Samples.decodeAll(frame) }
    }

    @Test func sharingWithNoBytesDecodesThePreviousPayload() throws {
        let frame = try forged(flagOnMessage: 1, payloadOfSharer: [])
        let decoded = try Samples.decodeAll(frame)
        #expect(decoded.map(\.payload) == [[1], [1]])
    }
}
