import NIOCore
import PXWire

/// One accepted connection: runs the server handshake, then decodes whole reads into frames
/// and hands each frame to the core. Outgoing frames are written by ``ServerIO``.
final class ConnectionHandler<Hub: ServerHub>: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let core: ServerCore<Hub>
    /// Set until the peer's hello has been checked.
    private var handshake: ServerHandshake?
    private var collected: [UInt8] = []
    /// Set once the handshake succeeded (kept outside an enum so it is mutated in place).
    private var decoder: FrameDecoder?
    /// Set while the hub knows the connection.
    private var connection: ConnectionID?
    private var handshakeTimer: Scheduled<Void>?
    private var closeError: TransportError?
    /// Whether the connection came through the Unix socket (only such peers may open a descriptor channel).
    private let isLocal: Bool
    /// The peer's descriptor channel slot (protocol 1.4, local peers).
    private var descriptors: DescriptorSlot?

    init(core: ServerCore<Hub>, key: ClusterKey, isLocal: Bool) {
        self.core = core
        self.handshake = ServerHandshake(key: key)
        self.isLocal = isLocal
    }

    func channelActive(context: ChannelHandlerContext) {
        if let handshake {
            context.writeAndFlush(
                wrapOutboundOut(context.channel.allocator.buffer(bytes: handshake.hello)), promise: nil)
            let channel = context.channel
            let (seconds, attoseconds) = core.settings.handshakeTimeout.components
            let timeout = TimeAmount.nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
            handshakeTimer = context.eventLoop.scheduleTask(in: timeout) { channel.close(promise: nil) }
        }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        if let handshake {
            buffer.withUnsafeReadableBytes { collected.append(contentsOf: $0) }
            guard collected.count >= ServerHandshake.peerHelloSize else { return }
            self.handshake = nil
            handshakeTimer?.cancel()
            handshakeTimer = nil
            let channel = context.channel
            switch handshake.receive(peerHello: collected.prefix(ServerHandshake.peerHelloSize)) {
            case .refused(let error, let reply):
                collected = []
                core.refused(from: channel.remoteAddress?.description ?? "an unknown address", reason: "\(error)")
                context.writeAndFlush(wrapOutboundOut(channel.allocator.buffer(bytes: reply))).whenComplete { _ in
                    channel.close(promise: nil)
                }
            case .accepted(let role, let version, let keys, let reply):
                descriptors = core.expectDescriptors(keys: keys, version: version, isLocal: isLocal)
                context.writeAndFlush(wrapOutboundOut(channel.allocator.buffer(bytes: reply)), promise: nil)
                // The controller forwards task payloads unread: their receivers check the digests.
                decoder = keys.makeDecoder(
                    maximumFrameSize: core.settings.maximumFrameSize, checksRoutedPayloads: false)
                let rest = collected.dropFirst(ServerHandshake.peerHelloSize)
                if !rest.isEmpty { decoder?.append(contentsOf: rest) }
                collected = []
                connection = core.opened(channel: channel, keys: keys, role: role, version: version, slot: descriptors)
                drain(context: context)
            }
            return
        }
        guard decoder != nil, let connection else { return }
        core.io.noteActivity(connection)
        buffer.withUnsafeReadableBytes { decoder?.append($0) }
        drain(context: context)
    }

    /// Delivers every complete frame; a bad frame closes the connection.
    private func drain(context: ChannelHandlerContext) {
        while let connection {
            var frame: [Envelope]
            do {
                guard let next = try decoder?.nextFrame() else { return }
                frame = next
                if let (sequence, count) = decoder?.lastFrame, count > 0 {
                    // The descriptors were sent ahead of the frame: they wait in the channel already.
                    guard let channel = descriptors?.current else {
                        throw TransportError.protocolViolation("memory segments without a descriptor channel")
                    }
                    let memories = try channel.receive(sequence: sequence, count: count)
                    try Envelope.attach(memories, to: &frame)
                }
            } catch let error as WireError {
                closeError = .handshake(error)
                context.close(promise: nil)
                return
            } catch {
                closeError = error as? TransportError ?? .closed
                context.close(promise: nil)
                return
            }
            core.received(frame, from: connection)
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable, let connection { core.io.resume(connection) }
        context.fireChannelWritabilityChanged()
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        core.io.flush()
        context.fireChannelReadComplete()
    }

    func channelInactive(context: ChannelHandlerContext) {
        handshakeTimer?.cancel()
        handshakeTimer = nil
        if let connection {
            self.connection = nil
            if closeError == nil, let decoder {
                do { try decoder.finish() } catch { closeError = .handshake(error) }
            }
            decoder = nil
            core.closed(connection, error: closeError, descriptors: descriptors)
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if closeError == nil, !(error is ChannelError) {
            closeError = .protocolViolation("connection error: \(error)")
        }
        context.close(promise: nil)
    }
}
