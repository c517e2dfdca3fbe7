/// The version of the wire protocol, exchanged in the handshake.
///
/// Peers speak to each other only when their major versions are equal; a minor version
/// adds message kinds or fields that an older peer of the same major version never receives.
public struct ProtocolVersion: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Incremented for incompatible changes.
    public var major: UInt16
    /// Incremented for compatible additions.
    public var minor: UInt16

    /// The version this build speaks: 1.4 (1.1 added the requested ID of `registerEngine`; 1.2 added
    /// ``Header/Flags/sharesPayload``; 1.3 added ``Header/Flags/digestedPayload``; 1.4 added
    /// ``Header/Flags/taggedPayload``).
    public static let current = ProtocolVersion(major: 1, minor: 4)

    /// Whether a peer of this version understands ``Header/Flags/sharesPayload`` (1.2 and later).
    public var understandsSharedPayloads: Bool { self >= ProtocolVersion(major: 1, minor: 2) }

    /// Whether a peer of this version understands ``Header/Flags/digestedPayload`` (1.3 and later).
    public var understandsDigestedPayloads: Bool { self >= ProtocolVersion(major: 1, minor: 3) }

    /// Whether a peer of this version understands ``Header/Flags/taggedPayload`` (1.4 and later).
    public var understandsTaggedPayloads: Bool { self >= ProtocolVersion(major: 1, minor: 4) }

    /// Creates a version.
    /// - Parameters:
    ///   - major: the incompatible-change counter.
    ///   - minor: the compatible-change counter.
    public init(major: UInt16, minor: UInt16) {
        self.major = major
        self.minor = minor
    }

    /// Parses `"<major>.<minor>"`, as written in connection files.
    /// - Parameter text: e.g. `"1.0"`.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let major = UInt16(parts[0]), let minor = UInt16(parts[1]) else { return nil }
        self.init(major: major, minor: minor)
    }

    /// Whether a peer speaking `other` can talk to one speaking `self` (same major version).
    /// - Parameter other: the peer's version.
    /// - Returns: `true` when the major versions are equal.
    public func isCompatible(with other: ProtocolVersion) -> Bool {
        major == other.major
    }

    /// Orders by major, then minor.
    public static func < (lhs: ProtocolVersion, rhs: ProtocolVersion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }

    /// `"<major>.<minor>"`.
    public var description: String { "\(major).\(minor)" }
}
