import PXWire
import Testing

/// `registerEngine`'s body: the requested ID added in protocol 1.1, and the 1.0 layout still read.
@Suite struct EngineInfoTests {
    @Test func aRequestedIDRoundTrips() throws {
        let info = EngineInfo(uuid: "u", host: "h", pid: 7, clock: Timestamp(rawValue: 5), requestedID: EngineID(3))
        let decoded = try EngineInfo(decoding: Envelope(Header(kind: .registerEngine), body: info))
        #expect(decoded == info)
        #expect(decoded.requestedID == EngineID(3))
    }

    @Test func withoutARequestTheEncodingIsTheOneOfVersion1_0() throws {
        let info = EngineInfo(uuid: "u", host: "h", pid: 7, clock: Timestamp(rawValue: 5))
        let payload = Envelope(Header(kind: .registerEngine), body: info).payload.array
        // uuid (2 + 1), host (2 + 1), pid 4, clock 8: nothing after.
        #expect(payload.count == 18)
        #expect(
            try EngineInfo(decoding: Envelope(Header(kind: .registerEngine), payload: Payload(payload))).requestedID
                == nil)
        let ranked = EngineInfo(uuid: "u", host: "h", pid: 7, clock: Timestamp(rawValue: 5), requestedID: EngineID(0))
        #expect(Envelope(Header(kind: .registerEngine), body: ranked).payload.array == payload + [0, 0, 0, 0])
    }

    @Test func noEngineIsNotAValidRequest() {
        let info = EngineInfo(uuid: "u", host: "h", pid: 7, clock: Timestamp(rawValue: 5))
        let payload = Envelope(Header(kind: .registerEngine), body: info).payload.array + [0xFF, 0xFF, 0xFF, 0xFF]
        #expect(throws: WireError.self) {
            try EngineInfo(decoding: Envelope(Header(kind: .registerEngine), payload: Payload(payload)))
        }
    }
}
