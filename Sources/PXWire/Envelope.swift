// MARK: - Wire format (version 1.5)
//
// Every connection is a byte stream from a peer (engine or client) to the controller.
// All integers are little-endian. See docs/wire.md for each message kind.
//
// 1. Handshake (fixed sizes, before any frame)
//
//   controller → peer   ServerHello, 44 bytes
//   +------+-------+-------+----------+--------------------------------+
//   | SWPX | major | minor | reserved |       controller nonce         |
//   |  4   |  u16  |  u16  |  4 (0)   |             32                 |
//   +------+-------+-------+----------+--------------------------------+
//
//   peer → controller   PeerHello, 76 bytes
//   +------+-------+-------+------+----------+--------------+--------------------+
//   | SWPX | major | minor | role | reserved |  peer nonce  |  proof (HMAC-256)  |
//   |  4   |  u16  |  u16  |  u8  |  3 (0)   |      32      |         32         |
//   +------+-------+-------+------+----------+--------------+--------------------+
//   proof = HMAC-SHA256(clusterKey, "SWPX/peer" ‖ ServerHello ‖ PeerHello[0..<44])
//   role: 1 engine, 2 client
//
//   controller → peer   Welcome, 40 + R bytes
//   +------+--------+----------+-------+--------------------+------------------+
//   | SWPX | status | reserved | R u16 |  proof (HMAC-256)  | reason (UTF-8, R)|
//   |  4   |   u8   |  1 (0)   |   2   |         32         |        R         |
//   +------+--------+----------+-------+--------------------+------------------+
//   status: 0 accepted, 1 bad magic, 2 unsupported version, 3 authentication failed,
//           4 unknown role; a refused peer is then disconnected.
//   proof = HMAC-SHA256(clusterKey, "SWPX/controller" ‖ ServerHello ‖ PeerHello) when accepted,
//           32 zero bytes otherwise.
//   Frame keys, one per direction:
//   key(peer→controller) = HMAC-SHA256(clusterKey, "SWPX/frames/peer" ‖ controller nonce ‖ peer nonce)
//   key(controller→peer) = HMAC-SHA256(clusterKey, "SWPX/frames/controller" ‖ controller nonce ‖ peer nonce)
//
// 2. Frames (after the handshake, in both directions)
//
//   +----------+-----------+-----------+-----+--------------------+
//   | length L | message 1 | message 2 | ... |  MAC (HMAC-256)    |
//   |   u32    |           |           |     |        32          |
//   +----------+-----------+-----------+-----+--------------------+
//   L = bytes after the length field, MAC included (60 ≤ L ≤ maximum frame size, default 1 GiB).
//   MAC = HMAC-SHA256(direction key, frame number as u64 ‖ length ‖ messages); frames are
//   numbered from 0 in each direction, so a replayed, reordered or reflected frame fails.
//   The payload bytes of a digested (flag bit 4, 1.3) or tagged (bit 5, 1.4) message are left out of the MAC:
//   the 32-byte slot that follows them (SHA-256 digest; or AES-GMAC nonce, tag, 4 zeros) is in it instead.
//   A writer packs every pending message into one frame per write.
//
// 3. Message (one or more per frame)
//
//    0  u32  M = bytes after this field (24 + E + payload)
//    4  u8   kind (MessageKind)
//    5  u8   flags (Header.Flags)
//    6  u16  reserved (0)
//    8  u32  engine (EngineID; 0xFFFF_FFFF none)
//   12  u32  client (ClientID; 0 none)
//   16  u64  task (TaskID; 0 none)
//   24  u32  E = extension length
//   28  E    extension: TaskHeader (submitTask), TaskTimes (taskReply: started i64, completed i64), else none
//   28+E     payload: the rest of the message (opaque, or a control body)
//
//   Flags set by the frame encoder only: bit 3 sharesPayload (1.2: no payload bytes of its own; it is the
//   previous message's in the same frame), bit 4 digestedPayload (1.3: the payload, then its 32-byte
//   SHA-256 digest), bit 5 taggedPayload (1.4: the payload, then its AES-GMAC slot under the cluster's payload
//   key), bit 7 segmentedPayload (1.5: a table of memory segments, whose descriptors came on the descriptor
//   channel, then the payload bytes). docs/wire.md has the rest: versions, message kinds, what each side must do.

/// One message: a routable ``Header``, the extension its kind carries, and a payload.
///
/// `taskHeader` is present exactly when the kind is `submitTask`, and `times` exactly when
/// it is `taskReply` (the initializer fills in defaults), so a decoded envelope equals the
/// one that was encoded.
public struct Envelope: Hashable, Sendable {
    /// The routing header.
    public var header: Header
    /// Scheduling information of a `submitTask`.
    public var taskHeader: TaskHeader?
    /// Engine timestamps of a `taskReply`.
    public var times: TaskTimes?
    /// The body: opaque bytes, or a control body for the kinds that have one.
    public var payload: Payload

    /// The size of the fixed message header on the wire, length field included.
    public static let headerSize = 28

    /// Creates an envelope.
    /// - Parameters:
    ///   - header: the routing header.
    ///   - taskHeader: for `submitTask` (default: a load-balanced task with no options); ignored otherwise.
    ///   - times: for `taskReply` (default: both zero); ignored otherwise.
    ///   - payload: the body. Default: empty.
    public init(_ header: Header, taskHeader: TaskHeader? = nil, times: TaskTimes? = nil, payload: Payload = .empty) {
        self.header = header
        self.payload = payload
        switch header.kind.extensionKind {
        case .none:
            self.taskHeader = nil
            self.times = nil
        case .taskHeader:
            self.taskHeader = taskHeader ?? TaskHeader()
            self.times = nil
        case .taskTimes:
            self.taskHeader = nil
            self.times = times ?? TaskTimes(started: Timestamp(rawValue: 0), completed: Timestamp(rawValue: 0))
        }
    }

    /// Creates an envelope whose payload is a control body.
    /// - Parameters:
    ///   - header: the routing header.
    ///   - body: the control body to encode as the payload.
    public init(_ header: Header, body: some ControlBody) {
        self.init(header, payload: body.payload)
    }

    /// The message kind.
    public var kind: MessageKind { header.kind }

    /// The extension's size on the wire.
    var extensionSize: Int {
        if let taskHeader { return taskHeader.wireSize }
        if times != nil { return TaskTimes.wireSize }
        return 0
    }

    /// The whole message's size on the wire.
    public var wireSize: Int { Self.headerSize + extensionSize + payload.count }
}
