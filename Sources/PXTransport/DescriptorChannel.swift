import CLinux
import PXWire

#if canImport(Glibc)
    import Glibc
#endif

/// The second Unix connection of a peer on protocol 1.5, which carries only memory segments' descriptors
/// (`SCM_RIGHTS`), one group per frame that refers to segments, always ahead of that frame on the main connection.
///
/// The main connection's bytes are read by stream readers that would drop descriptors (the controller's NIO
/// channels), so descriptors travel here. A group is 12 bytes, the frame's number (u64) and the descriptor count
/// (u32), with the descriptors attached; the receiver of a frame that refers to `n` descriptors reads its group here
/// and checks both numbers.
///
/// Joining: the peer connects to ``DescriptorRelay/path(forSocket:)`` and sends
/// `HMAC-SHA256(key(peer→controller), "SWPX/descriptors/peer")`; the controller finds the connection whose key gives
/// that ticket and answers a status byte (0: joined) and `HMAC-SHA256(key(controller→peer), "SWPX/descriptors/controller")`.
/// Without the cluster key neither side can produce its proof, so descriptors flow only between the two ends of
/// an authenticated connection.
///
/// `@unchecked Sendable`: the descriptor never changes; sends and receives each happen on one thread at a time (the
/// link's writer, its reader).
public final class DescriptorChannel: @unchecked Sendable {
    /// The connected socket (close-on-exec).
    let fd: Int32

    static let peerLabel = "SWPX/descriptors/peer"
    static let controllerLabel = "SWPX/descriptors/controller"
    static let groupHeaderSize = 12
    static let replySize = 33

    init(fd: Int32) {
        self.fd = fd
    }

    deinit {
        close(fd)
    }

    /// Opens a peer's descriptor channel to the controller's relay and joins it to the connection whose keys are
    /// `keys`.
    /// - Parameters:
    ///   - path: the relay's socket path.
    ///   - keys: the main connection's frame keys.
    ///   - timeout: the longest wait for the controller's answer.
    /// - Returns: the joined channel.
    /// - Throws: ``TransportError`` when the relay is missing, refuses, or cannot prove it holds the key.
    public static func open(path: String, keys: SessionKeys, timeout: Duration) throws(TransportError)
        -> DescriptorChannel
    {
        let fd = try SocketCalls.connect(to: .unix(path: path), timeout: timeout)
        let channel = DescriptorChannel(fd: fd)
        SocketCalls.setTimeout(fd, option: SO_RCVTIMEO, timeout)
        SocketCalls.setTimeout(fd, option: SO_SNDTIMEO, timeout)
        try SocketCalls.writeAll(fd, keys.outbound.proof(peerLabel))
        let reply = try SocketCalls.readExactly(fd, count: replySize, what: "the descriptor channel's answer")
        guard reply[0] == 0 else { throw TransportError.handshake(.refused("the descriptor channel was refused")) }
        guard keys.inbound.verifies(Array(reply[1...]), for: controllerLabel) else {
            throw TransportError.handshake(.authenticationFailed)
        }
        return channel
    }

    /// Sends one frame's descriptors.
    /// - Parameter group: the frame's number and its memories, in descriptor-index order.
    /// - Throws: ``TransportError`` when the socket fails or stays full past its send timeout.
    public func send(_ group: (sequence: UInt64, memories: [SharedMemory])) throws(TransportError) {
        var header = ByteWriter(capacity: Self.groupHeaderSize)
        header.write(group.sequence)
        header.write(UInt32(group.memories.count))
        let descriptors = group.memories.map(\.descriptor)
        while true {
            let sent = header.bytes.withUnsafeBytes { raw in
                descriptors.withUnsafeBufferPointer {
                    px_send_descriptors(fd, raw.baseAddress, raw.count, $0.baseAddress, Int32($0.count))
                }
            }
            if sent < 0 && errno == EINTR { continue }
            guard sent == Self.groupHeaderSize else {
                throw sent < 0 ? TransportError.systemCall("sendmsg", errno: errno) : TransportError.closed
            }
            return
        }
    }

    /// Receives the descriptors of frame `sequence`, which refers to `count` of them, and adopts them (each must be
    /// a sealed memory file).
    /// - Throws: ``TransportError`` when they do not arrive within the receive timeout, do not match, or are not
    ///   sealed.
    public func receive(sequence: UInt64, count: Int) throws(TransportError) -> [SharedMemory] {
        var header = [UInt8](repeating: 0, count: Self.groupHeaderSize)
        var descriptors = [Int32](repeating: -1, count: FrameEncoder.maximumDescriptorsPerFrame)
        var arrived: Int32 = 0
        var truncated: Int32 = 0
        var received = 0
        repeat {
            received = header.withUnsafeMutableBytes { raw in
                descriptors.withUnsafeMutableBufferPointer {
                    px_receive_descriptors(
                        fd, raw.baseAddress, raw.count, $0.baseAddress, Int32($0.count), &arrived, &truncated)
                }
            }
        } while received < 0 && errno == EINTR
        var memories: [SharedMemory] = []
        var failure: TransportError?
        for descriptor in descriptors.prefix(Int(arrived)) {
            do { memories.append(try SharedMemory(adopting: descriptor)) } catch { failure = failure ?? .handshake(error) }
        }
        if received < 0 {
            throw errno == EAGAIN || errno == EWOULDBLOCK
                ? TransportError.timedOut("the descriptors of frame \(sequence)")
                : TransportError.systemCall("recvmsg", errno: errno)
        }
        if let failure { throw failure }
        var reader = ByteReader(header)
        let announced = (try? reader.readUInt64(), try? reader.readUInt32())
        guard received == Self.groupHeaderSize, truncated == 0, announced.0 == sequence,
            announced.1 == UInt32(count), memories.count == count
        else {
            throw TransportError.protocolViolation(
                "frame \(sequence) refers to \(count) descriptors; the descriptor channel brought \(memories.count)")
        }
        return memories
    }
}
