import PXWire

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a client or engine needs to join a cluster: the controller's addresses, the key and the
/// protocol version, stored as a JSON connection file (mode 0600).
///
/// File layout (`swiftpx[-<cluster>]-client.json` / `-engine.json`):
/// ```json
/// {"role": "client", "version": "1.0", "addresses": ["unix:/…/swiftpx.sock", "tcp://127.0.0.1:50123"],
///  "key": "<64 hex digits>", "signature_scheme": "hmac-sha256", "task_scheme": "leastload"}
/// ```
public struct ConnectionInfo: Hashable, Sendable {
    /// Who the file is for.
    public var role: PeerRole
    /// Where the controller listens, in order of preference.
    public var addresses: [PeerAddress]
    /// The cluster key.
    public var key: ClusterKey
    /// The controller's protocol version.
    public var version: ProtocolVersion
    /// The controller's load-balancing scheme name (informational).
    public var schemeName: String

    /// Creates connection information.
    /// - Parameters:
    ///   - role: who it is for.
    ///   - addresses: the controller's addresses.
    ///   - key: the cluster key.
    ///   - version: the protocol version. Default: ``ProtocolVersion/current``.
    ///   - schemeName: the scheme name. Default: `leastload`.
    public init(
        role: PeerRole, addresses: [PeerAddress], key: ClusterKey, version: ProtocolVersion = .current,
        schemeName: String = "leastload"
    ) {
        self.role = role
        self.addresses = addresses
        self.key = key
        self.version = version
        self.schemeName = schemeName
    }

    private struct File: Codable {
        var role: String
        var version: String
        var addresses: [String]
        var key: String
        var signature_scheme: String
        var task_scheme: String?
    }

    /// The file name for a role: `swiftpx-client.json`, or `swiftpx-<cluster>-engine.json`.
    public static func fileName(role: PeerRole, clusterID: String? = nil) -> String {
        let cluster = clusterID.map { "-\($0)" } ?? ""
        return "swiftpx\(cluster)-\(role).json"
    }

    /// The JSON text.
    public func encoded() -> [UInt8] {
        let file = File(
            role: role.description, version: version.description, addresses: addresses.map(\.description),
            key: key.hex, signature_scheme: "hmac-sha256", task_scheme: schemeName
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? Array(encoder.encode(file))) ?? []
    }

    /// Reads a connection file.
    /// - Parameter path: the file.
    /// - Returns: its contents.
    /// - Throws: ``ConnectionFileError`` when the file is missing, unreadable, not JSON, or lacks a valid
    ///   address, key or compatible version.
    public static func read(path: String) throws(ConnectionFileError) -> ConnectionInfo {
        let bytes = try FileIO.read(path: path)
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(bytes))
        } catch {
            throw ConnectionFileError(path: path, reason: "not a swiftpx connection file (\(error))")
        }
        guard let role = PeerRole.allCases.first(where: { $0.description == file.role }) else {
            throw ConnectionFileError(path: path, reason: "unknown role '\(file.role)'")
        }
        guard let version = ProtocolVersion(file.version) else {
            throw ConnectionFileError(path: path, reason: "bad version '\(file.version)'")
        }
        guard version.isCompatible(with: .current) else {
            throw ConnectionFileError(
                path: path, reason: "protocol version \(version) is not compatible with \(ProtocolVersion.current)")
        }
        var addresses: [PeerAddress] = []
        for text in file.addresses {
            guard let address = PeerAddress(url: text) else {
                throw ConnectionFileError(path: path, reason: "bad address '\(text)'")
            }
            addresses.append(address)
        }
        guard !addresses.isEmpty else { throw ConnectionFileError(path: path, reason: "no controller address") }
        guard let key = ClusterKey(hex: file.key) else {
            throw ConnectionFileError(path: path, reason: "the key is not at least 16 bytes of hexadecimal")
        }
        guard file.signature_scheme == "hmac-sha256" else {
            throw ConnectionFileError(path: path, reason: "unsupported signature scheme '\(file.signature_scheme)'")
        }
        return ConnectionInfo(
            role: role, addresses: addresses, key: key, version: version, schemeName: file.task_scheme ?? "leastload")
    }

    /// Writes the file (mode 0600, atomically) into `directory`, creating the directory (mode 0700) if needed.
    /// - Parameters:
    ///   - directory: the directory.
    ///   - clusterID: distinguishes clusters sharing a directory. Default: none.
    /// - Returns: the file's path.
    /// - Throws: ``ConnectionFileError`` if the directory or file cannot be written.
    @discardableResult
    public func write(directory: String, clusterID: String? = nil) throws(ConnectionFileError) -> String {
        let path =
            directory.hasSuffix("/")
            ? directory + Self.fileName(role: role, clusterID: clusterID)
            : directory + "/" + Self.fileName(role: role, clusterID: clusterID)
        try FileIO.makeDirectory(directory, for: path)
        try FileIO.writeAtomically(path: path, bytes: encoded(), mode: 0o600)
        return path
    }

    /// Deletes a connection file (a clean exit leaves none behind); a missing file is not an error.
    /// - Parameter path: the file.
    public static func remove(path: String) {
        unlink(path)
    }
}
