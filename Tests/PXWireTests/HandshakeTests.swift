import Testing

@testable import PXWire

@Suite struct HandshakeTests {
    private let key = ClusterKey.random()

    /// Runs both sides; returns the peer's keys or its error, and the server's outcome.
    private func run(
        serverKey: ClusterKey,
        peerKey: ClusterKey,
        peerVersion: ProtocolVersion = .current,
        mutatePeerHello: (inout [UInt8]) -> Void = { _ in }
    ) throws -> (server: ServerHandshake.Outcome, peer: Result<SessionKeys, WireError>) {
        let server = ServerHandshake(key: serverKey)
        var peer = PeerHandshake(key: peerKey, role: .engine, version: peerVersion)
        #expect(server.hello.count == PeerHandshake.serverHelloSize)
        var hello = try peer.receive(serverHello: server.hello)
        #expect(hello.count == ServerHandshake.peerHelloSize)
        mutatePeerHello(&hello)
        let outcome = server.receive(peerHello: hello)
        let reply: [UInt8]
        switch outcome {
        case .accepted(_, _, _, let bytes), .refused(_, let bytes): reply = bytes
        }
        let header = Array(reply.prefix(PeerHandshake.welcomeHeaderSize))
        #expect(reply.count == PeerHandshake.welcomeHeaderSize + PeerHandshake.reasonLength(welcomeHeader: header))
        let peerKeys = Result { () throws(WireError) in try peer.receive(welcome: reply) }
        return (outcome, peerKeys)
    }

    @Test func matchingKeysAgreeOnFrameKeys() throws {
        let (outcome, peer) = try run(serverKey: key, peerKey: key)
        guard case .accepted(let role, let version, let serverKeys, _) = outcome else {
            Issue.record("expected acceptance, got \(outcome)")
            return
        }
        #expect(role == .engine)
        #expect(version == .current)
        let peerKeys = try peer.get()
        #expect(peerKeys.outbound == serverKeys.inbound)
        #expect(peerKeys.inbound == serverKeys.outbound)
        #expect(peerKeys.inbound != peerKeys.outbound, "each direction has its own key")
        var encoder = peerKeys.makeEncoder()
        try encoder.append(Envelope(Header(kind: .registerClient)))
        var decoder = serverKeys.makeDecoder()
        decoder.append(contentsOf: encoder.takePendingBytes())
        #expect(try decoder.nextFrame()?.first?.kind == .registerClient)
    }

    @Test func wrongKeyIsRefusedWithAReason() throws {
        let (outcome, peer) = try run(serverKey: key, peerKey: ClusterKey.random())
        guard case .refused(let error, _) = outcome else {
            Issue.record("expected refusal")
            return
        }
        #expect(error == .authenticationFailed)
        #expect(throws: WireError.refused(WireError.authenticationFailed.description)) { try peer.get() }
    }

    @Test func wrongMagicIsRefused() throws {
        let (outcome, peer) = try run(serverKey: key, peerKey: key) { $0[0] = UInt8(ascii: "X") }
        guard case .refused(let error, _) = outcome else {
            Issue.record("expected refusal")
            return
        }
        #expect(error == .badMagic)
        #expect(throws: WireError.refused(WireError.badMagic.description)) { try peer.get() }
    }

    @Test func incompatibleVersionIsRefusedByTheServer() throws {
        let old = ProtocolVersion(major: 0, minor: 9)
        let (outcome, _) = try run(serverKey: key, peerKey: key) { hello in
            hello[4] = UInt8(old.major)
            hello[6] = UInt8(old.minor)
        }
        guard case .refused(let error, _) = outcome else {
            Issue.record("expected refusal")
            return
        }
        #expect(error == .unsupportedVersion(peer: old, local: .current))
        #expect(error.description == "handshake refused: protocol version 0.9 is not compatible with 1.4")
    }

    @Test func incompatibleVersionIsRefusedByThePeer() throws {
        let server = ServerHandshake(key: key, version: ProtocolVersion(major: 2, minor: 0))
        var peer = PeerHandshake(key: key, role: .client)
        #expect(throws: WireError.unsupportedVersion(peer: ProtocolVersion(major: 2, minor: 0), local: .current)) {
            _ = try peer.receive(serverHello: server.hello)
        }
    }

    @Test func compatibleMinorVersionIsAccepted() throws {
        let (outcome, peer) = try run(serverKey: key, peerKey: key, peerVersion: ProtocolVersion(major: 1, minor: 7))
        guard case .accepted(_, let version, _, _) = outcome else {
            Issue.record("expected acceptance")
            return
        }
        #expect(version == ProtocolVersion(major: 1, minor: 7))
        _ = try peer.get()
    }

    @Test func unknownRoleIsRefused() throws {
        let (outcome, _) = try run(serverKey: key, peerKey: key) { $0[8] = 9 }
        guard case .refused(let error, _) = outcome else {
            Issue.record("expected refusal")
            return
        }
        #expect(error == .unknownRole(9))
    }

    @Test func tamperedProofIsRefused() throws {
        let (outcome, _) = try run(serverKey: key, peerKey: key) { $0[60] ^= 1 }
        guard case .refused(let error, _) = outcome else {
            Issue.record("expected refusal")
            return
        }
        #expect(error == .authenticationFailed)
    }

    @Test func peerRejectsAServerWithoutTheKey() throws {
        let impostor = ServerHandshake(key: ClusterKey.random())
        var peer = PeerHandshake(key: key, role: .client)
        let hello = try peer.receive(serverHello: impostor.hello)
        // The impostor cannot verify the peer; it forges an "accepted" welcome without a valid proof.
        var forged = Array("SWPX".utf8) + [0, 0, 0, 0]
        forged += [UInt8](repeating: 0, count: 32)
        #expect(hello.count == 76)
        #expect(throws: WireError.authenticationFailed) { _ = try peer.receive(welcome: forged) }
    }

    @Test func peerRejectsSomethingThatIsNotAController() {
        var peer = PeerHandshake(key: key, role: .client)
        #expect(throws: WireError.badMagic) {
            _ = try peer.receive(serverHello: Array("HTTP/1.1 400 Bad Request\r\n\r\n.........".utf8))
        }
    }

    @Test func shortPeerHelloIsBadMagic() {
        let server = ServerHandshake(key: key)
        guard case .refused(let error, _) = server.receive(peerHello: [1, 2, 3]) else {
            Issue.record("expected refusal")
            return
        }
        #expect(error == .badMagic)
    }
}
