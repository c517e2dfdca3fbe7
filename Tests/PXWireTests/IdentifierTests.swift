import PXWire
import Testing

@Suite struct IdentifierTests {
    @Test func taskIDPacksClientAndSequence() {
        let id = TaskID(client: ClientID(rawValue: 5), sequence: 123)
        #expect(id.client == ClientID(rawValue: 5))
        #expect(id.sequence == 123)
        #expect(id.description == "5:123")
        #expect(TaskID(client: ClientID(rawValue: 5), sequence: 1) < TaskID(client: ClientID(rawValue: 5), sequence: 2))
    }

    @Test func clusterKeyHexRoundTripsAndHidesItself() throws {
        let key = ClusterKey.random()
        #expect(key.bytes.count == 32)
        #expect(ClusterKey(hex: key.hex) == key)
        #expect(ClusterKey(hex: key.hex.uppercased()) == key)
        #expect(key.description == "ClusterKey(32 bytes)")
        #expect(ClusterKey(hex: "abc") == nil)
        #expect(ClusterKey(hex: "zz" + String(key.hex.dropFirst(2))) == nil)
        #expect(ClusterKey(bytes: [1, 2, 3]) == nil, "short keys are refused")
        #expect(ClusterKey.random() != key)
    }

    @Test func protocolVersionParsesAndCompares() {
        #expect(ProtocolVersion("1.4") == .current)
        #expect(ProtocolVersion("1") == nil)
        #expect(ProtocolVersion("a.b") == nil)
        #expect(ProtocolVersion(major: 1, minor: 3).isCompatible(with: .current))
        #expect(!ProtocolVersion(major: 2, minor: 0).isCompatible(with: .current))
    }

    @Test func timestampsPrintAndShift() {
        #expect(Timestamp(rawValue: 1_500_000_000).description == "1.500000000")
        #expect(Timestamp(rawValue: -500_000_000).description == "-0.500000000")
        #expect(Timestamp(rawValue: 10).adding(nanoseconds: -20) == Timestamp(rawValue: -10))
        #expect(Timestamp(rawValue: .max).adding(nanoseconds: 1) == Timestamp(rawValue: .max))
    }

    @Test func timeoutsRoundTripInNanoseconds() throws {
        for timeout in [Duration.nanoseconds(1), .milliseconds(3), .seconds(86_400)] {
            var encoder = FrameEncoder(key: Samples.key)
            try encoder.append(Envelope(Header(kind: .submitTask), taskHeader: TaskHeader(timeout: timeout)))
            let decoded = try Samples.decodeAll(encoder.takePendingBytes())
            #expect(decoded.first?.taskHeader?.timeout == timeout)
        }
    }
}
