import Testing

@testable import PXWire

/// Protocol 1.4: a large payload travels followed by its AES-GMAC tag under the cluster's payload key, which the
/// frame's MAC covers instead of the bytes; the controller forwards the tag unread, and the receiver that reads the
/// payload checks it.
@Suite struct TaggedPayloadTests {
    private let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 13) }
    private let cluster = PayloadKey(cluster: ClusterKey(bytes: Array(repeating: 5, count: 32))!)
    private let payloadBytesStart = 4 + Envelope.headerSize

    private func runTask(_ payload: Payload) -> Envelope {
        Envelope(Header(kind: .runTask, engine: EngineID(1), client: Samples.client, task: Samples.task(1)), payload: payload)
    }

    private func frame(_ envelopes: [Envelope], key: SessionKey = Samples.key) throws -> [UInt8] {
        var encoder = FrameEncoder(key: key, payloadKey: cluster)
        try encoder.append(contentsOf: envelopes)
        return encoder.takePendingBytes()
    }

    private func decode(
        _ frame: [UInt8], key: SessionKey = Samples.key, payloadKey: PayloadKey? = nil, checksRoutedPayloads: Bool = true
    ) throws -> [Envelope] {
        var decoder = FrameDecoder(key: key, payloadKey: payloadKey ?? cluster, checksRoutedPayloads: checksRoutedPayloads)
        decoder.append(contentsOf: frame)
        var result: [Envelope] = []
        while let messages = try decoder.nextFrame() { result += messages }
        return result
    }

    @Test func aLargePayloadArrivesWithItsTagInTheDigestSlot() throws {
        let envelope = runTask(Payload(bytes))
        let encoded = try frame([envelope])
        #expect(encoded.count == 4 + Envelope.headerSize + bytes.count + PayloadDigest.size + FrameAuthenticator.macSize)
        let decoded = try decode(encoded)
        #expect(decoded == [envelope])
        #expect(decoded[0].header.flags == [])
        #expect(decoded[0].payload.digest?.kind == .tag)
        #expect(decoded[0].payload.digest?.matches(bytes[...], key: cluster) == true)
    }

    @Test func everyTagTakesAFreshNonce() throws {
        let first = try #require(PayloadDigest(tagging: bytes[...], key: cluster))
        let second = try #require(PayloadDigest(tagging: bytes[...], key: cluster))
        #expect(first.bytes != second.bytes)
        #expect(first.matches(bytes[...], key: cluster) && second.matches(bytes[...], key: cluster))
    }

    @Test func aChangedPayloadByteIsRefused() throws {
        for position in [0, 150_000, bytes.count - 1] {
            var encoded = try frame([runTask(Payload(bytes))])
            encoded[payloadBytesStart + position] ^= 0x04
            #expect(throws: WireError.badMAC) { try decode(encoded) }
        }
    }

    @Test func anotherClustersPayloadKeyRefusesTheTag() throws {
        let encoded = try frame([runTask(Payload(bytes))])
        let stranger = PayloadKey(cluster: ClusterKey(bytes: Array(repeating: 6, count: 32))!)
        #expect(throws: WireError.badMAC) { try decode(encoded, payloadKey: stranger) }
    }

    @Test func theControllerForwardsTheTagUnreadAndTheEngineChecksIt() throws {
        var encoded = try frame([runTask(Payload(bytes))])
        let routed = try decode(encoded, checksRoutedPayloads: false)
        var onward = FrameEncoder(key: Samples.otherKey, payloadKey: cluster)
        try onward.append(routed[0])
        let forwarded = onward.takePendingBytes()
        let slot = payloadBytesStart + bytes.count
        #expect(forwarded[slot..<slot + PayloadDigest.size] == encoded[slot..<slot + PayloadDigest.size])
        #expect(try decode(forwarded, key: Samples.otherKey) == routed)

        encoded[payloadBytesStart + 77] ^= 0x01
        let altered = try decode(encoded, checksRoutedPayloads: false)
        var again = FrameEncoder(key: Samples.otherKey, payloadKey: cluster)
        try again.append(altered[0])
        #expect(throws: WireError.badMAC) { try decode(again.takePendingBytes(), key: Samples.otherKey) }
    }

    /// Towards a 1.3 peer, which knows no tags, a forwarded payload's tag is checked, then a SHA-256 digest goes
    /// in its place.
    @Test func aPeerBefore1_4GetsACheckedDigestInstead() throws {
        var encoded = try frame([runTask(Payload(bytes))])
        let routed = try decode(encoded, checksRoutedPayloads: false)
        var older = FrameEncoder(key: Samples.otherKey, payloadKey: cluster, tagsPayloads: false)
        try older.append(routed[0])
        let decoded = try decode(older.takePendingBytes(), key: Samples.otherKey)
        #expect(decoded == routed)
        #expect(decoded[0].payload.digest?.kind == .sha256)

        encoded[payloadBytesStart + 5] ^= 0x01
        let altered = try decode(encoded, checksRoutedPayloads: false)
        var checking = FrameEncoder(key: Samples.otherKey, payloadKey: cluster, tagsPayloads: false)
        #expect(throws: WireError.badMAC) { try checking.append(altered[0]) }
        #expect(checking.isEmpty)
    }

    @Test func aCallerCannotSetTheFlag() throws {
        let envelope = Envelope(Header(kind: .heartbeat, flags: [.taggedPayload]), payload: [1, 2])
        let decoded = try decode(frame([envelope]))
        #expect(decoded.first?.header.flags == [])
        #expect(decoded.first?.payload == [1, 2])
    }
}
