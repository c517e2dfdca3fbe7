/// Where a controller listens: a Unix domain socket path (local peers) or a TCP host and port.
public enum PeerAddress: Hashable, Sendable, CustomStringConvertible {
    /// A Unix domain socket at `path` (at most 107 bytes on Linux).
    case unix(path: String)
    /// A TCP endpoint.
    case tcp(host: String, port: Int)

    /// The longest Unix socket path the kernel accepts (`sizeof(sun_path) - 1`).
    public static let maximumUnixPathLength = 107

    /// `unix:<path>` or `tcp://<host>:<port>`, the form used by `swiftpx engine --url`.
    public var description: String {
        switch self {
        case .unix(let path): "unix:\(path)"
        case .tcp(let host, let port): host.contains(":") ? "tcp://[\(host)]:\(port)" : "tcp://\(host):\(port)"
        }
    }

    /// Parses the ``description`` form: `unix:<path>` or `tcp://<host>:<port>` (IPv6 hosts in brackets).
    /// - Parameter url: the text.
    /// - Returns: `nil` if it is neither form.
    public init?(url: String) {
        if url.hasPrefix("unix:") {
            let path = String(url.dropFirst(5))
            guard !path.isEmpty else { return nil }
            self = .unix(path: path)
            return
        }
        guard url.hasPrefix("tcp://") else { return nil }
        let rest = url.dropFirst(6)
        let host: Substring
        let portText: Substring
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let afterClose = rest[rest.index(after: close)...]
            guard afterClose.hasPrefix(":") else { return nil }
            portText = afterClose.dropFirst()
        } else {
            guard let colon = rest.lastIndex(of: ":") else { return nil }
            host = rest[..<colon]
            portText = rest[rest.index(after: colon)...]
        }
        guard !host.isEmpty, let port = Int(portText), (0...65_535).contains(port) else { return nil }
        self = .tcp(host: String(host), port: port)
    }
}
