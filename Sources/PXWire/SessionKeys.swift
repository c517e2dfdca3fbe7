/// The two frame keys of an established connection, seen from one side.
public struct SessionKeys: Hashable, Sendable {
    /// Verifies the frames this side receives.
    public let inbound: SessionKey
    /// Signs the frames this side sends.
    public let outbound: SessionKey
    /// Tags and checks large payloads (the same on every connection of the cluster).
    public let payload: PayloadKey

    /// Creates a pair.
    /// - Parameters:
    ///   - inbound: the key of received frames.
    ///   - outbound: the key of sent frames.
    ///   - payload: the cluster's payload key.
    public init(inbound: SessionKey, outbound: SessionKey, payload: PayloadKey) {
        self.inbound = inbound
        self.outbound = outbound
        self.payload = payload
    }

    /// An encoder for this side's outgoing frames.
    /// - Parameters:
    ///   - maximumFrameSize: the largest frame. Default: 1 GiB.
    ///   - peerVersion: the version the other side announced; it decides whether large payloads may be shared
    ///     between messages and travel with their tag or digest. Default: ``ProtocolVersion/current``.
    public func makeEncoder(
        maximumFrameSize: Int = FrameDecoder.defaultMaximumFrameSize, peerVersion: ProtocolVersion = .current
    ) -> FrameEncoder {
        FrameEncoder(
            key: outbound, payloadKey: payload, maximumFrameSize: maximumFrameSize,
            sharesPayloads: peerVersion.understandsSharedPayloads,
            digestsPayloads: peerVersion.understandsDigestedPayloads,
            tagsPayloads: peerVersion.understandsTaggedPayloads)
    }

    /// A decoder for this side's incoming frames.
    /// - Parameters:
    ///   - maximumFrameSize: the largest frame accepted. Default: 1 GiB.
    ///   - checksRoutedPayloads: whether the digests of task payloads are checked here (`false` for the
    ///     controller, which forwards them unread). Default: `true`.
    public func makeDecoder(
        maximumFrameSize: Int = FrameDecoder.defaultMaximumFrameSize, checksRoutedPayloads: Bool = true
    ) -> FrameDecoder {
        FrameDecoder(
            key: inbound, payloadKey: payload, maximumFrameSize: maximumFrameSize,
            checksRoutedPayloads: checksRoutedPayloads)
    }
}
