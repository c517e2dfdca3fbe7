import PXSession
import PXTransport
import PXWire

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// Starts, stops and inspects the cluster of a profile (`swiftpx cluster start|stop|status`): a detached
/// controller plus engines brought up by an ``EngineLauncher``, with everything recorded in the profile's
/// ``ClusterState`` so that nothing is left behind.
public enum ClusterManager {
    /// What `start` reports while it works.
    public enum Event: Sendable {
        /// Something was started or cleaned up (one line of text).
        case notice(String)
        /// Engines registered so far (sent on every poll, about four times a second).
        case progress(registered: Int, expected: Int, elapsed: Duration)
    }

    /// A running cluster, as `start` leaves it.
    public struct Started: Sendable {
        /// The saved state.
        public var state: ClusterState
        /// The controller's address as clients see it.
        public var address: String
        /// The engines, in ID order.
        public var engines: [EngineRecord]
    }

    /// Polling interval while waiting for processes and engines.
    static let pollInterval: Duration = .milliseconds(100)

    /// Creates the profile's directories (mode 0700).
    static func makeDirectories(_ settings: ClusterSettings) throws(ClusterError) {
        let paths = settings.paths
        for directory in [settings.stateDirectory, paths.profileDirectory, paths.logDirectory] {
            if mkdir(directory, 0o700) != 0 && errno != EEXIST {
                throw ClusterError.stateFile(path: directory, reason: String(cString: strerror(errno)))
            }
        }
        chmod(paths.profileDirectory, 0o700)
    }

    /// A new cluster ID: `<unix time>-<4 random letters>` (ipyparallel's form).
    static func makeClusterID() -> String {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let suffix = String((0..<4).map { _ in letters[Int.random(in: 0..<letters.count, using: &generator)] })
        return "\(time(nil))-\(suffix)"
    }

    /// This host's name.
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Seconds as the command line takes them (`0.25`).
    static func secondsText(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Int64(seconds) * 1_000 + attoseconds / 1_000_000_000_000_000
        let fraction = milliseconds % 1_000
        guard fraction != 0 else { return String(milliseconds / 1_000) }
        var text = String(fraction)
        while text.count < 3 { text = "0" + text }
        while text.hasSuffix("0") { text.removeLast() }
        return "\(milliseconds / 1_000).\(text)"
    }

    /// Connects a client to the cluster's controller.
    static func connect(_ state: ClusterState, timeout: Duration) throws(ClusterError) -> ClusterConnection {
        let info: ConnectionInfo
        do { info = try ConnectionInfo.read(path: state.clientFile) } catch {
            throw ClusterError.unreachable("\(error)")
        }
        do { return try ClusterConnection.connect(info, timeout: timeout) } catch {
            throw ClusterError.unreachable("\(error)")
        }
    }

    /// Sleeps for one poll interval.
    static func pause() {
        var request = timespec(tv_sec: 0, tv_nsec: Int(MonotonicClock.nanoseconds(in: pollInterval)))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}
